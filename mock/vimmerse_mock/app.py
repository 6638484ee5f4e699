"""The ASGI application: routes every spec operation, plus the mock's own file routes.

Per request: match the path against the spec (404 `{"message": "NOT_FOUND"}`; a known
path with another method is 405 with `Allow`), inject any fault, check the API key
(401 unless the operation's security allows anonymous calls), enforce the body limit
(413) and the body's idle timeout (408), validate (422), then run the behaviour of the
operation's role, classified once from the spec (roles.py, behaviours.py). Bad input is always a
4xx; a 500 would be a mock bug. A client gone mid-request gets no answer and no log line.

Besides the spec's routes the mock serves its own (`/_mock/...`, `/files/...`), one
routing table in own_routes.py: the control and probes (control_routes.py), a web page
(page.py) and the uploaded and generated files (file_routes.py).
"""

from __future__ import annotations

import asyncio
import functools
import gc
import logging
import traceback
from pathlib import Path
from typing import Any

import anyio
import httpx
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from vimmerse_mock.behaviours import Handler, behaviour
from vimmerse_mock.context import JSON, Ctx, Refused, Services, message
from vimmerse_mock.control import DROP, Control, VirtualClock, default_body, redact
from vimmerse_mock.drift import Drift
from vimmerse_mock.faults import NOT_PROCESSED, DroppedConnection, Fault, Faults
from vimmerse_mock.files import Files, storage_full
from vimmerse_mock.guard import Guard
from vimmerse_mock.jobs import Clock
from vimmerse_mock.own_routes import PREFIXES as OWN_PREFIXES
from vimmerse_mock.own_routes import OwnRoutes
from vimmerse_mock.settings import Settings
from vimmerse_mock.settings import seconds as settings_seconds
from vimmerse_mock.spec import Operation, Spec
from vimmerse_mock.store import Store
from vimmerse_mock.validation import (
    BodyTimeout,
    BodyTooLarge,
    RequestInvalid,
    parse_json,
    validate,
)
from vimmerse_mock.webhooks import Sender

log = logging.getLogger("vimmerse_mock")


def _limited(receive: Receive, limit: int, idle: float, keep: bytearray | None = None) -> Receive:
    """Count body bytes as they stream in; past `limit` the request is refused (413), and
    a client silent for `idle` seconds mid-body gets a 408 rather than a worker forever.

    `keep` collects a JSON body for the journal (an upload's bytes are not kept).
    """
    seen = 0
    # uvicorn's receive() returns at once when the body has already arrived (a small
    # request's usually comes with its head): then it needs no timer, which cost ~3 % of
    # the mock's CPU per POST. Without uvicorn's attribute, every read is timed.
    arrived = getattr(getattr(receive, "__self__", None), "message_event", None)

    async def wrapped() -> Message:
        nonlocal seen
        if isinstance(arrived, asyncio.Event) and arrived.is_set():
            msg = await receive()
        else:
            try:
                async with asyncio.timeout(idle):
                    msg = await receive()
            except TimeoutError:
                raise BodyTimeout from None
        if msg["type"] == "http.request":
            chunk = msg.get("body", b"")
            seen += len(chunk)
            if seen > limit:
                raise BodyTooLarge
            if keep is not None and len(keep) < _JOURNAL_BODY:
                keep.extend(chunk[: _JOURNAL_BODY - len(keep)])
        return msg

    return wrapped


_JOURNAL_BODY = 1024 * 1024  # the most of a body the journal keeps


def _is_json(content_type: bytes) -> bool:
    kind = content_type.split(b";", 1)[0].strip().lower()
    return kind == b"application/json" or kind.endswith(b"+json")


def _entry(scope: Scope, request: Request, body: bytearray | None) -> tuple[Any, ...]:
    """What the journal keeps of one request, raw: `describe` makes its entry when read.

    Most journals are never read: building each entry (headers redacted, query and body
    parsed) was ~9 % of the mock's CPU per request under load (make bench, py-spy). A tuple
    of bytes and strings is also nothing for the garbage collector to scan (10,000 entries
    of dicts were most of its full collections). A form's summary is taken now: the form
    (parsed by validation) and its spooled files go with the request.
    """
    form = getattr(request, "_form", None)
    fields = (
        None
        if form is None
        else {
            k: v if isinstance(v, str) else {"filename": v.filename, "size": v.size}
            for k, v in form.multi_items()
        }
    )
    server = scope.get("server")
    head = (
        scope["method"],
        scope.get("scheme", "http"),
        None if server is None else tuple(server),
        scope["path"],
        scope.get("query_string", b""),
        tuple(scope["headers"]),
    )
    return head, bytes(body) if body else None, fields


_ENTRY_SCOPE = ("method", "scheme", "server", "path", "query_string", "headers")


def describe(raw: tuple[Any, ...], key_header: str) -> dict[str, Any]:
    """A journal entry as `GET /_mock/requests` shows it: the key (in the spec's
    `key_header`) redacted, the body parsed."""
    head, sent, fields = raw
    seen = Request({"type": "http", **dict(zip(_ENTRY_SCOPE, head, strict=True))})
    parsed: Any = fields
    if _is_json(seen.headers.get("content-type", "").encode()) and sent:
        parsed = parse_json(sent)[0]  # None when it is not JSON at all
    return {
        "method": seen.method,
        "path": seen.url.path,
        "query": dict(seen.query_params),
        "headers": redact([(k, v) for k, v in seen.headers.items()], key_header),
        "json": parsed,
    }


class MockApp:
    def __init__(
        self,
        settings: Settings | None = None,
        *,
        clock: Clock | None = None,
        spec: Spec | None = None,
        webhook_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.settings = settings or Settings.from_env()
        self.spec = spec or Spec.load(self.settings.spec_path)
        # Real time unless a test advances it (`POST /_mock/clock`).
        self.clock: Clock = clock or VirtualClock()
        self.control = Control(
            self.settings.journal_size,
            functools.partial(describe, key_header=self.spec.api_key_header),
            self.settings.journal_bytes,
        )
        self.guard = Guard(self.settings, self.spec.api_key_header)
        self._durations = dict(self.settings.durations)
        self.store = Store(self.settings.db_path)
        self.files = Files(Path(self.settings.data_dir) / "files", self.store.secret())
        self.set_disk_free(self.settings.disk_free)
        self.services = Services(self.settings, self.spec, self.store, self.files, self.clock)
        self.faults = Faults(self.settings)
        self.sender = Sender(self.store, self.settings, self.clock, webhook_transport)
        seed = self.settings.drift
        self.drift = None if seed is None else Drift(self.spec, seed)
        self.own = OwnRoutes(self)
        # Per operation, decided once: its behaviour and its body limit (uploads are larger).
        self._plans: dict[str, tuple[Handler, int]] = {
            op.operation_id: (
                behaviour(op),  # its role, classified now: a spec it cannot serve fails here
                self.settings.max_upload_bytes
                if any(k.startswith("multipart/") for k in op.body)
                else self.settings.max_json_bytes,
            )
            for op in self.spec.operations
        }

    def reset(self) -> None:
        """A fresh start without a restart: no jobs, credits, journal, failures or offset."""
        self.store.reset()
        self.control.reset()
        self.settings.durations = dict(self._durations)
        reset = getattr(self.clock, "reset", None)
        if callable(reset):
            reset()

    def advance(self, seconds: float) -> None:
        """Move the virtual clock on: jobs, progress and webhooks see the time pass."""
        advance = getattr(self.clock, "advance", None)
        if not callable(advance):
            raise TypeError("this mock's clock cannot be advanced")
        advance(seconds)

    def set_duration(self, kind_or_operation: str, seconds: float) -> None:
        known = {op.operation_id for op in self.spec.operations} | set(self._durations)
        if kind_or_operation not in known:
            raise ValueError(f"no job kind or operationId {kind_or_operation!r}")
        self.settings.durations[kind_or_operation] = settings_seconds(max(0.0, float(seconds)))

    def set_disk_free(self, free: int | None) -> None:
        """A fault: the files and the database take only `free` more bytes (None: lift it)."""
        self.settings.disk_free = free
        self.files.disk_free = free
        self.store.limit_growth(free)

    def fail_next(
        self, operation: str, status: int | str = 500, body: Any = None, times: int = 1
    ) -> None:
        if not any(op.operation_id == operation for op in self.spec.operations):
            raise ValueError(f"no operationId {operation!r} in the spec")
        if not isinstance(times, int) or isinstance(times, bool):
            raise ValueError("times must be an integer")
        self.control.fail_next(operation, status, body, times)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] == "websocket":  # no route speaks it: refused before the handshake
            await send({"type": "websocket.close", "code": 1008})
            return
        if scope["type"] != "http":
            return
        path: str = scope["path"]
        try:
            if path.startswith(OWN_PREFIXES):
                limit, idle = self.settings.max_control_bytes, self.settings.read_timeout
                request = Request(scope, _limited(receive, limit, idle))
                length = request.headers.get("content-length", "")
                if length.isdigit() and int(length) > limit:
                    raise BodyTooLarge
                response = await self.own.answer(request)
            else:
                response = await self._operation(scope, receive, send)
        except DroppedConnection:
            raise
        except ClientDisconnect:
            return  # the client left mid-request: there is no one to answer
        except BodyTooLarge:
            response = message(413, "PAYLOAD_TOO_LARGE")
        except BodyTimeout:
            response = message(408, "REQUEST_TIMEOUT", {"Connection": "close"})
        except Exception as exc:
            if storage_full(exc):
                # Nothing was committed (a write's transaction rolled back, a file was never
                # renamed into place): the caller may send it again once there is room.
                retry = {"Retry-After": str(self.settings.retry_after)}
                response = message(507, "INSUFFICIENT_STORAGE", retry)
            else:
                # A mock bug. The last frames say where; a deep recursion's thousand would not.
                trace = "".join(traceback.format_exception(exc, limit=-20))
                log.error(
                    "unhandled error in %s %s\n%s", scope.get("method"), path, trace[-20_000:]
                )
                response = message(500, "INTERNAL_ERROR")
        await response(scope, receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        await receive()  # lifespan.startup
        async with anyio.create_task_group() as tasks:
            if self.settings.webhook_poll > 0:
                tasks.start_soon(self.sender.run_forever)
            await send({"type": "lifespan.startup.complete"})
            await receive()  # lifespan.shutdown
            tasks.cancel_scope.cancel()
        await send({"type": "lifespan.shutdown.complete"})

    # ------------------------------------------------------------------ spec routes
    async def _operation(self, scope: Scope, receive: Receive, send: Send) -> Response:
        method: str = scope["method"].upper()
        matches = self.spec.match(scope["path"])
        if not matches:
            return message(404, "NOT_FOUND")
        chosen = next(((op, params) for op, params in matches if op.method == method), None)
        if chosen is None:
            # Like Starlette's router: the first (most literal) matching path answers.
            best = matches[0][0].path
            allowed = ", ".join(sorted({op.method for op, _ in matches if op.path == best}))
            return message(405, "METHOD_NOT_ALLOWED", {"Allow": allowed})
        op, path_params = chosen
        handler, limit = self._plans[op.operation_id]
        journal = self.control.journaling
        content_type = next((v for k, v in scope["headers"] if k == b"content-type"), b"")
        seen = bytearray() if journal and _is_json(content_type) else None
        request = Request(scope, _limited(receive, limit, self.settings.read_timeout, seen))
        status: int | str = DROP
        try:
            response = await self._run(op, handler, path_params, request, send, limit)
            status = response.status_code
            return response
        finally:
            if journal:
                size = len(seen or b"") + sum(len(k) + len(v) for k, v in scope["headers"])
                owner = self.key_of(request)
                self.control.record(
                    op.operation_id, status, _entry(scope, request, seen), owner, size
                )
            await request.close()  # removes spooled upload files

    async def _run(
        self,
        op: Operation,
        handler: Handler,
        path_params: dict[str, str],
        request: Request,
        send: Send,
        limit: int,
    ) -> Response:
        injected = self.control.take_failure(op.operation_id)
        if injected is not None:  # a test's `fail_next`: nothing else happens
            await request.body()  # read, so the journal shows what was sent
            if injected.status == DROP:
                await self._drop(send, 200)
            code = int(injected.status)
            return JSON(default_body(code) if injected.body is None else injected.body, code)
        fault = self.faults.pick(request)
        if self.faults.latency:
            await anyio.sleep(self.faults.latency)
        if fault is not None and not fault.after:
            return await self._fault_before(fault, send)

        key = self.key_of(request)
        if key not in self.settings.keys:
            if not op.anonymous:
                return message(401, "UNAUTHORIZED")
            key = ""
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            return message(413, "PAYLOAD_TOO_LARGE")

        try:
            args = await validate(op, request, path_params, self.settings.max_json_bytes)
            ctx = Ctx(self.services, op, request, args, key)
            response = await handler(ctx)
        except RequestInvalid as exc:
            response = JSON(exc.body(), status_code=422)
        except Refused as exc:
            response = message(exc.status, exc.text)
        if self.drift is not None:
            response = self.drift.apply(op, response)

        if fault is not None:  # it strikes after the operation took effect
            if fault.kind == "drop":
                await self._drop(send, response.status_code)
            return message(503, "SERVICE_UNAVAILABLE")
        return response

    def key_of(self, request: Request) -> str:
        # Whitespace around a header value is not part of it (RFC 9110 5.5); h11 strips it,
        # httptools does not.
        return request.headers.get(self.spec.api_key_header, "").strip(" \t")

    async def _fault_before(self, fault: Fault, send: Send) -> Response:
        retry = {"Retry-After": str(self.settings.retry_after)}
        if fault.kind == "429":
            return message(429, "TOO_MANY_REQUESTS", retry)
        if fault.kind == "503":
            return message(503, NOT_PROCESSED, retry)
        await self._drop(send, 200)
        raise AssertionError("unreachable")

    async def _drop(self, send: Send, status: int) -> None:
        """Start a response, send part of it, and let the server close the connection."""
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"64")],
            }
        )
        await send({"type": "http.response.body", "body": b'{"data":', "more_body": True})
        raise DroppedConnection


class _HideDrops(logging.Filter):
    """An injected dropped connection is not a server error: keep it out of the log."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, DroppedConnection)


def create_app() -> MockApp:
    """uvicorn factory: every worker builds its app from VIMMERSE_MOCK_* variables."""
    logging.getLogger("uvicorn.error").addFilter(_HideDrops())
    app = MockApp(Settings.from_env())
    # What start-up built (the spec, its schemas and validators: ~100,000 objects) lives
    # as long as the process: out of the collector's sight, a full collection scans only
    # what requests made. They were ~8 % of the mock's CPU under load.
    gc.freeze()
    return app
