"""Request validation's fast yes/no check (jsonschema_rs) decides exactly as jsonschema does.

The mock answers "valid?" with jsonschema_rs and explains with jsonschema; the fast check
must never accept a value that jsonschema rejects, nor may its refusals leak into answers.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from tests.mock.helpers import SPEC
from vimmerse_mock.validation import schema_errors


def _request_schemas() -> dict[str, dict[str, Any]]:
    """Every distinct schema a request is checked against, named after its first user."""
    found: dict[str, dict[str, Any]] = {}
    seen: set[str] = set()

    def add(name: str, schema: dict[str, Any]) -> None:
        text = json.dumps(schema, sort_keys=True)
        if text not in seen:
            seen.add(text)
            found[name] = schema

    for op in SPEC.operations:
        for param in op.parameters:
            add(f"{op.operation_id} {param.location} {param.name}", param.schema)
        for media, content in op.body.items():
            add(f"{op.operation_id} body {media}", content.get("schema", {}))
    add("CreateMediaFromPromptRequest", SPEC.schema("CreateMediaFromPromptRequest"))
    add("ProgressPercentage", SPEC.schema("ProgressPercentage"))
    return found


SCHEMAS = _request_schemas()


def _names(schema: Any) -> list[str]:
    """Every property name and every enum string in a schema: keys and values worth trying."""
    out: list[str] = []
    if isinstance(schema, dict):
        out += [k for k in schema.get("properties", {}) if isinstance(k, str)]
        out += [v for v in schema.get("enum", []) if isinstance(v, str)]
        for value in schema.values():
            out += _names(value)
    elif isinstance(schema, list):
        for value in schema:
            out += _names(value)
    return out


# Strings where regex dialects differ: Unicode digits, a newline before `$`, no UTF-8.
TRICKY = ["16:9", "16:9\n", "١٦:٩", "12", "12\n", "١٢", "\ud800", "", "x" * 300, "Yes", "No"]


def _values(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    words = sorted(set(_names(schema))) or ["x"]
    text = st.sampled_from(words + TRICKY) | st.text(max_size=8)
    scalars = (
        st.none()
        | st.booleans()
        | st.integers(min_value=-(2**70), max_value=2**70)
        | st.floats()
        | text
    )
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(st.sampled_from(words) | st.text(max_size=4), inner, max_size=6)
        ),
        max_leaves=12,
    )


VALUES = {name: _values(schema) for name, schema in SCHEMAS.items()}


@pytest.mark.parametrize("name", sorted(SCHEMAS))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_fast_check_agrees_with_jsonschema(name: str, data: st.DataObject) -> None:
    schema = SCHEMAS[name]
    value = data.draw(VALUES[name])
    expected_valid = Draft202012Validator(schema).is_valid(value)
    assert (schema_errors(schema, value, ["body"]) == []) == expected_valid


@pytest.mark.parametrize("value", ["16:9\n", "١٦:٩", "16:9"])
def test_python_regex_semantics_decide_where_the_dialects_differ(value: str) -> None:
    # jsonschema_rs reads `\d` and `$` as ECMA 262 does and refuses these; jsonschema
    # (Python's re) accepts them, as the mock always has.
    schema = {"type": "string", "pattern": r"^(\d+):(\d+)$"}
    assert schema_errors(schema, value, ["body", "aspect_ratio"]) == []


def test_an_invalid_value_is_explained() -> None:
    schema = {"type": "object", "properties": {"quantity": {"type": "integer", "maximum": 4}}}
    assert schema_errors(schema, {"quantity": 9}, ["body"]) == [
        {
            "loc": ["body", "quantity"],
            "msg": "Input should be less than or equal to 4",
            "type": "less_than_equal",
        }
    ]
