"""A false failure of schemathesis 4.32.5 itself, dropped from the runs against both mocks.

Its fuzzing phase sometimes labels a case negative that it never mutated: the case's
metadata says "negative" while its phase data reads "Positive test case" with no
mutations. The body is then a valid one, typically a multipart form with the required
file plus parts under junk names (`name=""`, control characters), which every schema of
ours allows (no `additionalProperties: false`; FastAPI ignores unknown form fields too).
Both mocks rightly answer 200, and `negative_data_rejection` reports "Schema-violating
request accepted" (ST201, "Invalid component: positive test case"). `make fuzz` with 60
examples hit it on Prism on two seeds of three; tests/contract/test_schemathesis_limits.py
keeps the probe. The failure is dropped only when the body really is schema-valid.
"""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator
from schemathesis.generation import GenerationMode
from schemathesis.generation.meta import FuzzingPhaseData

CHECK = "negative_data_rejection"
UNMUTATED = "Positive test case"


def unmutated_negative(case: Any) -> bool:
    """Labelled negative by schemathesis, yet generated without any mutation."""
    meta = case.meta
    if meta is None or meta.generation.mode is not GenerationMode.NEGATIVE:
        return False
    data = meta.phase.data
    return (
        isinstance(data, FuzzingPhaseData) and not data.mutations and data.description == UNMUTATED
    )


def body_is_valid(case: Any) -> bool:
    media_type = case.media_type or ""
    definition = case.operation.get_body_for_media_type(media_type) if media_type else None
    if definition is None:
        return False
    schema = definition.resolved_schema or {}
    return isinstance(case.body, dict) and Draft202012Validator(schema).is_valid(case.body)


def is_false_failure(checks: tuple[str, ...], case: Any) -> bool:
    return CHECK in checks and unmutated_negative(case) and body_is_valid(case)
