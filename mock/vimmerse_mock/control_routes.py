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

Besides the control: `GET /_mock/health` (readiness), `GET /_mock/credits` (with a key:
its balance and ledger), `GET /_mock/webhooks` (the callback outbox and each callback's
state) and `GET /_mock/drift` (in drift mode, what the seed changes and what was changed).

Bad control input is a 400 `{"message": ...}`, like the API's own refusals.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Route

from vimmerse_mock.context import JSON, message
from vimmerse_mock.control import redact
from vimmerse_mock.page import render_page
from vimmerse_mock.state import Mock

SINK = "/_mock/webhook-sink"
Endpoint = Callable[[Mock, Request], Awaitable[Response]]


class Bad(Exception):
    """Bad control input: a 400 naming what was wrong."""


async def _json_object(request: Request) -> dict[str, Any]:
    try:
        value = json.loads(await request.body() or b"{}")
    except ValueError:
        raise Bad("INVALID_JSON") from None
    if not isinstance(value, dict):
        raise Bad("EXPECTED_OBJECT")
    return value


def _number(value: Any) -> float:
    # Finite too: answers are written with orjson, which writes inf and NaN as null.
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < math.inf:
        raise Bad("EXPECTED_NON_NEGATIVE_NUMBER")
    return float(value)


async def _deliver_due(app: Mock, patience: float = 5.0) -> None:
    """Send the callbacks due now, and let the ones the background sender holds land."""
    await app.sender.run_once()
    with anyio.move_on_after(patience):
        while any(w["state"] == "sending" for w in app.store.webhooks()):
            await anyio.sleep(0.002)


async def page(app: Mock, request: Request) -> Response:
    return HTMLResponse(render_page(app))


async def health(app: Mock, request: Request) -> Response:
    return JSON({"status": "ok", "pid": os.getpid(), "operations": len(app.spec.operations)})


async def credits(app: Mock, request: Request) -> Response:
    key = app.key_of(request)
    if key not in app.settings.keys:
        return message(401, "UNAUTHORIZED")
    balance = app.store.balance(key)
    return JSON(
        {
            "balance": app.settings.starting_credits(key) if balance is None else balance,
            "ledger": app.store.ledger(key),
        }
    )


async def set_credits(app: Mock, request: Request) -> Response:
    key = request.headers.get(app.spec.api_key_header, "")
    if key not in app.settings.keys:
        return message(401, "UNAUTHORIZED")
    balance = (await _json_object(request)).get("balance")
    if isinstance(balance, bool) or not isinstance(balance, int) or balance < 0:
        raise Bad("EXPECTED_NON_NEGATIVE_INTEGER")
    app.store.set_balance(key, balance, app.clock.now())
    return JSON({"balance": balance})


async def drift(app: Mock, request: Request) -> Response:
    return JSON(app.drift.report() if app.drift else {"seed": None, "injected": []})


async def webhooks(app: Mock, request: Request) -> Response:
    return JSON({"webhooks": app.store.webhooks()})


async def sink_receive(app: Mock, request: Request) -> Response:
    raw = await request.body()
    try:
        parsed: Any = json.loads(raw)
    except ValueError:
        parsed = None
    app.control.delivered(
        {
            "at": app.clock.now(),
            "headers": redact(list(request.headers.items()), app.spec.api_key_header),
            "json": parsed,
            "body": raw.decode("utf-8", "replace"),
        }
    )
    return JSON({"received": True})


async def sink_read(app: Mock, request: Request) -> Response:
    await _deliver_due(app)
    return JSON({"deliveries": app.control.deliveries()})


async def requests(app: Mock, request: Request) -> Response:
    return JSON({"requests": app.control.requests(request.query_params.get("operation"))})


def _clock(app: Mock) -> Response:
    return JSON({"now": app.clock.now(), "offset": getattr(app.clock, "offset", 0.0)})


async def clock(app: Mock, request: Request) -> Response:
    return _clock(app)


async def advance(app: Mock, request: Request) -> Response:
    app.advance(_number((await _json_object(request)).get("advance", 0)))
    return _clock(app)


async def reset(app: Mock, request: Request) -> Response:
    app.reset()
    return JSON({"reset": True})


async def durations(app: Mock, request: Request) -> Response:
    for name, seconds in (await _json_object(request)).items():
        app.set_duration(str(name), _number(seconds))
    return JSON({"durations": app.settings.durations})


async def fail_next(app: Mock, request: Request) -> Response:
    body = await _json_object(request)
    try:
        app.fail_next(
            str(body.get("operation", "")),
            body.get("status", 500),
            body.get("body"),
            body.get("times", 1),
        )
    except ValueError as exc:
        raise Bad(str(exc)) from None
    return JSON({"queued": True})


# The table: (path, methods, endpoint). A GET route answers HEAD too.
ROUTES: tuple[tuple[str, tuple[str, ...], Endpoint], ...] = (
    ("/_mock", ("GET",), page),
    ("/_mock/health", ("GET",), health),
    ("/_mock/credits", ("GET",), credits),
    ("/_mock/credits", ("POST",), set_credits),
    ("/_mock/drift", ("GET",), drift),
    ("/_mock/webhooks", ("GET",), webhooks),
    (SINK, ("POST",), sink_receive),
    (SINK, ("GET",), sink_read),
    ("/_mock/requests", ("GET",), requests),
    ("/_mock/clock", ("GET",), clock),
    ("/_mock/clock", ("POST",), advance),
    ("/_mock/reset", ("POST",), reset),
    ("/_mock/durations", ("POST",), durations),
    ("/_mock/fail-next", ("POST",), fail_next),
)


def routes() -> list[BaseRoute]:
    return [Route(path, endpoint, methods=list(methods)) for path, methods, endpoint in ROUTES]
