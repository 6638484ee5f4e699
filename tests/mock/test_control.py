"""The test control over HTTP under /_mock/ (what vimmerse.testing does in-process)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from tests.mock.helpers import AUTH, KEY, LOCAL, SPEC, T2I, asset_path, make_client, settings
from vimmerse_mock.app import MockApp
from vimmerse_mock.control import Control, VirtualClock
from vimmerse_mock.jobs import FakeClock
from vimmerse_mock.spec import Spec


@pytest.fixture
def mock(tmp_path: Path) -> TestClient:
    # The CLI mock's clock: real time plus what a test advances.
    return make_client(tmp_path, VirtualClock())


def test_fail_next_answers_then_the_route_works(mock: TestClient) -> None:
    queued = mock.post("/_mock/fail-next", json={"operation": "text_to_image", "status": 503})
    assert queued.status_code == 200
    first = mock.post(T2I, json={"prompt": "a fox", "async_mode": True}, headers=AUTH)
    assert first.status_code == 503 and first.json() == {"message": "SERVICE_UNAVAILABLE"}
    assert mock.post(T2I, json={"prompt": "a fox", "async_mode": True}, headers=AUTH).is_success
    journal = mock.get("/_mock/requests", params={"operation": "text_to_image"}).json()
    assert [r["status"] for r in journal["requests"]] == [503, 200]
    assert journal["requests"][0]["headers"]["x-api-key"] == "<redacted>"
    assert journal["requests"][0]["json"] == {"prompt": "a fox", "async_mode": True}


@pytest.mark.parametrize(
    "body",
    [
        {"operation": "no_such_operation", "status": 500},
        {"operation": "text_to_image", "status": 99},
        {"operation": "text_to_image", "status": 500, "times": 0},
        {"operation": "text_to_image", "status": "later"},
    ],
)
def test_bad_control_input_is_a_400(mock: TestClient, body: dict[str, object]) -> None:
    response = mock.post("/_mock/fail-next", json=body)
    assert response.status_code == 400 and "message" in response.json()


@pytest.mark.parametrize(
    ("path", "field"), [("/_mock/durations", "image"), ("/_mock/clock", "advance")]
)
def test_an_infinite_number_of_seconds_is_a_400_and_changes_nothing(
    mock: TestClient, path: str, field: str
) -> None:
    # 1e309 reads as infinity; stored, it would be answered as null (orjson) and break polls.
    before = (mock.post("/_mock/durations", json={}).json(), mock.get("/_mock/clock").json())
    response = mock.post(
        path, content=f'{{"{field}": 1e309}}'.encode(), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400 and "message" in response.json()
    assert mock.post("/_mock/durations", json={}).json() == before[0]
    assert mock.get("/_mock/clock").json()["offset"] == before[1]["offset"]


def test_credits_durations_clock_and_reset(mock: TestClient) -> None:
    assert mock.post("/_mock/credits", json={"balance": 5}).status_code == 401  # no key
    assert mock.post("/_mock/credits", json={"balance": 5}, headers=AUTH).json() == {"balance": 5}
    refused = mock.post(T2I, json={"prompt": "a fox", "async_mode": True}, headers=AUTH)
    assert refused.status_code == 402

    mock.post("/_mock/credits", json={"balance": 100}, headers=AUTH)
    assert mock.post("/_mock/durations", json={"image": 600}).is_success
    job = mock.post(T2I, json={"prompt": "a fox", "async_mode": True}, headers=AUTH).json()
    assert mock.get(asset_path(job["id"]), headers=AUTH).json()["status"] == "processing"
    before = mock.get("/_mock/clock").json()["now"]
    after = mock.post("/_mock/clock", json={"advance": 600}).json()
    assert after["now"] - before >= 600 and after["offset"] == 600
    assert mock.get(asset_path(job["id"]), headers=AUTH).json()["status"] == "success"

    assert mock.post("/_mock/reset").is_success
    assert mock.get("/_mock/requests").json() == {"requests": []}
    assert mock.get(asset_path(job["id"]), headers=AUTH).status_code == 404
    assert mock.get("/_mock/clock").json()["offset"] == 0
    balance = mock.get("/_mock/credits", headers=AUTH).json()["balance"]
    assert balance == 10_000


def test_the_webhook_sink_receives_and_lists(mock: TestClient) -> None:
    sent = mock.post("/_mock/webhook-sink", json={"media_id": "m", "status": "success"})
    assert sent.is_success
    (delivery,) = mock.get("/_mock/webhook-sink").json()["deliveries"]
    assert delivery["json"] == {"media_id": "m", "status": "success"}


def test_the_page_escapes_what_requests_carry(mock: TestClient) -> None:
    mock.post(T2I, json={"prompt": "<script>alert(1)</script>", "async_mode": True}, headers=AUTH)
    page = mock.get("/_mock/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "<script>" not in page.text and "&lt;script&gt;" in page.text
    assert KEY not in page.text


def test_the_journal_describes_entries_when_read_and_keeps_only_the_newest() -> None:
    described: list[int] = []

    def describe(raw: int) -> dict[str, int]:
        described.append(raw)
        return {"n": raw}

    control = Control(journal_size=3, describe=describe)
    for n in range(1, 5):
        control.record("text_to_image" if n % 2 else "get_asset", 200, n)
    assert described == []  # nothing is made until someone reads
    assert [(e["seq"], e["n"]) for e in control.requests()] == [(2, 2), (3, 3), (4, 4)]
    assert [e["seq"] for e in control.requests("text_to_image")] == [3]
    control.record("get_asset", 404, 5)
    assert [(e["n"], e["status"]) for e in control.requests()] == [(3, 200), (4, 200), (5, 404)]
    assert described == [2, 3, 4, 5]  # each entry is made once, however often it is read
    assert len(control._described) == 3  # what fell out of the journal is forgotten


def test_reading_the_last_entries_describes_only_those() -> None:
    # The page shows the last 100 of a journal that may keep thousands.
    described: list[int] = []

    def describe(raw: int) -> dict[str, int]:
        described.append(raw)
        return {"n": raw}

    control = Control(journal_size=10, describe=describe)
    for n in range(1, 8):
        control.record("get_asset", 200, n)
    assert [e["n"] for e in control.requests(last=2)] == [6, 7]
    assert control.requests(last=0) == []
    assert described == [6, 7]


def test_the_journal_hides_the_key_in_whatever_header_the_spec_names(tmp_path: Path) -> None:
    doc = copy.deepcopy(SPEC.raw)
    [scheme] = (
        s for s in doc["components"]["securitySchemes"].values() if s.get("type") == "apiKey"
    )
    scheme["name"] = "X-Other-Key"
    app = MockApp(settings(tmp_path), clock=FakeClock(), spec=Spec(doc))
    with TestClient(app, base_url=LOCAL) as client:
        client.post(T2I, json={"prompt": "a fox"}, headers={"X-Other-Key": KEY})
        [entry] = client.get("/_mock/requests").json()["requests"]
    assert entry["headers"]["x-other-key"] == "<redacted>"
    assert KEY not in str(entry)
