# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

SubmitParamsPipelinePreset = Literal["Fast", "Normal"]

SUBMIT_PARAMS_PIPELINE_PRESET_VALUES: set[SubmitParamsPipelinePreset] = {
    "Fast",
    "Normal",
}


def check_submit_params_pipeline_preset(value: str) -> SubmitParamsPipelinePreset:
    if value in SUBMIT_PARAMS_PIPELINE_PRESET_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBMIT_PARAMS_PIPELINE_PRESET_VALUES!r}"
    )


def parse_submit_params_pipeline_preset(value: object) -> SubmitParamsPipelinePreset | str:
    """A value read from an answer: a string the spec lacks is kept, not refused."""
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {value!r}")
