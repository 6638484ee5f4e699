"""The test control over HTTP, under `/_mock/` (what `vimmerse.testing` does in-process).

| route | what |
|---|---|
| `GET /_mock/` | a web page: jobs with status and thumbnails, credits, requests, webhooks |
| `POST /_mock/reset` | forget every job, balance, request, failure and clock offset |
| `POST /_mock/credits` `{"balance": n}` | set the calling key's (`X-Api-Key`) balance, up to `max_credits` |
| `POST /_mock/fail-next` `{"operation", "status", "body"?, "times"?}` | the next `times` calls of that operationId answer `status` (or `"drop"`: the connection closes mid-answer) with `body` (default: the API's error body) |
| `POST /_mock/durations` `{"video": 600, "edit_image": 1}` | job durations in simulated seconds, by kind (image, video, media) or operationId |
| `GET /_mock/clock`, `POST /_mock/clock` `{"advance": s}` | the virtual clock: real time plus what was advanced |
| `POST /_mock/disk` `{"free": n or null}` | a fault: the disk and database take only `n` more bytes (null: no limit), in the worker that answers |
| `GET /_mock/requests?operation=` | the request journal, oldest first, the key redacted |
| `POST /_mock/webhook-sink` | a webhook receiver: point `webhook_url` here |
| `GET /_mock/webhook-sink` | what it received (callbacks due are sent first) |

Besides the control: `GET /_mock/health` (readiness), `GET /_mock/credits` (with a key:
its balance and ledger), `GET /_mock/webhooks` (the callback outbox and each callback's
state) and `GET /_mock/drift` (in drift mode, what the seed changes and what was changed).

Bad control input is a 400 `{"message": ...}`, like the API's own refusals. Who may call
which route (the Access column of ROUTES) is guard.py's: a caller with an API key sees
its own key's journal, webhooks and deliveries only.
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

from vimmerse_mock.context import JSON, customer_id, message
from vimmerse_mock.control import redact
from vimmerse_mock.page import render_page
from vimmerse_mock.state import Mock
from vimmerse_mock.webhook_urls import SINK

Endpoint = Callable[[Mock, Request], Awaitable[Response]]
# Who may call a route (guard.py): PROBE anyone, from anywhere; OPEN anyone on an allowed
# Host and origin; VIEW the same, each caller seeing its own key's data; CONTROL, with a
# control key set, only its holder.
PROBE, OPEN, VIEW, CONTROL = "probe", "open", "view", "control"


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


def _number(value: Any, most: float = math.inf) -> float:
    # Finite too: answers are written with orjson, which writes inf and NaN as null.
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < math.inf:
        raise Bad("EXPECTED_NON_NEGATIVE_NUMBER")
    if value > most:
        raise Bad(f"AT_MOST_{most:g}")
    return float(value)


def _owner(app: Mock, request: Request) -> str | None:
    """Whose data a view shows: None for everyone's, else the caller's key."""
    viewer = app.guard.viewer(request)
    return None if viewer.everything else viewer.key


async def _deliver_due(app: Mock, owner: str | None, patience: float = 5.0) -> None:
    """Send the callbacks due now, and let the ones the background sender holds land."""
    await app.sender.run_once()
    with anyio.move_on_after(patience):
        while any(w["state"] == "sending" for w in app.store.webhooks(owner=owner)):
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
    key = app.key_of(request)
    if key not in app.settings.keys:
        return message(401, "UNAUTHORIZED")
    balance = (await _json_object(request)).get("balance")
    if isinstance(balance, bool) or not isinstance(balance, int) or balance < 0:
        raise Bad("EXPECTED_NON_NEGATIVE_INTEGER")
    if balance > app.settings.max_credits:
        raise Bad(f"AT_MOST_{app.settings.max_credits}")
    app.store.set_balance(key, balance, app.clock.now())
    return JSON({"balance": balance})


async def drift(app: Mock, request: Request) -> Response:
    return JSON(app.drift.report() if app.drift else {"seed": None, "injected": []})


async def webhooks(app: Mock, request: Request) -> Response:
    return JSON({"webhooks": app.store.webhooks(owner=_owner(app, request))})


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
        },
        len(raw) + 2 * sum(len(k) + len(v) for k, v in request.headers.items()),
    )
    return JSON({"received": True})


async def sink_read(app: Mock, request: Request) -> Response:
    owner = _owner(app, request)
    await _deliver_due(app, owner)
    customer = None if owner is None else customer_id(owner)
    return JSON({"deliveries": app.control.deliveries(customer)})


async def requests(app: Mock, request: Request) -> Response:
    operation = request.query_params.get("operation")
    return JSON({"requests": app.control.requests(operation, owner=_owner(app, request))})


def _clock(app: Mock) -> Response:
    return JSON({"now": app.clock.now(), "offset": getattr(app.clock, "offset", 0.0)})


async def clock(app: Mock, request: Request) -> Response:
    return _clock(app)


async def advance(app: Mock, request: Request) -> Response:
    app.advance(
        _number((await _json_object(request)).get("advance", 0), app.settings.max_job_seconds)
    )
    return _clock(app)


async def reset(app: Mock, request: Request) -> Response:
    app.reset()
    return JSON({"reset": True})


async def durations(app: Mock, request: Request) -> Response:
    for name, seconds in (await _json_object(request)).items():
        app.set_duration(str(name), _number(seconds, app.settings.max_job_seconds))
    return JSON({"durations": app.settings.durations})


async def disk(app: Mock, request: Request) -> Response:
    free = (await _json_object(request)).get("free")
    app.set_disk_free(None if free is None else int(_number(free, 2**62)))
    return JSON({"free": free})


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


# The table: (path, methods, endpoint, access). A GET route answers HEAD too.
ROUTES: tuple[tuple[str, tuple[str, ...], Endpoint, str], ...] = (
    ("/_mock", ("GET",), page, CONTROL),
    ("/_mock/health", ("GET",), health, PROBE),
    ("/_mock/credits", ("GET",), credits, VIEW),  # the caller's own key only
    ("/_mock/credits", ("POST",), set_credits, VIEW),
    ("/_mock/drift", ("GET",), drift, OPEN),
    ("/_mock/webhooks", ("GET",), webhooks, VIEW),
    (SINK, ("POST",), sink_receive, OPEN),
    (SINK, ("GET",), sink_read, VIEW),
    ("/_mock/requests", ("GET",), requests, VIEW),
    ("/_mock/clock", ("GET",), clock, OPEN),
    ("/_mock/clock", ("POST",), advance, CONTROL),
    ("/_mock/reset", ("POST",), reset, CONTROL),
    ("/_mock/durations", ("POST",), durations, CONTROL),
    ("/_mock/fail-next", ("POST",), fail_next, CONTROL),
    ("/_mock/disk", ("POST",), disk, CONTROL),
)


def _guarded(endpoint: Endpoint, access: str) -> Endpoint:
    if access == PROBE:
        return endpoint

    async def checked(app: Mock, request: Request) -> Response:
        refused = app.guard.refusal(request, control=access == CONTROL)
        if refused is None and access == VIEW:
            viewer = app.guard.viewer(request)
            if not viewer.everything and viewer.key is None:  # shared, and no key sent
                refused = message(401, "UNAUTHORIZED")
        return refused or await endpoint(app, request)

    return checked


def routes() -> list[BaseRoute]:
    return [
        Route(path, _guarded(endpoint, access), methods=list(methods))
        for path, methods, endpoint, access in ROUTES
    ]
