# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

CreateMediaRequestAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

CREATE_MEDIA_REQUEST_ASPECT_RATIO_VALUES: set[CreateMediaRequestAspectRatio] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_create_media_request_aspect_ratio(value: str) -> CreateMediaRequestAspectRatio:
    if value in CREATE_MEDIA_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MEDIA_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
