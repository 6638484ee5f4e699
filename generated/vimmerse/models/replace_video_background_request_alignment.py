# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

ReplaceVideoBackgroundRequestAlignment = Literal["center", "left", "right"]

REPLACE_VIDEO_BACKGROUND_REQUEST_ALIGNMENT_VALUES: set[ReplaceVideoBackgroundRequestAlignment] = {
    "center",
    "left",
    "right",
}


def check_replace_video_background_request_alignment(
    value: str,
) -> ReplaceVideoBackgroundRequestAlignment:
    if value in REPLACE_VIDEO_BACKGROUND_REQUEST_ALIGNMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REPLACE_VIDEO_BACKGROUND_REQUEST_ALIGNMENT_VALUES!r}"
    )
