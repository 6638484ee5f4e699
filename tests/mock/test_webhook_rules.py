"""What the mock will call back (webhook_urls.py), the delivery id a receiver
deduplicates on, and one key's hanging receiver against everyone else's callbacks.

A job is taken whatever its webhook URL (the spec allows any string); one the mock must
not call is kept as `refused`, with the reason, and never sent."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import anyio
import pytest
from starlette.testclient import TestClient

from devtools.receiver import receiver
from tests.mock.helpers import AUTH, KEY, T2I, app_of, make_client
from vimmerse_mock.jobs import FakeClock
from vimmerse_mock.webhooks import DELIVERY_HEADER

REFUSED = [
    ("file:///etc/passwd", "WEBHOOK_URL_SCHEME"),
    ("gopher://127.0.0.1:70/x", "WEBHOOK_URL_SCHEME"),
    ("javascript:alert(1)", "WEBHOOK_URL_SCHEME"),
    ("http://user:secret@127.0.0.1:9/hook", "WEBHOOK_URL_USERINFO"),
    ("http://0x7f000001:9/hook", "WEBHOOK_URL_INVALID"),
    ("http://2130706433:9/hook", "WEBHOOK_URL_INVALID"),
    ("http://127.0.0.1:99999/hook", "WEBHOOK_URL_INVALID"),
    ("http://[::1/hook", "WEBHOOK_URL_INVALID"),
    ("http:///hook", "WEBHOOK_URL_INVALID"),
    ("http://127.0.0.1/hook with space", "WEBHOOK_URL_INVALID"),
    # The mock itself (TestClient's server is 127.0.0.1:80): a callback to reset it.
    ("http://127.0.0.1/_mock/reset", "WEBHOOK_URL_IS_THE_MOCK"),
    ("http://localhost:80/_mock/reset", "WEBHOOK_URL_IS_THE_MOCK"),
    ("http://[::1]/_mock/durations", "WEBHOOK_URL_IS_THE_MOCK"),
]


def _send(client: TestClient) -> int:
    return anyio.run(app_of(client).sender.run_once)


def _submit(client: TestClient, url: str) -> str:
    """Submit a job calling `url` back: why its callback is refused ("" if it is not)."""
    body = json.dumps({"prompt": "x", "webhook_url": "URL"}).replace('"URL"', json.dumps(url))
    answer = client.post(T2I, content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert answer.status_code == 200, answer.text
    (row,) = app_of(client).store.webhooks(ref=answer.json()["id"])
    assert row["state"] in ("pending", "refused")
    return str(row["last_error"]) if row["state"] == "refused" else ""


@pytest.mark.parametrize(("url", "why"), REFUSED)
def test_a_webhook_url_the_mock_must_not_call_is_never_called(
    client: TestClient, clock: FakeClock, url: str, why: str
) -> None:
    assert _submit(client, url) == why
    clock.advance(3600)
    assert _send(client) == 0, "a refused callback is never sent"
    assert app_of(client).store.webhooks()[0]["state"] == "refused"


def test_a_lone_surrogate_in_a_webhook_url_is_kept_escaped_never_a_500(
    client: TestClient,
) -> None:
    body = rb'{"prompt": "x", "webhook_url": "http://127.0.0.1:9/\ud800"}'
    answer = client.post(T2I, content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert answer.status_code == 200, answer.text
    (row,) = client.get("/_mock/webhooks").json()["webhooks"]
    assert (row["state"], row["last_error"]) == ("refused", "WEBHOOK_URL_INVALID")
    assert row["url"] == r"http://127.0.0.1:9/\ud800"


def test_the_mock_may_call_its_own_sink(client: TestClient) -> None:
    assert _submit(client, "http://127.0.0.1/_mock/webhook-sink") == ""


def test_any_host_is_allowed_without_a_control_key(client: TestClient) -> None:
    assert _submit(client, "http://hooks.example/x") == ""


def test_a_shared_mock_calls_only_allowed_hosts(tmp_path: Path) -> None:
    with make_client(tmp_path, control_key="ck") as shared:
        for url in ("http://169.254.169.254/latest/meta-data", "https://hooks.example/x"):
            assert _submit(shared, url) == "WEBHOOK_HOST_NOT_ALLOWED"
        for url in ("http://127.0.0.1:9/hook", "http://localhost:9/hook", "http://[::1]:9/x"):
            assert _submit(shared, url) == "", url
    with make_client(tmp_path / "b", control_key="ck", webhook_hosts="hooks.example") as shared:
        assert _submit(shared, "https://hooks.example/x") == ""
        assert _submit(shared, "https://other.example/x") == "WEBHOOK_HOST_NOT_ALLOWED"


def test_every_attempt_of_a_callback_carries_the_same_delivery_id(
    client: TestClient, clock: FakeClock
) -> None:
    with receiver(failures=1) as hook:
        client.post("/media/prompt", json={"webhook_url": hook.url}, headers=AUTH)
        client.post("/media/prompt", json={"webhook_url": hook.url}, headers=AUTH)
        clock.advance(3600)
        assert _send(client) == 2
        first = hook.drain()
        clock.advance(3600)
        assert _send(client) == 1, "the failed one is retried"
        (retry,) = hook.drain()
    ids = [c["headers"][DELIVERY_HEADER.lower()] for c in first]
    assert len(set(ids)) == 2 and all(len(i) >= 16 for i in ids), "one id per callback"
    failed = next(c for c in first if c["answered"] == 500)
    assert retry["headers"][DELIVERY_HEADER.lower()] == failed["headers"][DELIVERY_HEADER.lower()]


def test_one_keys_hanging_receiver_leaves_slots_for_other_keys(
    tmp_path: Path, clock: FakeClock
) -> None:
    other = "second-team-key"
    with (
        make_client(
            tmp_path,
            clock,
            keys={KEY: None, other: None},
            webhook_timeout=120,
            webhook_concurrency=4,
            webhook_per_key=2,
        ) as client,
        receiver(behaviour="hang") as hanging,
        receiver() as hook,
    ):
        for _ in range(10):  # every slot's worth of hanging callbacks, due first
            client.post("/media/prompt", json={"webhook_url": hanging.url}, headers=AUTH)
        clock.advance(1)
        client.post("/media/prompt", json={"webhook_url": hook.url}, headers={"X-Api-Key": other})
        clock.advance(3600)
        sending = threading.Thread(target=_send, args=(client,), daemon=True)
        sending.start()
        assert hook.next_call(timeout=20)["answered"] == 200
        hanging.released.set()
        sending.join(timeout=30)
        assert not sending.is_alive()
        assert len(hanging.drain()) == 2, "the hanging key held its share of slots only"
