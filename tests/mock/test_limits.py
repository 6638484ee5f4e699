"""Bounds a shared mock needs: body sizes on its own routes, the journal and the sink in
bytes, credits and durations, and how long a rendered placeholder may be; and the odd
inputs that were 500s (a WebSocket upgrade, a `javascript:` URL on the page)."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from tests.mock.helpers import (
    AUTH,
    KEY,
    SPEC,
    T2I,
    app_of,
    asset_path,
    generation_ops,
    make_client,
    parse_mp4,
)
from vimmerse_mock.control import Control
from vimmerse_mock.roles import role_of


@pytest.mark.parametrize("path", ["/_mock/webhook-sink", "/_mock/durations", "/_mock/credits"])
def test_the_mocks_own_routes_limit_the_body(client: TestClient, path: str) -> None:
    limit = app_of(client).settings.max_control_bytes
    answer = client.post(path, content=b"x" * (limit + 1), headers=AUTH)
    assert answer.status_code == 413 and answer.json() == {"message": "PAYLOAD_TOO_LARGE"}


def test_the_journal_is_bounded_in_bytes(tmp_path: Path) -> None:
    budget = 200_000
    with make_client(tmp_path, journal_bytes=budget) as client:
        for n in range(10):
            client.post(T2I, json={"prompt": f"{n}" + "x" * 50_000}, headers=AUTH)
        kept = client.get("/_mock/requests").json()["requests"]
    assert 0 < len(kept) * 50_000 <= budget
    assert kept[-1]["json"]["prompt"].startswith("9"), "the newest stay"


def test_the_journal_still_keeps_entries_by_count() -> None:
    control = Control(journal_size=3, describe=lambda raw: {"raw": raw}, journal_bytes=10**9)
    for n in range(5):
        control.record("op", 200, n, size=10)
    assert [e["raw"] for e in control.requests()] == [2, 3, 4]


def test_the_sink_is_bounded_in_bytes(tmp_path: Path) -> None:
    with make_client(tmp_path, journal_bytes=200_000) as client:
        for n in range(10):
            client.post("/_mock/webhook-sink", json={"n": n, "pad": "x" * 50_000})
        kept = client.get("/_mock/webhook-sink").json()["deliveries"]
    assert 0 < len(kept) <= 4 and kept[-1]["json"]["n"] == 9


@pytest.mark.parametrize("balance", [10**23, 2**63 - 1, 10**12 + 1])
def test_a_balance_past_the_bound_is_a_400(client: TestClient, balance: int) -> None:
    answer = client.post("/_mock/credits", content=f'{{"balance": {balance}}}', headers=AUTH)
    assert answer.status_code == 400 and answer.json()["message"].startswith("AT_MOST_")
    assert client.post("/_mock/credits", json={"balance": 10**12}, headers=AUTH).status_code == 200


def test_a_duration_past_the_bound_is_a_400(client: TestClient) -> None:
    answer = client.post("/_mock/durations", json={"video": 1e12})
    assert answer.status_code == 400
    assert client.post("/_mock/clock", json={"advance": 1e12}).status_code == 400


def test_a_huge_video_duration_renders_a_short_placeholder(tmp_path: Path) -> None:
    op = next(
        op
        for op in generation_ops()
        if "video_duration" in op.body["application/json"]["schema"].get("properties", {})
    )
    with make_client(tmp_path, keys={KEY: 10**9}) as client:
        job = client.post(op.path, json={"video_duration": 1e6, "prompt": "x"}, headers=AUTH)
        assert job.status_code == 200, job.text
        app_of(client).clock.advance(10**7)  # type: ignore[attr-defined]
        done = client.get(asset_path(job.json()["id"]), headers=AUTH).json()
        video = client.get(done["results"][0])
    assert video.status_code == 200
    seconds = parse_mp4(video.content)["seconds"]
    assert seconds <= app_of(client).settings.max_render_seconds


def test_a_websocket_upgrade_is_refused(client: TestClient) -> None:
    for path in ("/_mock/health", T2I, "/anything"):
        with pytest.raises(WebSocketDisconnect) as refused, client.websocket_connect(path):
            pass
        assert refused.value.code == 1008


def test_a_javascript_url_on_the_page_is_not_a_link(client: TestClient) -> None:
    upload = next(
        op
        for op in SPEC.operations
        if any(p.schema.get("x-vimmerse-role") == "file-url" for p in op.parameters)
    )
    param = next(p.name for p in upload.parameters if p.schema.get("x-vimmerse-role") == "file-url")
    stored = client.post(
        upload.path,
        params={param: "javascript:alert(document.cookie)"},
        files={role_of(upload).file_field: ("x", b"", "application/octet-stream")},
        headers=AUTH,
    )
    assert stored.status_code == 200, stored.text
    page = client.get("/_mock/").text
    assert "javascript:alert" in page, "the stored URL is shown"
    assert 'href="javascript:' not in page.replace(" ", "").lower()
