"""The test control over HTTP, under `/_mock/` (what `vimmerse.testing` does in-process).

| route | what |
|---|---|
| `GET /_mock/` | a web page: jobs with status and thumbnails, credits, requests, webhooks |
| `POST /_mock/reset` | forget every job, balance, request, failure and clock offset |
| `POST /_mock/credits` `{"balance": n}` | set the calling key's (`X-Api-Key`) balance |
| `POST /_mock/fail-next` `{"operation", "status", "body"?, "times"?}` | the next `times` calls of that operationId answer `status` (or `"drop"`: the connection closes mid-answer) with `body` (default: the API's error body) |
| `POST /_mock/durations` `{"video": 600, "edit_image": 1}` | job durations in simulated seconds, by kind (image, video, media) or operationId |
| `GET /_mock/clock`, `POST /_mock/clock` `{"advance": s}` | the virtual clock: real time plus what was advanced |
| `GET /_mock/requests?operation=` | the request journal, oldest first, the key redacted |
| `POST /_mock/webhook-sink` | a webhook receiver: point `webhook_url` here |
| `GET /_mock/webhook-sink` | what it received (callbacks due are sent first) |

Bad control input is a 400 `{"message": ...}`, like the API's own refusals.
"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any

import anyio
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from vimmerse_mock.context import JSON, message
from vimmerse_mock.control import redact
from vimmerse_mock.page import render_page

if TYPE_CHECKING:
    from vimmerse_mock.app import MockApp

SINK = "/_mock/webhook-sink"


class _Bad(Exception):
    pass


async def _json_object(request: Request) -> dict[str, Any]:
    try:
        value = json.loads(await request.body() or b"{}")
    except ValueError:
        raise _Bad("INVALID_JSON") from None
    if not isinstance(value, dict):
        raise _Bad("EXPECTED_OBJECT")
    return value


def _number(value: Any) -> float:
    # Finite too: answers are written with orjson, which writes inf and NaN as null.
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < math.inf:
        raise _Bad("EXPECTED_NON_NEGATIVE_NUMBER")
    return float(value)


async def _deliver_due(app: MockApp, patience: float = 5.0) -> None:
    """Send the callbacks due now, and let the ones the background sender holds land."""
    await app.sender.run_once()
    with anyio.move_on_after(patience):
        while any(w["state"] == "sending" for w in app.store.webhooks()):
            await anyio.sleep(0.002)


async def control_route(app: MockApp, request: Request) -> Response | None:
    """The answer of a control route, or None for the mock's other own routes."""
    try:
        return await _route(app, request)
    except _Bad as exc:
        return message(400, str(exc))


async def _route(app: MockApp, request: Request) -> Response | None:
    path, method = request.url.path.rstrip("/") or "/", request.method
    if path == "/_mock" and method in ("GET", "HEAD"):
        return HTMLResponse(render_page(app))
    if path == SINK and method == "POST":
        raw = await request.body()
        try:
            parsed: Any = json.loads(raw)
        except ValueError:
            parsed = None
        headers = redact(list(request.headers.items()))
        app.control.delivered(
            {
                "at": app.clock.now(),
                "headers": headers,
                "json": parsed,
                "body": raw.decode("utf-8", "replace"),
            }
        )
        return JSON({"received": True})
    if path == SINK and method == "GET":
        await _deliver_due(app)
        return JSON({"deliveries": app.control.deliveries()})
    if path == "/_mock/requests" and method == "GET":
        return JSON({"requests": app.control.requests(request.query_params.get("operation"))})
    if path == "/_mock/clock" and method == "GET":
        return JSON({"now": app.clock.now(), "offset": getattr(app.clock, "offset", 0.0)})
    if method != "POST":
        return None
    if path == "/_mock/reset":
        app.reset()
        return JSON({"reset": True})
    body = await _json_object(request)
    if path == "/_mock/clock":
        app.advance(_number(body.get("advance", 0)))
        return JSON({"now": app.clock.now(), "offset": getattr(app.clock, "offset", 0.0)})
    if path == "/_mock/durations":
        for name, seconds in body.items():
            app.set_duration(str(name), _number(seconds))
        return JSON({"durations": app.settings.durations})
    if path == "/_mock/credits":
        key = request.headers.get(app.spec.api_key_header, "")
        if key not in app.settings.keys:
            return message(401, "UNAUTHORIZED")
        balance = body.get("balance")
        if isinstance(balance, bool) or not isinstance(balance, int) or balance < 0:
            raise _Bad("EXPECTED_NON_NEGATIVE_INTEGER")
        app.store.set_balance(key, balance, app.clock.now())
        return JSON({"balance": balance})
    if path == "/_mock/fail-next":
        try:
            app.fail_next(
                str(body.get("operation", "")),
                body.get("status", 500),
                body.get("body"),
                body.get("times", 1),
            )
        except ValueError as exc:
            raise _Bad(str(exc)) from None
        return JSON({"queued": True})
    return None
