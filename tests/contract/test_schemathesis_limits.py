"""The schemathesis limit in schemathesis_limits.py: its probe, and that the filter stays narrow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation import GenerationMode
from schemathesis.generation.meta import (
    CaseMetadata,
    ComponentInfo,
    FuzzingPhaseData,
    GenerationInfo,
    PhaseInfo,
    TestPhase,
)
from schemathesis.transport.serialization import Binary

from tests.contract import schemathesis_limits
from tests.contract.test_prism_limits import KEY, PNG, upload_case
from tests.mock.helpers import AUTH, make_client
from tests.mock.helpers import PNG as PNG_FILE

CHECKS = (schemathesis_limits.CHECK,)
# The body of the failing case of a 60-example Prism run (seed 20161509246785652306429062519816975297).
FOUND = {"": "{}", "\u00cc": '{"\\u0091": 10000000.0}', "\x07T.\x0ck": "false"}


def _meta(description: str, mutations: tuple[Any, ...] = ()) -> CaseMetadata:
    return CaseMetadata(
        generation=GenerationInfo(time=0.1, mode=GenerationMode.NEGATIVE),
        components={ParameterLocation.BODY: ComponentInfo(mode=GenerationMode.NEGATIVE)},
        phase=PhaseInfo(
            name=TestPhase.FUZZING,
            data=FuzzingPhaseData(
                description=description,
                parameter=None,
                parameter_location=None,
                location=None,
                mutations=mutations,
            ),
        ),
    )


def _case(body: dict[str, Any], meta: CaseMetadata) -> Any:
    operation = upload_case({}).operation
    return operation.Case(
        body=body, media_type="multipart/form-data", headers=dict(KEY), _meta=meta
    )


def test_an_unmutated_negative_case_with_a_valid_body_is_dropped() -> None:
    case = _case({**FOUND, "image_file": Binary(PNG)}, _meta(schemathesis_limits.UNMUTATED))
    assert schemathesis_limits.is_false_failure(CHECKS, case)


@pytest.mark.parametrize(
    ("body", "meta"),
    [
        (FOUND, _meta(schemathesis_limits.UNMUTATED)),  # the required file is missing
        ({**FOUND, "image_file": 5}, _meta(schemathesis_limits.UNMUTATED)),  # not a string
        ({"image_file": Binary(PNG)}, _meta("violates `type`", ("type",))),  # really mutated
    ],
)
def test_any_other_negative_case_still_fails(body: dict[str, Any], meta: CaseMetadata) -> None:
    assert not schemathesis_limits.is_false_failure(CHECKS, _case(body, meta))


def test_the_stateful_mock_accepts_that_body_as_the_api_would(tmp_path: Path) -> None:
    # Unknown form fields are ignored, as FastAPI does: 200, not a 422.
    with make_client(tmp_path) as client:
        files: list[tuple[str, tuple[str | None, bytes, str]]] = [
            (name, (None, value.encode(), "text/plain")) for name, value in FOUND.items()
        ]
        files.append(("image_file", ("a.png", PNG_FILE, "image/png")))
        response = client.post("/v2/image", files=files, headers=AUTH)
    assert response.status_code == 200, response.text
