# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

SubmitParamsSoundEffects = Literal["No", "Yes"]

SUBMIT_PARAMS_SOUND_EFFECTS_VALUES: set[SubmitParamsSoundEffects] = {
    "No",
    "Yes",
}


def check_submit_params_sound_effects(value: str) -> SubmitParamsSoundEffects:
    if value in SUBMIT_PARAMS_SOUND_EFFECTS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_PARAMS_SOUND_EFFECTS_VALUES!r}"
    )
