"""Parsing the completion callback that the API POSTs to a job's ``webhook_url``.

    from vimmerse import webhooks

    event = webhooks.parse(request.body)   # bytes, str or an already-decoded dict
    if event.status == "success":
        media = client.media.get(event.media_id)

No signature scheme is documented, so a payload proves nothing about its sender: treat it as
a hint and read the job back with your API key before trusting its result.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import _json
from ._errors import VimmerseError
from .models.webhook_payload import WebhookPayload

__all__ = ["WebhookParseError", "WebhookPayload", "parse"]

_REQUIRED = ("customer_id", "media_id", "status")


class WebhookParseError(VimmerseError, ValueError):
    """The body is not a valid webhook payload (not JSON, not an object, or a field is wrong)."""


def parse(body: bytes | bytearray | str | Mapping[str, Any]) -> WebhookPayload:
    """Validate and parse a webhook body into a ``WebhookPayload``."""
    if isinstance(body, bytes | bytearray | str):
        try:
            data: Any = _json.loads(bytes(body) if isinstance(body, bytearray) else body)
        except ValueError as exc:  # not JSON, not UTF-8, nested too deep
            raise WebhookParseError(f"Webhook body is not JSON: {exc}") from exc
    else:
        data = body
    if not isinstance(data, Mapping):
        raise WebhookParseError(f"Webhook body must be a JSON object, got {type(data).__name__}")
    for key in _REQUIRED:
        if key not in data:
            raise WebhookParseError(f"Webhook body lacks {key!r}")
        if not isinstance(data[key], str):
            raise WebhookParseError(
                f"Webhook field {key!r} must be a string, got {type(data[key]).__name__}"
            )
    try:
        return WebhookPayload.from_dict(dict(data))
    except (KeyError, TypeError, ValueError) as exc:
        raise WebhookParseError(f"Invalid webhook body: {exc}") from exc
