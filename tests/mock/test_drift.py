"""The mock's drift mode: seeded, knowable, confined to success answers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.mock.helpers import AUTH, SPEC, asset_path, make_client
from vimmerse_mock.cli import parser, settings_from
from vimmerse_mock.drift import Drift, plan_for
from vimmerse_mock.settings import Settings


def test_the_plan_is_a_pure_function_of_seed_and_spec() -> None:
    assert Drift(SPEC, 11).plan == Drift(SPEC, 11).plan
    assert Drift(SPEC, 11).plan != Drift(SPEC, 12).plan


def _schemas_at(schema: dict[str, Any], parts: list[str]) -> list[dict[str, Any]]:
    """The schemas that describe the answer at `parts` (anyOf/oneOf branches expanded)."""
    branches = [b for key in ("anyOf", "oneOf") for b in schema.get(key, [])]
    if branches:
        return [found for b in branches for found in _schemas_at(b, parts)]
    if not parts:
        return [schema]
    head, rest = parts[0], parts[1:]
    if head == "[]":
        return _schemas_at(schema["items"], rest) if "items" in schema else []
    sub = schema.get("properties", {}).get(head)
    return _schemas_at(sub, rest) if sub else []


def test_every_planned_change_is_at_a_place_the_spec_describes() -> None:
    for op in SPEC.operations:
        schema = op.json_schema(min((s for s in op.responses if s.startswith("2")), default="200"))
        for change in (c for seed in range(10) for c in plan_for(op, seed)):
            assert change.operation == op.operation_id and schema is not None
            parts = change.path.replace("[]", ".[]").split(".")
            parent, name = [p for p in parts[:-1] if p], parts[-1]
            holders = _schemas_at(schema, parent)
            if change.kind == "enum_value_added":
                enums = [s["enum"] for s in _schemas_at(schema, [*parent, name]) if "enum" in s]
                assert enums and all(change.value not in e for e in enums), change
                assert any(change.replaces in e for e in enums), change
            elif change.kind == "field_added":
                assert any("properties" in h for h in holders), change
                assert all(name not in h.get("properties", {}) for h in holders), change
            else:
                assert change.kind == "field_missing", change
                assert any(name in h.get("properties", {}) for h in holders), change
                # Never a required field: the answer stays one a client can use.
                assert all(name not in h.get("required", []) for h in holders), change


def test_answers_drift_as_planned_and_the_journal_says_so(tmp_path: Path) -> None:
    with make_client(tmp_path, drift=4) as client:
        body = {"app_name": "text-to-image", "option": "NanoBanana", "quantity": 1}
        answer = client.post("/v2/image/estimate-credits", json=body).json()
        journal = client.get("/_mock/drift").json()
    planned = {c["path"]: c for c in journal["plan"] if c["operation"] == "estimate_image_credits"}
    added = [c for c in planned.values() if c["kind"] == "field_added"]
    assert added and answer[added[0]["path"]] == added[0]["value"]
    assert journal["seed"] == 4
    assert added[0] in journal["injected"]
    assert all(c["operation"] == "estimate_image_credits" for c in journal["injected"])


def test_error_answers_do_not_drift(tmp_path: Path) -> None:
    with make_client(tmp_path, drift=4) as client:
        refused = client.get(asset_path("abc"))  # no key
        invalid = client.post("/v2/image/estimate-credits", json={}, headers=AUTH)
        missing = client.get(asset_path("abc"), headers=AUTH)
        journal = client.get("/_mock/drift").json()
    assert refused.json() == {"message": "UNAUTHORIZED"}
    assert missing.json() == {"message": "NOT_FOUND"}
    assert set(invalid.json()) == {"detail"}
    assert journal["injected"] == []


def test_plain_mock_does_not_drift(tmp_path: Path) -> None:
    with make_client(tmp_path) as client:
        body = {"app_name": "text-to-image", "option": "NanoBanana"}
        answer = client.post("/v2/image/estimate-credits", json=body).json()
        journal = client.get("/_mock/drift").json()
    assert set(answer) == {"total_credits", "breakdown"}
    assert journal == {"seed": None, "injected": []}


def test_drift_is_a_flag_and_an_environment_variable() -> None:
    assert settings_from(parser().parse_args(["--drift", "7"])).drift == 7
    assert Settings.from_env({"VIMMERSE_MOCK_DRIFT": "7"}).drift == 7
    assert Settings.from_env({}).drift is None
    assert Settings.from_env(Settings(drift=9).to_env()).drift == 9  # workers get it too
