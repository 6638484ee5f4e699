"""The spec as the drift report reads it: operations, where they sit, which are safe to call.

`x-vimmerse-safe: true` on an operation means calling it costs nothing and changes
nothing (the estimate routes, reads of an id the user passes); every other operation may
charge credits and is never called by `vimmerse spec drift`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SAFE = "x-vimmerse-safe"


def load(
    path: str | Path | None = None, *, shipped: Callable[[], str] | None = None
) -> dict[str, Any]:
    """The spec document: `path`, else `shipped()` (the generated package's copy)."""
    import yaml  # the CLI's dependency, not the SDK's

    if not path and shipped is None:
        raise ValueError("no spec: give its path")
    text = Path(path).read_text(encoding="utf-8") if path else shipped()  # type: ignore[misc]
    doc = yaml.safe_load(text)
    if not isinstance(doc, dict):
        raise ValueError("the spec is not an OpenAPI document")
    return doc


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    method: str  # upper case
    path: str
    pointer: str  # JSON Pointer of the operation object in the spec
    raw: dict[str, Any] = field(repr=False, compare=False)
    shared_parameters: tuple[Any, ...] = field(default=(), repr=False, compare=False)

    @property
    def safe(self) -> bool:
        return self.raw.get(SAFE) is True

    @property
    def responses(self) -> dict[str, Any]:
        return {str(k): v for k, v in (self.raw.get("responses") or {}).items()}


def operations(doc: dict[str, Any]) -> list[SpecOperation]:
    out = []
    for path, item in (doc.get("paths") or {}).items():
        for method in METHODS:
            raw = item.get(method)
            if isinstance(raw, dict) and "operationId" in raw:
                out.append(
                    SpecOperation(
                        operation_id=str(raw["operationId"]),
                        method=method.upper(),
                        path=path,
                        pointer=f"/paths/{_escape(path)}/{method}",
                        raw=raw,
                        shared_parameters=tuple(item.get("parameters") or ()),
                    )
                )
    return out


def api_key_header(doc: dict[str, Any]) -> str:
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    for scheme in schemes.values():
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            return str(scheme["name"])
    return "X-Api-Key"


def _literal_parts(op: SpecOperation) -> int:
    return sum(1 for part in op.path.split("/") if part and not part.startswith("{"))


def matcher(ops: list[SpecOperation]) -> Callable[[str, str], SpecOperation | None]:
    """A function (method, path) -> the operation serving it, the most literal template first."""
    ranked = sorted(ops, key=lambda op: -_literal_parts(op))
    patterns = [
        (op, re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path)) + "$"))
        for op in ranked
    ]

    def match(method: str, path: str) -> SpecOperation | None:
        path = path.split("?")[0]
        return next(
            (op for op, p in patterns if op.method == method.upper() and p.match(path)), None
        )

    return match
