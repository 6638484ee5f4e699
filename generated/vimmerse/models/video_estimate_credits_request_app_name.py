# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

VideoEstimateCreditsRequestAppName = Literal[
    "edit-video",
    "lip-sync",
    "reference-to-video",
    "replace-background-video",
    "text-image-to-video",
    "try-on",
    "upload-video",
    "video-effects",
    "video-to-video",
]

VIDEO_ESTIMATE_CREDITS_REQUEST_APP_NAME_VALUES: set[VideoEstimateCreditsRequestAppName] = {
    "edit-video",
    "lip-sync",
    "reference-to-video",
    "replace-background-video",
    "text-image-to-video",
    "try-on",
    "upload-video",
    "video-effects",
    "video-to-video",
}


def check_video_estimate_credits_request_app_name(value: str) -> VideoEstimateCreditsRequestAppName:
    if value in VIDEO_ESTIMATE_CREDITS_REQUEST_APP_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_ESTIMATE_CREDITS_REQUEST_APP_NAME_VALUES!r}"
    )
