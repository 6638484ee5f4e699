# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

AvatarLipSyncRequestAspectRatio = Literal["16:9", "1:1", "9:16"]

AVATAR_LIP_SYNC_REQUEST_ASPECT_RATIO_VALUES: set[AvatarLipSyncRequestAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_avatar_lip_sync_request_aspect_ratio(value: str) -> AvatarLipSyncRequestAspectRatio:
    if value in AVATAR_LIP_SYNC_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AVATAR_LIP_SYNC_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
