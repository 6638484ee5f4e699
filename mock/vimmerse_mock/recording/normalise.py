"""Requests as the spec reads them, so that a replayed request matches its recording.

Two requests are the same call when their method, path, query and body are, once each is
read as the server reads it: field order does not matter, and a field (or query
parameter) the caller left out counts as its spec default, the value the server would
use. An upload's file counts by its digest. `differences` says what keeps two requests
apart, for the 404 that names the closest recording.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import Request

from vimmerse_mock.recording.secrets import Secrets
from vimmerse_mock.spec import Operation

Key = dict[str, Any]  # method, path, query, body: the canonical form of a request
_MISMATCH_PATH = 100  # another method or path weighs more than any number of field changes


async def read_body(content_type: str, raw: bytes, secrets: Secrets) -> dict[str, Any]:
    """A request body in the recording format (see exchange.py), secrets redacted."""
    if not raw:
        return {}
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/json" or kind.endswith("+json"):
        try:
            return {"json": secrets.value(json.loads(raw))}
        except ValueError:
            pass
    elif kind in ("multipart/form-data", "application/x-www-form-urlencoded"):
        return await _form(content_type, raw, secrets)
    return {"sha256": hashlib.sha256(raw).hexdigest(), "size": len(raw)}


async def _form(content_type: str, raw: bytes, secrets: Secrets) -> dict[str, Any]:
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": raw, "more_body": False}

    scope = {
        "type": "http",
        "method": "POST",
        "headers": [(b"content-type", content_type.encode())],
    }
    fields: dict[str, Any] = {}
    files: dict[str, Any] = {}
    async with Request(scope, receive).form() as form:
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                content = await value.read()
                files[name] = {
                    "filename": value.filename,
                    "size": len(content),
                    "sha256": hashlib.sha256(content).hexdigest(),
                }
            else:
                fields[name] = secrets.value(value)
    return {"form": fields, "files": files}


def _default_text(value: Any) -> str:
    """A default as a form or query field carries it: text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else json.dumps(value)


def with_defaults(schema: Any, value: Any) -> Any:
    """`value` with every documented default it left out filled in, at any depth."""
    if not isinstance(schema, dict) or not isinstance(value, dict):
        return value
    out = dict(value)
    for part in schema.get("allOf", []):
        out = with_defaults(part, out)
    for name, sub in (schema.get("properties") or {}).items():
        if not isinstance(sub, dict):
            continue
        if name in out:
            out[name] = with_defaults(sub, out[name])
        elif "default" in sub:
            out[name] = sub["default"]
    return out


def key(op: Operation | None, request: dict[str, Any]) -> Key:
    """The canonical form of a recorded (or incoming) request."""
    query = {k: list(v) for k, v in (request.get("query") or {}).items()}
    body = dict(request.get("body") or {})
    if op is not None:
        for param in op.parameters:
            if param.location == "query" and param.name not in query and "default" in param.schema:
                query[param.name] = [_default_text(param.schema["default"])]
        if "json" in body:
            schema = (op.body.get("application/json") or {}).get("schema")
            body["json"] = with_defaults(schema, body["json"])
        if "form" in body:
            form = next((m for k, m in op.body.items() if "form" in k), {})
            props = (form.get("schema") or {}).get("properties") or {}
            fields = dict(body["form"])
            sent = {*fields, *(body.get("files") or {})}
            for name, sub in props.items():
                if name not in sent and isinstance(sub, dict) and "default" in sub:
                    fields[name] = _default_text(sub["default"])
            body["form"] = fields
        if "files" in body:  # a file is its content: its name on the caller's disk is not
            body["files"] = {k: f.get("sha256") for k, f in body["files"].items()}
    return {
        "method": str(request.get("method", "")).upper(),
        "path": str(request.get("path", "")),
        "query": {k: sorted(v) for k, v in sorted(query.items())},
        "body": body,
    }


def canonical(k: Key) -> str:
    return json.dumps(k, sort_keys=True, separators=(",", ":"))


def _walk(recorded: Any, sent: Any, where: str) -> Iterator[str]:
    if isinstance(recorded, dict) and isinstance(sent, dict):
        for name in sorted(set(recorded) | set(sent), key=str):
            here = f"{where}.{name}" if where else str(name)
            if name not in sent:
                yield f"{here}: recorded {_short(recorded[name])}, not sent"
            elif name not in recorded:
                yield f"{here}: sent {_short(sent[name])}, not recorded"
            else:
                yield from _walk(recorded[name], sent[name], here)
    elif recorded != sent:
        yield f"{where}: recorded {_short(recorded)}, sent {_short(sent)}"


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def differences(recorded: Key, sent: Key) -> tuple[int, list[str]]:
    """(distance, what differs): another method or path is further than any field."""
    found = list(_walk(recorded, sent, ""))
    far = sum(_MISMATCH_PATH for f in found if f.startswith(("method:", "path:")))
    return far + len(found), found
