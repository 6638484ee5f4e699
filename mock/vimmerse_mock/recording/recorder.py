"""`vimmerse-mock --record UPSTREAM --recordings DIR`: a recording proxy.

Each request goes to UPSTREAM with the caller's own headers (its key among them) and
the caller gets what came back, unchanged. Each exchange of a spec route is written to
DIR (exchange.py) without its secrets (secrets.py). A GET that reads a job (the spec's
`x-vimmerse-job`, or a poll by its shape: roles.py) keeps the seconds since the answer
that first named the job, so replay can play the job's statuses on its own clock. The
URLs in a job's answers are downloaded and stored beside, as WireMock keeps `__files`;
only those the caller did not send itself (a webhook URL is the caller's, not a result),
and with the key only when the file is on UPSTREAM's own origin.
"""

from __future__ import annotations

import asyncio
import re
from typing import Any

import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from vimmerse_mock.context import message
from vimmerse_mock.control import VirtualClock
from vimmerse_mock.jobs import Clock
from vimmerse_mock.jobs import _strings as strings
from vimmerse_mock.recording.check import Checker
from vimmerse_mock.recording.exchange import HEALTH, Recordings, file_name
from vimmerse_mock.recording.normalise import read_body
from vimmerse_mock.recording.secrets import Secrets, without_userinfo
from vimmerse_mock.roles import role_of
from vimmerse_mock.spec import Operation, Spec

# Hop-by-hop (RFC 9110 7.6.1) or remade for each answer: never forwarded nor recorded.
_HOP = frozenset(
    {"connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding",
     "host", "te", "trailer", "upgrade", "proxy-connection", "accept-encoding"}
)  # fmt: skip
_NOT_RECORDED = frozenset({"date", "server"})  # change on every call: noise in a diff
_URL = re.compile(r"^https?://[^\s]+$")
_TIMEOUT = httpx.Timeout(600.0, connect=10.0)  # a synchronous generation takes minutes
# Roles whose answers make or carry result files (a job, a media, its status).
_NO_FILES = frozenset({"text", "estimate", "example"})


def job_read(op: Operation) -> bool:
    """A GET that reads a job by the id in its path: the spec's x-vimmerse-job, or a poll."""
    return bool(op.job_reads) or role_of(op).name in ("poll", "media-status")


class Recorder:
    """The ASGI app of `--record`."""

    def __init__(
        self,
        upstream: str,
        recordings: Recordings,
        spec: Spec,
        *,
        clock: Clock | None = None,
        rewrite: bool = False,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.upstream = httpx.URL(upstream.rstrip("/"))
        self.recordings = recordings
        self.spec = spec
        self.clock: Clock = clock or VirtualClock()  # real time, unless a test gives its own
        self.secrets = Secrets(spec.doc)
        self.checker = Checker(spec.raw, "recordings of " + without_userinfo(upstream))
        self._transport = transport
        self._http: httpx.AsyncClient | None = None
        self._lock = asyncio.Lock()
        self._named: dict[str, tuple[float, str]] = {}  # a string -> (when, exchange) first named
        self._stored: dict[str, str] = {}  # result URL -> stored file
        if rewrite:
            recordings.clear()
        self._number = recordings.next_number()

    @property
    def http(self) -> httpx.AsyncClient:
        if self._http is None:
            self._http = httpx.AsyncClient(
                transport=self._transport, timeout=_TIMEOUT, follow_redirects=False
            )
        return self._http

    async def aclose(self) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await receive()
            await send({"type": "lifespan.startup.complete"})
            await receive()
            await self.aclose()
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        if scope["path"] == HEALTH:
            response: Response = JSONResponse({"status": "ok"})
        else:
            response = await self._forward(Request(scope, receive))
        await response(scope, receive, send)

    async def _forward(self, request: Request) -> Response:
        raw = await request.body()
        pairs = list(request.headers.items())
        self.secrets.remember_headers(pairs)
        url = self.upstream.copy_with(
            raw_path=(self.upstream.raw_path.rstrip(b"/") + request.scope["raw_path"])
            + (b"?" + request.scope["query_string"] if request.scope["query_string"] else b"")
        )
        try:
            answer = await self.http.request(
                request.method,
                url,
                content=raw,
                headers=[(k, v) for k, v in pairs if k.lower() not in _HOP],
            )
        except httpx.HTTPError as exc:
            return message(502, f"UPSTREAM_UNREACHABLE: {type(exc).__name__}")
        headers = [(k, v) for k, v in answer.headers.multi_items() if k.lower() not in _HOP]
        op = self._operation(request.method, request.url.path)
        if op is not None:
            await self._record(op, request, raw, answer)
        return Response(answer.content, answer.status_code, headers=dict(headers))

    def _operation(self, method: str, path: str) -> Operation | None:
        return next((op for op, _ in self.spec.match(path) if op.method == method.upper()), None)

    async def _record(
        self, op: Operation, request: Request, raw: bytes, answer: httpx.Response
    ) -> None:
        s = self.secrets
        sent = {
            "method": request.method,
            "path": request.url.path,
            "query": s.query_of(request.query_params.multi_items()),
            "headers": {k: v for k, v in s.headers_of(request.headers.items()).items()
                        if k not in _HOP},
            "body": await read_body(request.headers.get("content-type", ""), raw, s),
        }  # fmt: skip
        headers = {
            k: v for k, v in s.headers_of(answer.headers.multi_items()).items()
            if k not in _HOP and k not in _NOT_RECORDED
        }  # fmt: skip
        response: dict[str, Any] = {"status": answer.status_code, "headers": headers}
        kind = answer.headers.get("content-type", "").split(";")[0].strip().lower()
        value: Any = None
        if kind.endswith("json"):
            try:
                value = s.value(answer.json())
                response["body"] = {"json": value}
            except ValueError:
                pass
        if "body" not in response and answer.content:
            if kind.startswith("text/"):
                response["body"] = {"text": s.url_text(answer.text)}
            else:
                content = s.scrub_bytes(answer.content)
                response["body"] = {"file": self.recordings.store(content, kind)}
        data: dict[str, Any] = {"operation": op.operation_id, "request": sent, "response": response}
        async with self._lock:  # numbering and the job table follow the order of answers
            name = file_name(self._number, op.operation_id)
            self._number += 1
            now = self.clock.now()
            if job_read(op) and op.pattern.match(request.url.path):
                params = op.pattern.match(request.url.path).groupdict()  # type: ignore[union-attr]
                job_id = next(iter(params.values()), "")
                when, submit = self._named.get(job_id, (now, name))
                self._named.setdefault(job_id, (when, submit))
                data["job"] = {"id": job_id, "since_submit": round(now - when, 6), "submit": submit}
            elif value is not None:
                for text in strings(value):
                    if len(text) <= 200:
                        self._named.setdefault(text, (now, name))
        if value is not None and role_of(op).name not in _NO_FILES:
            key = (
                request.headers.get(self.spec.api_key_header, "")
                if self.spec.api_key_header
                else ""
            )
            files = await self._results(value, sent, key)
            if files:
                data["files"] = files
        self.recordings.write(name, data, s)
        self.checker.observe(request.method, request.url.path, response)

    async def _results(self, value: Any, sent: dict[str, Any], key: str) -> dict[str, str]:
        """Download the result URLs of an answer (once each): URL -> stored file."""
        theirs = set(strings(sent["body"])) | set(strings(sent["query"]))
        out: dict[str, str] = {}
        for url in dict.fromkeys(strings(value)):
            if not _URL.match(url) or url in theirs:
                continue
            if url not in self._stored:
                stored = await self._download(url, key)
                if stored is None:
                    continue
                self._stored[url] = stored
            out[url] = self._stored[url]
        return out

    async def _download(self, url: str, key: str) -> str | None:
        target = httpx.URL(url)
        same = (target.scheme, target.host, target.port) == (
            self.upstream.scheme, self.upstream.host, self.upstream.port
        )  # fmt: skip
        # The key goes to the API's own origin only, never to a file host elsewhere.
        headers = {self.spec.api_key_header: key} if same and key else {}
        try:
            answer = await self.http.get(url, headers=headers, follow_redirects=True)
        except httpx.HTTPError:
            return None
        if not answer.is_success:
            return None
        kind = answer.headers.get("content-type", "application/octet-stream")
        return self.recordings.store(self.secrets.scrub_bytes(answer.content), kind)
