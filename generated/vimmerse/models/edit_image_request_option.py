# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

EditImageRequestOption = Literal[
    "ExpandToAspectRatio", "Inpaint", "LumaReframe", "RemoveText", "Upscale"
]

EDIT_IMAGE_REQUEST_OPTION_VALUES: set[EditImageRequestOption] = {
    "ExpandToAspectRatio",
    "Inpaint",
    "LumaReframe",
    "RemoveText",
    "Upscale",
}


def check_edit_image_request_option(value: str) -> EditImageRequestOption:
    if value in EDIT_IMAGE_REQUEST_OPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EDIT_IMAGE_REQUEST_OPTION_VALUES!r}"
    )
