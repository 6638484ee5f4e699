# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
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

from vimmerse_core.webhooks import WebhookParseError, parse_payload

from .models.webhook_payload import WebhookPayload

__all__ = ["WebhookParseError", "WebhookPayload", "parse"]

# The payload's required string fields (the spec's webhook body schema).
REQUIRED = ["customer_id", "media_id", "status"]


def parse(body: bytes | bytearray | str | Mapping[str, Any]) -> WebhookPayload:
    """Validate and parse a webhook body into a ``WebhookPayload``."""
    return parse_payload(body, WebhookPayload, REQUIRED)
