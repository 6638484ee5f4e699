"""The spec as the drift report reads it: operations, where they sit, which are safe to call.

Read through vimmerse_core.spec, as every tool reads it. `x-vimmerse-safe: true` (the
shared `SpecOperation.safe`) on an operation means calling it costs nothing and changes
nothing (the estimate routes, reads of an id the user passes); every other operation may
charge credits and is never called by `vimmerse spec drift`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..spec import Document, SpecOperation, parse, read

__all__ = ["SpecOperation", "load", "matcher", "operations"]


def load(
    path: str | Path | None = None, *, shipped: Callable[[], str] | None = None
) -> dict[str, Any]:
    """The spec document: `path`, else `shipped()` (the generated package's copy)."""
    if path:
        return read(path)
    if shipped is None:
        raise ValueError("no spec: give its path")
    return parse(shipped(), "the shipped spec")


def operations(doc: dict[str, Any]) -> list[SpecOperation]:
    """The operations that have an operationId: the report names each by it."""
    return [op for op in Document(doc).operations() if "operationId" in op.node]


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
