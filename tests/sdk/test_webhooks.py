"""webhooks.parse turns the completion callback into a typed payload or a typed error."""

from __future__ import annotations

import pytest

from vimmerse import VimmerseError, webhooks
from vimmerse.models.webhook_payload import WebhookPayload


def test_parse_bytes_str_and_dict() -> None:
    body = b'{"customer_id": "c1", "media_id": "m1", "status": "success"}'
    for value in (
        body,
        body.decode(),
        {"customer_id": "c1", "media_id": "m1", "status": "success"},
    ):
        event = webhooks.parse(value)
        assert isinstance(event, WebhookPayload)
        assert (event.customer_id, event.media_id, event.status) == ("c1", "m1", "success")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"not json", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"[1, 2]", "JSON object"),
        (b"[" * 100_000 + b"]" * 100_000, "not JSON"),  # RecursionError escaped before
        (b'{"customer_id": "c1", "status": "success"}', "media_id"),
        (b'{"customer_id": "c1", "media_id": 5, "status": "success"}', "media_id"),
    ],
)
def test_bad_bodies_raise_a_typed_error(body: bytes, reason: str) -> None:
    with pytest.raises(webhooks.WebhookParseError, match=reason) as info:
        webhooks.parse(body)
    assert isinstance(info.value, VimmerseError) and isinstance(info.value, ValueError)
