"""Every tool that reads the spec follows its `$ref`s through vimmerse_core.spec: a broken
reference is the shared SpecError, worded the shared way, wherever it is met; and no module
outside it walks JSON Pointers by hand."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest

from codegen import surface
from codegen.apidiff.compare import diff
from codegen.apidiff.spec import Spec as DiffSpec
from tests.spec import helpers
from vimmerse_core._drift.compare import Comparer
from vimmerse_core.spec import Document, SpecError
from vimmerse_mock.spec import Spec as MockSpec

ROOT = Path(__file__).resolve().parents[2]
# Decoding a JSON Pointer token: only the shared resolver may do it.
UNESCAPE = re.compile(r"""replace\(\s*["']~1["']\s*,\s*["']/["']\s*\)""")
SHARED = ROOT / "core" / "vimmerse_core" / "spec"
READERS = ("codegen", "core", "mock", "tests", "devtools", "bench", "demo")


def broken(where: str) -> dict[str, Any]:
    """The spec with the schema of its first JSON request body replaced by `$ref` `where`."""
    doc = copy.deepcopy(helpers.load_spec())
    op = next(
        op for op in helpers.operations() if "application/json" in helpers.request_schema_media(op)
    )
    media = doc["paths"][op.path][op.method]["requestBody"]["content"]["application/json"]
    media["schema"] = {"$ref": where}
    return doc


CYCLE = "#/components/schemas/Loop"


def cyclic() -> dict[str, Any]:
    doc = broken(CYCLE)
    doc["components"]["schemas"]["Loop"] = {"$ref": "#/components/schemas/Pool"}
    doc["components"]["schemas"]["Pool"] = {"$ref": CYCLE}
    return doc


def test_the_mock_refuses_a_missing_ref_as_the_shared_error() -> None:
    with pytest.raises(SpecError, match=r"points at nothing: no 'Nowhere'"):
        MockSpec(broken("#/components/schemas/Nowhere"))


def test_the_mock_refuses_a_ref_cycle_as_the_shared_error() -> None:
    with pytest.raises(SpecError, match="recursive"):
        MockSpec(cyclic())


def test_api_diff_meets_a_ref_cycle_as_the_shared_error() -> None:
    old = DiffSpec(helpers.load_spec(), "old")
    with pytest.raises(SpecError, match=r"\$ref cycle"):
        diff(old, DiffSpec(cyclic(), "new"))


def test_drift_meets_a_ref_cycle_as_the_shared_error() -> None:
    comparer = Comparer(cyclic())
    with pytest.raises(SpecError, match=r"\$ref cycle"):
        comparer.check({"$ref": CYCLE}, {"a": 1}, "", "")


def test_codegen_reads_job_statuses_through_the_shared_document() -> None:
    doc = copy.deepcopy(helpers.load_spec())
    model = next(iter(sorted(doc["components"]["schemas"])))
    doc["components"]["schemas"][model] = {"properties": {"s": {"$ref": "#/nowhere"}}}
    with pytest.raises(SpecError, match="points at nothing"):
        surface.job_statuses(Document(doc), {model: "kind"})


def test_the_tests_resolve_with_the_shared_document() -> None:
    assert isinstance(helpers.document(), Document)
    with pytest.raises(SpecError, match="points at nothing"):
        helpers.resolve({"$ref": "#/components/schemas/Nowhere"})


def test_no_module_outside_the_shared_resolver_decodes_json_pointers() -> None:
    hand_written = [
        path.relative_to(ROOT).as_posix()
        for folder in READERS
        for path in sorted((ROOT / folder).rglob("*.py"))
        if not path.is_relative_to(SHARED)
        and "golden" not in path.parts
        and path != Path(__file__)
        and UNESCAPE.search(path.read_text(encoding="utf-8"))
    ]
    assert hand_written == []


def test_the_guard_above_finds_a_hand_written_decoder() -> None:
    assert UNESCAPE.search('node = node[part.replace("~1", "/").replace("~0", "~")]')
