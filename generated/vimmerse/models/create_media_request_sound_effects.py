# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

CreateMediaRequestSoundEffects = Literal["No", "Yes"]

CREATE_MEDIA_REQUEST_SOUND_EFFECTS_VALUES: set[CreateMediaRequestSoundEffects] = {
    "No",
    "Yes",
}


def check_create_media_request_sound_effects(value: str) -> CreateMediaRequestSoundEffects:
    if value in CREATE_MEDIA_REQUEST_SOUND_EFFECTS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MEDIA_REQUEST_SOUND_EFFECTS_VALUES!r}"
    )
