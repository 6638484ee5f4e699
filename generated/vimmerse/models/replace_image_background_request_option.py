# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

ReplaceImageBackgroundRequestOption = Literal[
    "RemoveBackground", "ReplaceBackground", "RestyleBackground"
]

REPLACE_IMAGE_BACKGROUND_REQUEST_OPTION_VALUES: set[ReplaceImageBackgroundRequestOption] = {
    "RemoveBackground",
    "ReplaceBackground",
    "RestyleBackground",
}


def check_replace_image_background_request_option(
    value: str,
) -> ReplaceImageBackgroundRequestOption:
    if value in REPLACE_IMAGE_BACKGROUND_REQUEST_OPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REPLACE_IMAGE_BACKGROUND_REQUEST_OPTION_VALUES!r}"
    )
