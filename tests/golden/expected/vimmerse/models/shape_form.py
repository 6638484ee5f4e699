# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

ShapeForm = Literal["round", "square"]

SHAPE_FORM_VALUES: set[ShapeForm] = {
    "round",
    "square",
}


def check_shape_form(value: str) -> ShapeForm:
    if value in SHAPE_FORM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SHAPE_FORM_VALUES!r}")


def parse_shape_form(value: object) -> ShapeForm | str:
    """A value read from an answer: a string the spec lacks is kept, not refused."""
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {value!r}")
