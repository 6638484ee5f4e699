# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

CreateMediaRequestExtendVideo = Literal["No", "Yes"]

CREATE_MEDIA_REQUEST_EXTEND_VIDEO_VALUES: set[CreateMediaRequestExtendVideo] = {
    "No",
    "Yes",
}


def check_create_media_request_extend_video(value: str) -> CreateMediaRequestExtendVideo:
    if value in CREATE_MEDIA_REQUEST_EXTEND_VIDEO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MEDIA_REQUEST_EXTEND_VIDEO_VALUES!r}"
    )
