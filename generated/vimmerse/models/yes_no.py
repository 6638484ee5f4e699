# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

YesNo = Literal["No", "Yes"]

YES_NO_VALUES: set[YesNo] = {
    "No",
    "Yes",
}


def check_yes_no(value: str) -> YesNo:
    if value in YES_NO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {YES_NO_VALUES!r}")


def parse_yes_no(value: object) -> YesNo | str:
    """A value read from an answer: a string the spec lacks is kept, not refused."""
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {value!r}")
