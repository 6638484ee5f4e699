"""Call the spec's safe operations on a server and report how its answers differ.

Only operations marked `x-vimmerse-safe: true` are called, each once per request example
in the spec (or once, if it takes no body); a path parameter comes from the ids the user
passes (`media_id=...`), and an operation that needs one it was not given is skipped.
Nothing that may charge credits is ever sent. The key goes in the spec's API-key header
and never into the report.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any

import httpx

from ..spec import SpecOperation
from ..spec.extensions import api_key_header
from .compare import Comparer
from .report import Report
from .spec import operations

_TIMEOUT = httpx.Timeout(30.0, connect=5.0)


def _examples(comparer: Comparer, media: dict[str, Any]) -> list[Any]:
    if "example" in media:
        return [media["example"]]
    out = []
    for example in (media.get("examples") or {}).values():
        resolved, _ = comparer.resolve(example, "")
        if "value" in resolved:
            out.append(resolved["value"])
    return out


def plan(
    comparer: Comparer, op: SpecOperation, ids: Mapping[str, str]
) -> tuple[list[dict[str, Any]], str]:
    """The requests to send for `op` (httpx keyword arguments), or none and why."""
    url = op.path
    for param in op.parameters:
        if param.get("in") != "path":
            continue
        name = str(param.get("name"))
        if name not in ids:
            return [], f"needs an id: --id {name}=..."
        url = url.replace("{" + name + "}", httpx.URL("/" + ids[name]).raw_path.decode()[1:])
    body, _ = comparer.resolve(op.node.get("requestBody") or {}, "")
    content = body.get("content") or {}
    if not content:
        return [{"method": op.method, "url": url}], ""
    media = content.get("application/json")
    examples = _examples(comparer, media) if isinstance(media, dict) else []
    if not examples:
        return [], "no JSON request example in the spec"
    return [{"method": op.method, "url": url, "json": e} for e in examples], ""


def run(
    doc: dict[str, Any],
    base_url: str,
    api_key: str | None,
    ids: Mapping[str, str],
    *,
    http: httpx.Client | None = None,
) -> Report:
    """Call every safe operation on `base_url` once per request example; report the answers.

    `http`: the client to send with (tests pass one bound to an in-process app).
    """
    comparer = Comparer(doc)
    report = Report(base_url, str((doc.get("info") or {}).get("version", "?")), comparer)
    headers = {api_key_header(doc): api_key} if api_key else {}
    with contextlib.ExitStack() as stack:
        client = http or stack.enter_context(httpx.Client(timeout=_TIMEOUT))
        for op in operations(doc):
            if not op.safe:
                report.skipped[op.operation_id] = "may charge credits (not x-vimmerse-safe)"
                continue
            requests, why = plan(comparer, op, ids)
            if not requests:
                report.skipped[op.operation_id] = why
            for request in requests:
                request["url"] = base_url.rstrip("/") + request["url"]
                try:
                    with client.stream(**request, headers=headers) as answer:
                        kind = answer.headers.get("content-type", "").split(";")[0].strip()
                        body = answer.read() if kind.endswith("json") else None
                except httpx.HTTPError as exc:
                    report.errors[op.operation_id] = f"{type(exc).__name__}: {exc}"
                    continue
                report.observe(op, answer.status_code, kind, body)
    return report
