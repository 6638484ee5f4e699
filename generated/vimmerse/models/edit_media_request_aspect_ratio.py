# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

EditMediaRequestAspectRatio = Literal["16:9", "1:1", "3:4", "4:3", "9:16"]

EDIT_MEDIA_REQUEST_ASPECT_RATIO_VALUES: set[EditMediaRequestAspectRatio] = {
    "16:9",
    "1:1",
    "3:4",
    "4:3",
    "9:16",
}


def check_edit_media_request_aspect_ratio(value: str) -> EditMediaRequestAspectRatio:
    if value in EDIT_MEDIA_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_MEDIA_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
