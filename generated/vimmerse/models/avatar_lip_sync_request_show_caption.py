# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

AvatarLipSyncRequestShowCaption = Literal["Off", "On"]

AVATAR_LIP_SYNC_REQUEST_SHOW_CAPTION_VALUES: set[AvatarLipSyncRequestShowCaption] = {
    "Off",
    "On",
}


def check_avatar_lip_sync_request_show_caption(value: str) -> AvatarLipSyncRequestShowCaption:
    if value in AVATAR_LIP_SYNC_REQUEST_SHOW_CAPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AVATAR_LIP_SYNC_REQUEST_SHOW_CAPTION_VALUES!r}"
    )
