# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

MakeThingNowBodySize = Literal["large", "small"]

MAKE_THING_NOW_BODY_SIZE_VALUES: set[MakeThingNowBodySize] = {
    "large",
    "small",
}


def check_make_thing_now_body_size(value: str) -> MakeThingNowBodySize:
    if value in MAKE_THING_NOW_BODY_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAKE_THING_NOW_BODY_SIZE_VALUES!r}"
    )
