"""The mock's JSON writer: orjson's bytes where it can, the standard library's otherwise."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest

from vimmerse_mock import jsonio


@pytest.mark.parametrize(
    "value",
    [
        {"prompt": "a fox", "quantity": 2, "ratio": 1.5, "none": None, "list": [True, {}]},
        {"prompt": "\ud800 lone surrogate"},  # orjson refuses: ASCII escapes instead
        {"seed": 10**30},  # past 64 bits: orjson refuses
        {"emoji": "\U0001f600 é", "nested": [[1, 2], {"k": -0.0}]},
    ],
)
def test_what_it_writes_reads_back_as_the_value(value: Any) -> None:
    out = jsonio.dumps(value)
    assert json.loads(out) == value
    assert jsonio.dumps_text(value) == out.decode()


def test_it_writes_compact_json() -> None:
    assert jsonio.dumps({"a": [1, "b"], "c": {"d": None}}) == b'{"a":[1,"b"],"c":{"d":null}}'


@pytest.mark.parametrize("value", [object(), datetime.datetime(2025, 1, 1)])
def test_what_json_cannot_write_stays_refused(value: object) -> None:
    # orjson would write a datetime; the mock's answers never held one, so it is a bug.
    with pytest.raises(TypeError):
        jsonio.dumps({"value": value})
