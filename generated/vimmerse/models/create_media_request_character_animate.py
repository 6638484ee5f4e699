# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

CreateMediaRequestCharacterAnimate = Literal["No", "Yes"]

CREATE_MEDIA_REQUEST_CHARACTER_ANIMATE_VALUES: set[CreateMediaRequestCharacterAnimate] = {
    "No",
    "Yes",
}


def check_create_media_request_character_animate(value: str) -> CreateMediaRequestCharacterAnimate:
    if value in CREATE_MEDIA_REQUEST_CHARACTER_ANIMATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MEDIA_REQUEST_CHARACTER_ANIMATE_VALUES!r}"
    )
