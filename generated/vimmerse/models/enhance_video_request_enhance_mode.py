# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

EnhanceVideoRequestEnhanceMode = Literal["2X", "2X&DeepClean", "4X", "4X&DeepClean", "DeepClean"]

ENHANCE_VIDEO_REQUEST_ENHANCE_MODE_VALUES: set[EnhanceVideoRequestEnhanceMode] = {
    "2X",
    "2X&DeepClean",
    "4X",
    "4X&DeepClean",
    "DeepClean",
}


def check_enhance_video_request_enhance_mode(value: str) -> EnhanceVideoRequestEnhanceMode:
    if value in ENHANCE_VIDEO_REQUEST_ENHANCE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENHANCE_VIDEO_REQUEST_ENHANCE_MODE_VALUES!r}"
    )
