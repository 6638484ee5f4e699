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


def parse_submit_params_sound_effects(value: object) -> SubmitParamsSoundEffects | str:
    """A value read from an answer: a string the spec lacks is kept, not refused."""
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {value!r}")
