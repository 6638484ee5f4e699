"""Completion callbacks: the spec's WebhookPayload, sent when the job ends, retried."""

from __future__ import annotations

import queue
import threading
from pathlib import Path

import anyio
from starlette.testclient import TestClient

from devtools.receiver import receiver
from tests.mock.helpers import AUTH, SPEC, T2I, app_of, make_client, validate
from vimmerse_mock.jobs import FakeClock
from vimmerse_mock.store import Store

PAYLOAD = SPEC.schema("WebhookPayload")


def _send(client: TestClient) -> int:
    return anyio.run(app_of(client).sender.run_once)


def test_media_webhook_is_sent_when_the_job_ends(client: TestClient, clock: FakeClock) -> None:
    with receiver() as hook:
        media = client.post("/media/prompt", json={"webhook_url": hook.url}, headers=AUTH).json()[
            "data"
        ]
        assert _send(client) == 0, "nothing is due while the media is processing"
        clock.advance(app_of(client).settings.duration("media"))
        assert _send(client) == 1
        call = hook.next_call()
        validate(PAYLOAD, call["body"])
        assert call["body"] == {
            "customer_id": media["customer_id"],
            "media_id": media["id"],
            "status": "success",
        }
        assert _send(client) == 0, "a delivered callback is not sent again"
        assert hook.calls.empty()


def test_asset_webhook_reports_failure(client: TestClient, clock: FakeClock) -> None:
    with receiver() as hook:
        asset = client.post(
            T2I,
            json={"prompt": "MOCK_FAIL", "async_mode": True, "webhook_url": hook.url},
            headers=AUTH,
        ).json()
        clock.advance(3600)
        _send(client)
        body = hook.next_call()["body"]
        validate(PAYLOAD, body)
        assert body["status"] == "fail" and body["media_id"] == asset["id"]


def test_failed_deliveries_are_retried_with_backoff(client: TestClient, clock: FakeClock) -> None:
    settings = app_of(client).settings
    with receiver(failures=2) as hook:
        client.post("/media/prompt", json={"webhook_url": hook.url}, headers=AUTH)
        clock.advance(3600)
        assert _send(client) == 1 and hook.next_call()["answered"] == 500
        assert _send(client) == 0, "the retry waits for its backoff"
        clock.advance(settings.webhook_backoff)
        assert _send(client) == 1 and hook.next_call()["answered"] == 500
        clock.advance(settings.webhook_backoff)
        assert _send(client) == 0, "the backoff doubled"
        clock.advance(settings.webhook_backoff)
        assert _send(client) == 1 and hook.next_call()["answered"] == 200
    rows = app_of(client).store.webhooks()
    assert [(r["state"], r["attempts"]) for r in rows] == [("done", 3)]


def test_delivery_gives_up_after_the_attempt_limit(client: TestClient, clock: FakeClock) -> None:
    settings = app_of(client).settings
    with receiver(failures=100) as hook:
        client.post("/media/prompt", json={"webhook_url": hook.url}, headers=AUTH)
        clock.advance(3600)
        for _ in range(settings.webhook_attempts + 2):
            _send(client)
            clock.advance(3600)
        answered = []
        while True:
            try:
                answered.append(hook.calls.get_nowait()["answered"])
            except queue.Empty:
                break
    assert answered == [500] * settings.webhook_attempts
    (row,) = app_of(client).store.webhooks()
    assert row["state"] == "failed" and row["last_error"] == "HTTP 500"


def test_unreachable_or_bad_urls_never_break_the_request(
    client: TestClient, clock: FakeClock
) -> None:
    for url in ("http://127.0.0.1:9/nothing-listens", "not a url", "ftp://x"):
        response = client.post("/media/prompt", json={"webhook_url": url}, headers=AUTH)
        assert response.status_code == 200
    clock.advance(3600)
    assert _send(client) == 1, "what is not an http(s) URL is refused, never sent"
    states = [r["state"] for r in app_of(client).store.webhooks()]
    assert states == ["pending", "refused", "refused"]
    assert all(r["last_error"] for r in app_of(client).store.webhooks())


def test_resubmission_replaces_the_unfinished_runs_callback(
    client: TestClient, clock: FakeClock
) -> None:
    with receiver() as hook:
        media = client.post("/media/prompt", json={"webhook_url": hook.url}, headers=AUTH).json()[
            "data"
        ]
        clock.advance(1)
        client.put(f"/media/{media['id']}/edit", data={"prompt": "changed"}, headers=AUTH)
        clock.advance(3600)
        assert _send(client) == 1
        assert hook.next_call()["body"]["status"] == "success"
    states = sorted(r["state"] for r in app_of(client).store.webhooks())
    assert states == ["done", "superseded"]


def _send_in_background(client: TestClient) -> threading.Thread:
    thread = threading.Thread(target=_send, args=(client,), daemon=True)
    thread.start()
    return thread


def test_a_hanging_receiver_does_not_hold_up_the_others(tmp_path: Path, clock: FakeClock) -> None:
    with (
        make_client(tmp_path, clock, webhook_timeout=120) as client,
        receiver(behaviour="hang") as hanging,
        receiver() as hook,
    ):
        # The hanging one is due first: sent in turn, the other would wait its 120 s.
        client.post("/media/prompt", json={"webhook_url": hanging.url}, headers=AUTH)
        clock.advance(1)
        media = client.post("/media/prompt", json={"webhook_url": hook.url}, headers=AUTH)
        clock.advance(3600)
        sending = _send_in_background(client)
        assert hook.next_call(timeout=20)["body"]["media_id"] == media.json()["data"]["id"]
        assert hanging.next_call(timeout=1)["answered"] == 0, "still held meanwhile"
        hanging.released.set()
        sending.join(timeout=30)
        assert not sending.is_alive()


def test_a_trickling_receiver_is_cut_at_the_attempts_deadline(
    tmp_path: Path, clock: FakeClock
) -> None:
    # A byte every 0.1 s never trips a per-read timeout of 0.5 s; the total deadline cuts it.
    with (
        make_client(tmp_path, clock, webhook_timeout=0.5) as client,
        receiver(behaviour="trickle", trickle_every=0.1) as slow,
    ):
        client.post("/media/prompt", json={"webhook_url": slow.url}, headers=AUTH)
        clock.advance(3600)
        sending = _send_in_background(client)
        sending.join(timeout=30)
        assert not sending.is_alive(), "the sender is stuck on a trickling receiver"
        assert len(slow.drain()) == 1
    (row,) = app_of(client).store.webhooks()
    assert (row["state"], row["attempts"]) == ("pending", 1)
    assert row["last_error"] == "no answer within 0.5 s"


def test_a_sender_that_lost_its_lease_cannot_record_its_attempt(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.sqlite3")
    a, b = Store(path), Store(path)  # two workers on one database
    with a.tx() as db:
        Store.queue_webhook(db, "job", "http://127.0.0.1:9/", {"x": 1}, due_at=0, now=0)
    (first,) = a.claim_webhooks(now=1, lease=10, max_attempts=2)
    assert b.claim_webhooks(now=5, lease=10, max_attempts=2) == [], "leased to a"
    (second,) = b.claim_webhooks(now=11, lease=10, max_attempts=2)  # a's lease ran out
    assert (first["attempts"], second["attempts"]) == (1, 2), "a lost lease still counts"
    assert not a.finish_webhook(first["seq"], first["claim"], "done", due_at=12)
    assert a.webhooks()[0]["state"] == "sending", "a's late outcome changed nothing"
    # b's lease runs out too, on the last attempt: the callback fails, it is not tried again.
    assert a.claim_webhooks(now=30, lease=10, max_attempts=2) == []
    assert a.webhooks()[0]["state"] == "failed"
    assert not b.finish_webhook(second["seq"], second["claim"], "done", due_at=31)
    a.close()
    b.close()
