"""The ASGI application: routes every spec operation, plus the mock's own file routes.

Per request: match the path against the spec (404 `{"message": "NOT_FOUND"}`; a known
path with another method is 405 with `Allow`), inject any fault, check the API key
(401 unless the operation's security allows anonymous calls), enforce the body limit
(413), validate (422), then run the operation's behaviour (by operationId) or answer
from its schema/examples. Bad input is always a 4xx; a 500 would be a mock bug.

Besides the spec's routes the mock serves:
- `GET /_mock/health`: readiness probe.
- `GET /_mock/credits` (with a key): the key's balance and ledger.
- `GET /_mock/webhooks`: the callback outbox and each callback's state.
- `GET /_mock/drift`: in drift mode, what the seed changes and what was changed (drift.py).
- `GET /files/...`: uploaded files and generated results (the URLs in `results`).
"""

from __future__ import annotations

import logging
import mimetypes
import os
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio
import httpx
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.types import Message, Receive, Scope, Send

from vimmerse_mock import assets, media
from vimmerse_mock.context import JSON, Ctx, Refused, Services, message
from vimmerse_mock.drift import Drift
from vimmerse_mock.faults import NOT_PROCESSED, DroppedConnection, Fault, Faults
from vimmerse_mock.files import Files, render
from vimmerse_mock.jobs import Clock, SystemClock
from vimmerse_mock.settings import Settings
from vimmerse_mock.spec import Operation, Spec, example, sample
from vimmerse_mock.store import Store
from vimmerse_mock.validation import BodyTooLarge, RequestInvalid, validate
from vimmerse_mock.webhooks import Sender

log = logging.getLogger("vimmerse_mock")
Handler = Callable[[Ctx], Awaitable[Response]]

# Behaviour attached by operationId; other operations answer from the spec.
BEHAVIOURS: dict[str, Handler] = {
    "upload_image": assets.upload_image,
    "upload_video": assets.upload_video,
    "estimate_image_credits": assets.estimate_image,
    "estimate_video_credits": assets.estimate_video,
    "get_asset": assets.get_asset,
    "create_media": media.create_media,
    "upload_media": media.upload_media,
    "create_media_from_prompt": media.create_media_from_prompt,
    "get_processing_status": media.get_processing_status,
    "get_media": media.get_media,
    "edit_media": media.edit_media,
    "process_media": media.process_media,
    "download_media": media.download_media,
}

_UPLOAD_FILE = re.compile(r"^/files/uploads/([0-9a-f]{32})/([^/]+)$")
_ASSET_FILE = re.compile(r"^/files/assets/([^/]+)/(\d{1,3})\.([a-z0-9]{3,4})$")
_MEDIA_FILE = re.compile(r"^/files/media/([^/]+)/(\d{1,4})/(\d{1,2})\.mp4$")


async def from_spec(ctx: Ctx) -> Response:
    """A spec-correct answer for an operation without behaviour: its first success."""
    status = min((s for s in ctx.op.responses if s.startswith("2")), default="200")
    content = (ctx.op.response(status) or {}).get("content", {})
    if "application/json" in content:
        found, value = example(content["application/json"])
        if not found:
            value = sample(content["application/json"].get("schema", {}), full=True)
        return JSON(value, status_code=int(status))
    if content:
        return Response(b"", status_code=int(status), media_type=next(iter(content)))
    return Response(status_code=int(status))


def behaviour(op: Operation) -> Handler:
    if op.operation_id in BEHAVIOURS:
        return BEHAVIOURS[op.operation_id]
    if assets.is_asset_job(op):
        return assets.generate
    return from_spec


def _limited(receive: Receive, limit: int) -> Receive:
    """Count body bytes as they stream in; past `limit` the request is refused (413)."""
    seen = 0

    async def wrapped() -> Message:
        nonlocal seen
        msg = await receive()
        if msg["type"] == "http.request":
            seen += len(msg.get("body", b""))
            if seen > limit:
                raise BodyTooLarge
        return msg

    return wrapped


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
        self.clock = clock or SystemClock()
        self.store = Store(self.settings.db_path)
        self.files = Files(Path(self.settings.data_dir) / "files")
        self.services = Services(self.settings, self.spec, self.store, self.files, self.clock)
        self.faults = Faults(self.settings)
        self.sender = Sender(self.store, self.settings, self.clock, webhook_transport)
        seed = self.settings.drift
        self.drift = None if seed is None else Drift(self.spec, seed)
        # Per operation, decided once: its behaviour and its body limit (uploads are larger).
        self._plans: dict[str, tuple[Handler, int]] = {
            op.operation_id: (
                behaviour(op),
                self.settings.max_upload_bytes
                if any(k.startswith("multipart/") for k in op.body)
                else self.settings.max_json_bytes,
            )
            for op in self.spec.operations
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        path: str = scope["path"]
        try:
            if path.startswith("/_mock/") or path.startswith("/files/"):
                response = await self._own_route(Request(scope, receive))
            else:
                response = await self._operation(scope, receive, send)
        except DroppedConnection:
            raise
        except BodyTooLarge:
            response = message(413, "PAYLOAD_TOO_LARGE")
        except Exception:
            log.exception("unhandled error in %s %s", scope.get("method"), path)
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
        request = Request(scope, _limited(receive, limit))
        try:
            return await self._run(op, handler, path_params, request, send, limit)
        finally:
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
        fault = self.faults.pick(request)
        if self.faults.latency:
            await anyio.sleep(self.faults.latency)
        if fault is not None and not fault.after:
            return await self._fault_before(fault, send)

        key = request.headers.get(self.spec.api_key_header, "")
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

    # ------------------------------------------------------------------ own routes
    async def _own_route(self, request: Request) -> Response:
        path = request.url.path
        if request.method not in ("GET", "HEAD"):
            return message(405, "METHOD_NOT_ALLOWED", {"Allow": "GET, HEAD"})
        if path == "/_mock/health":
            return JSON(
                {"status": "ok", "pid": os.getpid(), "operations": len(self.spec.operations)}
            )
        if path == "/_mock/credits":
            key = request.headers.get(self.spec.api_key_header, "")
            if key not in self.settings.keys:
                return message(401, "UNAUTHORIZED")
            balance = self.store.balance(key)
            return JSON(
                {
                    "balance": self.settings.starting_credits(key) if balance is None else balance,
                    "ledger": self.store.ledger(key),
                }
            )
        if path == "/_mock/drift":
            return JSON(self.drift.report() if self.drift else {"seed": None, "injected": []})
        if path == "/_mock/webhooks":
            return JSON({"webhooks": self.store.webhooks()})
        return await self._file(path)

    async def _file(self, path: str) -> Response:
        now = self.clock.now()
        if m := _UPLOAD_FILE.match(path):
            found = self.files.upload_path(m.group(1), m.group(2))
            if found is None:
                return message(404, "NOT_FOUND")
            mime = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
            return FileResponse(found, media_type=mime)
        if m := _ASSET_FILE.match(path):
            doc = self.store.get("asset", m.group(1))
            asset_file = doc and assets.result_file(doc[1], int(m.group(2)), m.group(3), now)
            if not asset_file:
                return message(404, "NOT_FOUND")
            key, mime, args = asset_file
            return FileResponse(await self._generated(key, args), media_type=mime)
        if m := _MEDIA_FILE.match(path):
            found_media = self.store.get("media", m.group(1))
            media_file = found_media and media.result_file(
                found_media[1], int(m.group(2)), int(m.group(3)), now
            )
            if not media_file:
                return message(404, "NOT_FOUND")
            key, args = media_file
            return FileResponse(await self._generated(key, args), media_type="video/mp4")
        return message(404, "NOT_FOUND")

    async def _generated(self, key: str, args: dict[str, Any]) -> Path:
        return await anyio.to_thread.run_sync(self.files.generated, key, lambda: render(**args))


class _HideDrops(logging.Filter):
    """An injected dropped connection is not a server error: keep it out of the log."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, DroppedConnection)


def create_app() -> MockApp:
    """uvicorn factory: every worker builds its app from VIMMERSE_MOCK_* variables."""
    logging.getLogger("uvicorn.error").addFilter(_HideDrops())
    return MockApp(Settings.from_env())
