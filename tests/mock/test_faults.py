"""Fault injection: 429/503/dropped connections before or after the job, latency, seeds."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.mock.helpers import AUTH, T2I, app_of, make_client
from vimmerse_mock.faults import DroppedConnection

JOB: dict[str, Any] = {  # keyword arguments of TestClient.post (typed by httpx2)
    "url": T2I,
    "json": {"prompt": "p", "async_mode": True},
    "headers": AUTH,
}


def _state(client: TestClient) -> tuple[int, int]:
    """(assets stored, ledger entries): did the call take effect?"""
    return app_of(client).store.count("asset"), len(app_of(client).store.ledger(AUTH["X-Api-Key"]))


def test_faults_are_off_by_default(client: TestClient) -> None:
    for _ in range(50):
        assert client.post(**JOB).status_code == 200


def test_503_before_the_job_says_not_processed(tmp_path: Path) -> None:
    with make_client(tmp_path, fault_503=1.0, fault_phase="before") as c:
        response = c.post(**JOB)
        assert response.status_code == 503
        assert response.json() == {"message": "NOT_PROCESSED"}
        assert response.headers["retry-after"] == "1"
        assert _state(c) == (0, 0)


def test_503_after_the_job_was_created(tmp_path: Path) -> None:
    with make_client(tmp_path, fault_503=1.0, fault_phase="after") as c:
        response = c.post(**JOB)
        assert response.status_code == 503
        assert response.json() == {"message": "SERVICE_UNAVAILABLE"}
        assert "retry-after" not in response.headers
        assert _state(c) == (1, 1), "the job exists and was charged"


def test_429_always_strikes_before(tmp_path: Path) -> None:
    with make_client(tmp_path, fault_429=1.0, fault_phase="after") as c:
        response = c.post(**JOB)
        assert response.status_code == 429
        assert response.json() == {"message": "TOO_MANY_REQUESTS"}
        assert int(response.headers["retry-after"]) >= 1
        assert _state(c) == (0, 0)


@pytest.mark.parametrize(("phase", "effect"), [("before", (0, 0)), ("after", (1, 1))])
def test_dropped_connection(tmp_path: Path, phase: str, effect: tuple[int, int]) -> None:
    with make_client(tmp_path, fault_drop=1.0, fault_phase=phase) as c:
        # In process the drop surfaces as the app's exception; a real server closes the
        # connection mid-body instead (see test_server.py).
        with pytest.raises(DroppedConnection):
            c.post(**JOB)
        assert _state(c) == effect


def test_faults_are_reproducible_with_a_seed(tmp_path: Path) -> None:
    def statuses(seed: int, folder: str) -> list[int]:
        overrides: dict[str, Any] = {
            "fault_429": 0.2,
            "fault_503": 0.2,
            "fault_phase": "random",
            "seed": seed,
        }
        with make_client(tmp_path / folder, **overrides) as c:
            return [c.post(**JOB).status_code for _ in range(40)]

    first = statuses(7, "a")
    assert first == statuses(7, "b")
    assert {200, 429, 503} <= set(first)
    assert first != statuses(8, "c")


def test_fault_header_forces_one_fault_only_when_enabled(tmp_path: Path) -> None:
    forced = {**JOB, "headers": {**AUTH, "X-Mock-Fault": "503"}}
    with make_client(tmp_path / "off") as c:
        assert c.post(**forced).status_code == 200
    with make_client(tmp_path / "on", fault_header=True) as c:
        assert c.post(**forced).json() == {"message": "NOT_PROCESSED"}
        after = {**JOB, "headers": {**AUTH, "X-Mock-Fault": "503-after"}}
        assert c.post(**after).json() == {"message": "SERVICE_UNAVAILABLE"}
        assert c.post(**{**JOB, "headers": {**AUTH, "X-Mock-Fault": "429"}}).status_code == 429
        assert _state(c) == (1, 1)


def test_latency_is_added(tmp_path: Path) -> None:
    with make_client(tmp_path, latency_ms=150) as c:
        start = time.monotonic()
        assert c.post("/v2/image/estimate-credits", json={"option": "x"}).status_code == 200
        assert time.monotonic() - start >= 0.15


def test_faults_spare_the_mocks_own_routes(tmp_path: Path) -> None:
    with make_client(tmp_path, fault_503=1.0) as c:
        assert c.get("/_mock/health").status_code == 200
