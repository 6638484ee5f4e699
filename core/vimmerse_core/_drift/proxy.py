"""Prism's proxy mode as a source of the drift report (`make proxy UPSTREAM=...`).

Prism (`prism proxy spec upstream`) forwards each request and validates it and its answer
against the spec, logging one `Violation:` line per problem after the request it belongs
to. This reads such a log into the same `Report` as `vimmerse spec drift`: the request's
operation comes from its `[HTTP SERVER] <method> <path>` line, each answer's status from
the proxy's `has returned <status>` line, each violation's kind from its wording. Prism
names no new field or enum value (ajv's messages do not), so those findings carry the
location and Prism's words only; `vimmerse spec drift` names them.
"""

from __future__ import annotations

import re
from typing import Any

from ..spec import SpecOperation
from .compare import (
    ENUM_VALUE_ADDED,
    FIELD_ADDED,
    FIELD_MISSING,
    REQUEST_INVALID,
    TYPE_CHANGED,
    Comparer,
    Finding,
)
from .report import Report
from .spec import matcher, operations

_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_REQUEST = re.compile(r"\[HTTP SERVER\] (\w+) (\S+) .*Request received")
_STATUS = re.compile(r"\[PROXY\] .*The upstream call to \S+ has returned (\d{3})")
_VIOLATION = re.compile(r"\[VALIDATOR\] .*Violation: (request|response)(?:\.(\S+))? (.*)$")
_REQUIRED = re.compile(r"must have required property '([^']+)'")


def _path(location: str | None) -> str:
    """`body.data.items.0.status` -> `data.items[].status` (what the report calls paths)."""
    parts = (location or "").split(".")
    if parts and parts[0] == "body":
        parts = parts[1:]
    out = ""
    for part in parts:
        out += "[]" if part.isdigit() else (f".{part}" if out else part)
    return out


def _kind(message: str) -> tuple[str, str]:
    """The finding kind of a response violation, and the field it names (if any)."""
    if "must be equal to one of the allowed values" in message:
        return ENUM_VALUE_ADDED, ""
    if "must NOT have additional properties" in message:
        return FIELD_ADDED, ""
    required = _REQUIRED.search(message)
    if required:
        return FIELD_MISSING, required.group(1)
    return TYPE_CHANGED, ""


def report_from_prism_log(doc: dict[str, Any], text: str, source: str = "Prism proxy") -> Report:
    report = Report(source, str((doc.get("info") or {}).get("version", "?")), Comparer(doc))
    match = matcher(operations(doc))
    current: SpecOperation | None = None
    for raw in text.splitlines():
        line = _ANSI.sub("", raw)
        if found := _REQUEST.search(line):
            current = match(found.group(1), found.group(2))
        elif current is None:
            continue  # a route the spec lacks (Prism says "Selected route not found")
        elif found := _STATUS.search(line):
            report.observe(current, int(found.group(1)), "", None)
        elif found := _VIOLATION.search(line):
            side, location, message = found.groups()
            path = _path(location)
            if side == "request":
                report.add(current, Finding(REQUEST_INVALID, path, detail=message))
                continue
            kind, name = _kind(message)
            if name:
                path = f"{path}.{name}" if path else name
            report.add(current, Finding(kind, path, detail=message))
    return report
