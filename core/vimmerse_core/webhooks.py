"""Parsing the completion callback that the API POSTs to a job's ``webhook_url``; the
generated ``vimmerse.webhooks.parse`` binds it to the spec's payload model:

    from vimmerse import webhooks

    event = webhooks.parse(request.body)   # bytes, str or an already-decoded dict
    if event.status == "success":
        media = client.media.get(event.media_id)

No signature scheme is documented, so a payload proves nothing about its sender: treat it as
a hint and read the job back with your API key before trusting its result.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar, cast

from . import _json
from ._errors import VimmerseError

__all__ = ["WebhookParseError", "parse_payload"]

T = TypeVar("T")


class WebhookParseError(VimmerseError, ValueError):
    """The body is not a valid webhook payload (not JSON, not an object, or a field is wrong)."""


def parse_payload(
    body: bytes | bytearray | str | Mapping[str, Any], model: type[T], required: Sequence[str]
) -> T:
    """Validate a webhook body (its `required` string fields) and parse it into `model`."""
    if isinstance(body, bytes | bytearray | str):
        try:
            data: Any = _json.loads(bytes(body) if isinstance(body, bytearray) else body)
        except ValueError as exc:  # not JSON, not UTF-8, nested too deep
            raise WebhookParseError(f"Webhook body is not JSON: {exc}") from exc
    else:
        data = body
    if not isinstance(data, Mapping):
        raise WebhookParseError(f"Webhook body must be a JSON object, got {type(data).__name__}")
    for key in required:
        if key not in data:
            raise WebhookParseError(f"Webhook body lacks {key!r}")
        if not isinstance(data[key], str):
            raise WebhookParseError(
                f"Webhook field {key!r} must be a string, got {type(data[key]).__name__}"
            )
    try:
        return cast(T, cast(Any, model).from_dict(dict(data)))
    except (KeyError, TypeError, ValueError) as exc:
        raise WebhookParseError(f"Invalid webhook body: {exc}") from exc
