"""The drift report against the stateful mock: exactly the drift it injected, or none.

The mock runs in-process on a fake clock, so each seed is checked with its jobs still
running and again once they ended (an enum value that only a running job has is seen
in the first, the finished job's fields in the second).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

import httpx
import pytest
from starlette.testclient import TestClient

from tests.mock.helpers import AUTH, KEY, make_client
from vimmerse._client import SURFACE
from vimmerse_core._drift import Comparer, load, run
from vimmerse_core._drift.report import Report
from vimmerse_core._drift.spec import matcher, operations
from vimmerse_core.spec import SpecOperation
from vimmerse_mock.drift import Change
from vimmerse_mock.jobs import FakeClock

DOC = load(shipped=SURFACE.spec_text)
BASE = "http://testserver"
SEEDS = (1, 2, 3, 4, 5, 6, 7, 8)


@contextmanager
def mock(tmp_path: Path, seed: int | None) -> Iterator[tuple[TestClient, FakeClock]]:
    clock = FakeClock()
    with make_client(tmp_path, clock, drift=seed) as client:
        yield client, clock


def start_jobs(client: TestClient) -> dict[str, str]:
    """An asset and a media, created through paid routes the report never calls itself."""
    asset = client.post(
        "/v2/image/text-2-image", json={"prompt": "fox", "async_mode": True}, headers=AUTH
    )
    media = client.post("/media/prompt", json={"title": "walk"}, headers=AUTH)
    assert asset.status_code == media.status_code == 200, (asset.text, media.text)
    return {"asset_id": asset.json()["id"], "media_id": media.json()["data"]["id"]}


def keys(report: Report) -> set[tuple[str, str, str, str]]:
    return {
        (op, f.kind, f.path, f.value if f.kind in ("enum_value_added", "status_undeclared") else "")
        for op, f in report.findings()
    }


def injected(client: TestClient, called: set[str]) -> set[tuple[str, str, str, str]]:
    journal = client.get("/_mock/drift").json()["injected"]
    return {Change(**c).key() for c in journal if c["operation"] in called}


def drift_run(client: TestClient, ids: dict[str, str]) -> Report:
    # Starlette's TestClient is an httpx2.Client: the same interface, another class.
    return run(DOC, BASE, KEY, ids, http=cast(httpx.Client, client))


@pytest.mark.parametrize("finished", [False, True], ids=["running", "finished"])
def test_report_equals_the_injected_drift_over_seeds(tmp_path: Path, finished: bool) -> None:
    seen_kinds: set[str] = set()
    for seed in SEEDS:
        with mock(tmp_path / str(seed), seed) as (client, clock):
            ids = start_jobs(client)
            if finished:
                clock.advance(3600)
            report = drift_run(client, ids)
            expected = injected(client, set(report.operations))
            assert keys(report) == expected, f"seed {seed}:\n{report.text()}"
            assert report.drift == bool(expected)
            seen_kinds |= {kind for _, kind, _, _ in expected}
    # Not vacuous: across the seeds every kind of drift the mock knows was injected and found.
    assert seen_kinds == {"field_added", "enum_value_added", "field_missing"}


@pytest.mark.parametrize("finished", [False, True], ids=["running", "finished"])
def test_plain_mock_reports_no_drift(tmp_path: Path, finished: bool) -> None:
    with mock(tmp_path, None) as (client, clock):
        ids = start_jobs(client)
        if finished:
            clock.advance(3600)
        report = drift_run(client, ids)
    assert report.findings() == [], report.text()
    assert not report.drift
    assert set(report.operations) == {op.operation_id for op in operations(DOC) if op.safe}


def test_only_safe_operations_are_called_and_nothing_is_charged(tmp_path: Path) -> None:
    match = matcher(operations(DOC))
    with mock(tmp_path, 3) as (client, _):
        ids = start_jobs(client)
        before = client.get("/_mock/credits", headers=AUTH).json()
        sent: list[SpecOperation | None] = []
        client.event_hooks["request"] = [lambda r: sent.append(match(r.method, r.url.path))]
        report = drift_run(client, ids)
        client.event_hooks["request"] = []
        after = client.get("/_mock/credits", headers=AUTH).json()
    assert after == before  # the ledger: no charge, no refund
    assert sent and all(op is not None and op.safe for op in sent), sent
    assert {op.operation_id for op in sent if op} == set(report.operations)
    assert "text_to_image" in report.skipped and "create_media_from_prompt" in report.skipped


def test_an_operation_needing_an_id_it_was_not_given_is_skipped(tmp_path: Path) -> None:
    with mock(tmp_path, None) as (client, _):
        report = drift_run(client, {})
    assert "get_asset" not in report.operations
    assert report.skipped["get_asset"] == "needs an id: --id asset_id=..."
    assert "estimate_image_credits" in report.operations  # no id needed


def test_undeclared_status_is_reported() -> None:
    op = next(o for o in operations(DOC) if o.operation_id == "get_asset")
    report = Report("test", "x", Comparer(DOC))
    report.observe(op, 404, "application/json", b'{"message": "NOT_FOUND"}')  # declared
    assert report.findings() == []
    report.observe(op, 409, "application/json", b'{"message": "CONFLICT"}')
    assert keys(report) == {("get_asset", "status_undeclared", "", "409")}
    assert report.drift
