# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

CreateMediaRequestCameraPath = Literal[
    "Circular",
    "Cross",
    "HorizontalArc",
    "StepD",
    "StepIn",
    "StepL",
    "StepR",
    "StepU",
    "VerticalArc",
]

CREATE_MEDIA_REQUEST_CAMERA_PATH_VALUES: set[CreateMediaRequestCameraPath] = {
    "Circular",
    "Cross",
    "HorizontalArc",
    "StepD",
    "StepIn",
    "StepL",
    "StepR",
    "StepU",
    "VerticalArc",
}


def check_create_media_request_camera_path(value: str) -> CreateMediaRequestCameraPath:
    if value in CREATE_MEDIA_REQUEST_CAMERA_PATH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MEDIA_REQUEST_CAMERA_PATH_VALUES!r}"
    )
