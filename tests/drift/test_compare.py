"""The comparer and the suggested patch, on answers written by hand."""

from __future__ import annotations

import copy
import json
from typing import Any

from vimmerse._client import SURFACE
from vimmerse_core._drift import Comparer, load
from vimmerse_core._drift.report import Report
from vimmerse_core._drift.spec import operations
from vimmerse_core.spec import Document, SpecOperation, unescape
from vimmerse_mock.spec import complete

DOC = load(shipped=SURFACE.spec_text)
OPS = {op.operation_id: op for op in operations(DOC)}
_READ = Document(Document(DOC).inline()).pointer("#" + OPS["get_asset"].pointer)
ASSET_SCHEMA = _READ["responses"]["200"]["content"]["application/json"]["schema"]


def report_of(doc: dict[str, Any], op: SpecOperation, *answers: Any) -> Report:
    report = Report("test", "x", Comparer(doc))
    for answer in answers:
        report.observe(op, 200, "application/json", json.dumps(answer).encode())
    return report


def asset(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "a1",
        "customer_id": "c",
        "primary_user_id": None,
        "args": {"anything": {"goes": [1]}},  # free-form in the spec
        "results": ["https://x/1.png"],
        "thumbnails": [],
        "status": "success",
        "mime_type": "image/png",
        "app_name": "text-to-image",
        "quantity": 1,
        "credits": 12,
        "created_at": "2025-05-06T16:35:59+00:00",
        "updated_at": "2025-05-06T16:36:12+00:00",
        "history": [{"free": "form"}],
    }
    complete(base, ASSET_SCHEMA)  # and any field the spec gained since, as the mock samples it
    base.update(changes)
    return {k: v for k, v in base.items() if v is not ...}


def kinds(report: Report) -> set[tuple[str, str, str]]:
    return {(f.kind, f.path, f.value) for _, f in report.findings()}


def apply_patch(doc: dict[str, Any], patch: list[dict[str, Any]]) -> dict[str, Any]:
    """RFC 6902 `add` and `replace`, enough for the report's suggestions."""
    out = copy.deepcopy(doc)
    for op in patch:
        parent, last = op["path"].rsplit("/", 1)
        target: Any = Document(out).pointer("#" + parent)
        last = unescape(last)
        if last == "-":
            target.append(op["value"])
        else:
            target[last] = op["value"]
    return out


def test_a_documented_answer_has_no_findings() -> None:
    assert kinds(report_of(DOC, OPS["get_asset"], asset())) == set()


def test_new_field_new_enum_value_and_changed_types_are_found() -> None:
    answer = asset(seed=42, status="queued", credits="12", customer_id=None)
    found = kinds(report_of(DOC, OPS["get_asset"], answer))
    assert found == {
        ("field_added", "seed", ""),
        ("enum_value_added", "status", "queued"),
        ("type_changed", "credits", ""),
        ("type_changed", "customer_id", ""),
    }
    details = {f.path: f.detail for _, f in report_of(DOC, OPS["get_asset"], answer).findings()}
    assert details["customer_id"].startswith("nullability")
    assert details["credits"] == "type: spec number, answer string"


def test_the_suggested_patch_describes_the_answer() -> None:
    answer = asset(seed=42, status="queued")
    report = report_of(DOC, OPS["get_asset"], answer)
    patched = apply_patch(DOC, report.patch())
    assert kinds(report_of(patched, OPS["get_asset"], answer)) == set()
    # The patch lands on the shared schemas, so every operation answering an Asset learns.
    assert "queued" in patched["components"]["schemas"]["AssetStatus"]["enum"]
    assert patched["components"]["schemas"]["Asset"]["properties"]["seed"] == {"type": "integer"}


def test_a_field_missing_from_every_answer_is_found_not_one_missing_once() -> None:
    once = report_of(DOC, OPS["get_asset"], asset(mime_type=...), asset())
    assert kinds(once) == set()
    always = report_of(DOC, OPS["get_asset"], asset(mime_type=...), asset(mime_type=...))
    assert kinds(always) == {("field_missing", "mime_type", "")}
    required = report_of(DOC, OPS["get_asset"], asset(status=...))
    assert kinds(required) == {("field_missing", "status", "")}


def test_the_branch_of_an_any_of_that_explains_the_answer_is_used() -> None:
    media = {"id": "m1", "is_transition": "No", "pose_preset": [{"MotionType": "Auto"}]}
    wrapped = report_of(DOC, OPS["get_media"], {"data": {"data": media}})
    bare = report_of(DOC, OPS["get_media"], {"data": {**media, "pose_preset": {"Params": ""}}})
    missing = {"field_missing"}
    assert {k for k, _, _ in kinds(wrapped)} <= missing
    assert {k for k, _, _ in kinds(bare)} <= missing
    drifted = report_of(
        DOC, OPS["get_media"], {"data": {"data": {**media, "is_transition": "Maybe"}}}
    )
    assert ("enum_value_added", "data.data.is_transition", "Maybe") in kinds(drifted)


def test_an_answer_that_is_not_json_is_a_finding() -> None:
    report = Report("test", "x", Comparer(DOC))
    report.observe(OPS["get_asset"], 200, "application/json", b"<html>")
    assert {k for k, _, _ in kinds(report)} == {"type_changed"}
