"""`vimmerse-mock --replay DIR`: serve recorded exchanges, the upstream long gone.

A request is served the recording it matches (normalise.py). Identical requests recorded
several times are answered in the order they were recorded, the last one again once they
run out (as VCR.py and WireMock's scenarios do). A job's polls are also held to its clock:
poll N is not answered before its recorded time since the job's submit has passed on the
mock's clock (the virtual one in tests), the previous status is answered until then; so a
job's statuses come in the recorded order, none skipped. The URLs of result files point at
the stored copies, under `/_recordings/files/`. A request no recording matches is a 404
that names the closest recording and what differs, unless a fallback app answers it
(`--replay-fallback stateful`: the stateful mock). The answers are checked against the
spec once, as they are loaded (`GET /_recordings/drift` is the report).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from vimmerse_mock.context import JSON, base_url_of
from vimmerse_mock.control import VirtualClock
from vimmerse_mock.jobs import Clock
from vimmerse_mock.recording.check import Checker, log
from vimmerse_mock.recording.exchange import FILES, HEALTH, PREFIX, Exchange, Recordings
from vimmerse_mock.recording.normalise import Key, canonical, differences, key, read_body
from vimmerse_mock.recording.secrets import Secrets
from vimmerse_mock.spec import Operation, Spec

FILES_ROUTE = f"{PREFIX}/{FILES}/"


@dataclass
class _Group:
    """The recordings of one request, in recorded order, and how many were served."""

    key: Key
    exchanges: list[Exchange] = field(default_factory=list)
    served: int = 0
    first_poll: float | None = None


class Replayer:
    """The ASGI app of `--replay`."""

    def __init__(
        self,
        recordings: Recordings,
        spec: Spec,
        *,
        clock: Clock | None = None,
        fallback: ASGIApp | None = None,
    ) -> None:
        self.recordings = recordings
        self.spec = spec
        self.clock: Clock = clock or VirtualClock()  # real time, unless a test gives its own
        self.fallback = fallback
        self.secrets = Secrets(spec.doc)
        self.groups: dict[str, _Group] = {}
        exchanges = recordings.exchanges()
        for exchange in exchanges:
            request = exchange.request
            k = key(self._operation(request["method"], request["path"]), request)
            self.groups.setdefault(canonical(k), _Group(k)).exchanges.append(exchange)
        self.checker = Checker(spec.raw, f"recordings in {recordings.root}")
        report = self.checker.observe_all(exchanges)
        if report.drift:
            log.warning(
                "the recordings in %s differ from the spec:\n%s", recordings.root, report.text()
            )
        self._served_at: dict[str, float] = {}

    def reset(self) -> None:
        """Every recording unplayed again (a test's fresh start)."""
        for group in self.groups.values():
            group.served, group.first_poll = 0, None
        self._served_at.clear()

    def _operation(self, method: str, path: str) -> Operation | None:
        return next((op for op, _ in self.spec.match(path) if op.method == method.upper()), None)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            if self.fallback is not None:
                await self.fallback(scope, receive, send)
                return
            await receive()
            await send({"type": "lifespan.startup.complete"})
            await receive()
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        path: str = scope["path"]
        if path.startswith(FILES_ROUTE):
            stored = path[len(FILES_ROUTE) :].split("/", 1)[0]  # then the URL's own file name
            found = self.recordings.path_of(FILES + "/" + stored)
            response: Response = FileResponse(found) if found else _not_found("NOT_RECORDED")
        elif path == HEALTH:
            response = JSONResponse({"status": "ok"})
        elif path == f"{PREFIX}/drift":
            response = JSONResponse(self.checker.report.to_json())
        else:
            request = Request(scope, receive)
            raw = await request.body()
            sent = {
                "method": request.method,
                "path": path,
                "query": self.secrets.query_of(request.query_params.multi_items()),
                "body": await read_body(request.headers.get("content-type", ""), raw, self.secrets),
            }
            k = key(self._operation(request.method, path), sent)
            group = self.groups.get(canonical(k))
            if group is None and self.fallback is not None:
                await self.fallback(scope, _replay_body(raw), send)
                return
            response = self._answer(group, request) if group else self._unmatched(k)
        await response(scope, receive, send)

    def _pick(self, group: _Group) -> Exchange:
        now = self.clock.now()
        items = group.exchanges
        if group.served >= len(items):
            return items[-1]
        chosen = items[group.served]
        job = chosen.job
        if job is not None and group.served > 0:
            submit = self._served_at.get(str(job.get("submit")))
            if group.first_poll is None:
                group.first_poll = now
            origin = submit if submit is not None else group.first_poll
            if now - origin < float(job.get("since_submit", 0)):
                return items[group.served - 1]  # its time has not come: the status before
        if job is not None and group.first_poll is None:
            group.first_poll = now
        group.served += 1
        self._served_at[chosen.name] = now
        return chosen

    def _answer(self, group: _Group, request: Request) -> Response:
        exchange = self._pick(group)
        recorded = exchange.response
        headers = {k: v for k, v in (recorded.get("headers") or {}).items() if k != "content-type"}
        headers["x-recording"] = exchange.name
        status = int(recorded["status"])
        body = recorded.get("body") or {}
        kind = str((recorded.get("headers") or {}).get("content-type", "application/json"))
        if "json" in body:
            files = exchange.files
            value = body["json"]
            if files:
                base = base_url_of(request) + PREFIX + "/"
                value = _rewrite(
                    value, {url: base + name + _tail(url) for url, name in files.items()}
                )
            return JSON(value, status_code=status, headers=headers)
        if "text" in body:
            return Response(str(body["text"]), status, headers=headers, media_type=kind)
        if "file" in body:
            found = self.recordings.path_of(str(body["file"]))
            if found is not None:
                return Response(found.read_bytes(), status, headers=headers, media_type=kind)
        return Response(b"", status, headers=headers)

    def _unmatched(self, sent: Key) -> Response:
        best: tuple[int, list[str], str] | None = None
        for group in self.groups.values():
            distance, what = differences(group.key, sent)
            if best is None or distance < best[0]:
                best = (distance, what, group.exchanges[0].name)
        where = f"{sent['method']} {sent['path']}"
        if best is None:
            return _not_found(f"NOT_RECORDED: no recording matches {where} (none recorded)")
        _, what, name = best
        text = f"NOT_RECORDED: no recording matches {where}; the closest is {name}: " + "; ".join(
            what[:5]
        )
        return JSONResponse(
            {"message": text, "closest": name, "differs": what},
            status_code=404,
            headers={"x-recording-closest": name},
        )


def _not_found(text: str) -> Response:
    return JSONResponse({"message": text}, status_code=404)


def _tail(url: str) -> str:
    """The file name a result URL ends with: what a download names its file after."""
    name = urlsplit(url).path.rsplit("/", 1)[-1]
    return "/" + name if name else ""


def _rewrite(value: Any, urls: dict[str, str]) -> Any:
    if isinstance(value, str):
        return urls.get(value, value)
    if isinstance(value, dict):
        return {k: _rewrite(v, urls) for k, v in value.items()}
    if isinstance(value, list):
        return [_rewrite(v, urls) for v in value]
    return value


def _replay_body(raw: bytes) -> Receive:
    """A `receive` that gives the body again, for the fallback app (it was read here)."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": raw, "more_body": False}

    return receive


__all__ = ["PREFIX", "Replayer"]
