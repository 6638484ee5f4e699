"""What the drift run checks: the changes the drifting mock made to an answer are still
readable from what the SDK (or the CLI) handed back.

The mock's plan (`GET /_mock/drift`) says, per operation, which field it adds, which enum
value it swaps in and which optional field it leaves out. The raw answers are captured on
the wire (the clients' response hook), so each check compares the SDK's object with the
very answer it was parsed from:

- `field_added`: in `to_dict()` and in `additional_properties`, with the value sent;
- `enum_value_added`: the attribute holds the new value as a plain string (open enums);
- `field_missing`: the attribute reads `None`, and `to_dict()` invents no value for it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import attrs
import httpx

from tests.e2e.support import SPEC
from vimmerse_mock.drift import plan_for

ABSENT: Any = object()  # a field that is not there (distinct from a None value)
MAX_SEEDS = 3


@functools.cache
def drift_seeds() -> tuple[int, ...]:
    """A few seeds that between them swap every enum location the drift can reach (the
    change that breaks closed models), chosen greedily from the first 64: each seed is a
    mock process, so fewer seeds cover as much as many."""
    reach = {
        seed: {
            c.path
            for op in SPEC.operations
            for c in plan_for(op, seed)
            if c.kind == "enum_value_added"
        }
        for seed in range(64)
    }
    left = set().union(*reach.values())
    chosen: list[int] = []
    while left and len(chosen) < MAX_SEEDS:
        best = max(reach, key=lambda s: (len(reach[s] & left), -s))
        chosen.append(best)
        left -= reach[best]
    return tuple(chosen)


@dataclass(frozen=True)
class Planned:
    """One change of the mock's plan, as `GET /_mock/drift` lists it."""

    operation: str
    kind: str
    path: str
    value: Any

    @classmethod
    def from_json(cls, item: dict[str, Any]) -> Planned:
        return cls(item["operation"], item["kind"], item["path"], item["value"])


# ----------------------------------------------------------------------------- wire
class Captured:
    """The JSON answers a client received, in order, by operationId (its response hook)."""

    def __init__(self) -> None:
        self.answers: list[tuple[str, Any]] = []

    def _keep(self, response: httpx.Response) -> None:
        if "json" not in response.headers.get("content-type", ""):
            return
        method = response.request.method.upper()
        matched = [op for op, _ in SPEC.match(response.request.url.path) if op.method == method]
        if matched and 200 <= response.status_code < 300:
            self.answers.append((matched[0].operation_id, response.json()))

    def sync_hook(self, response: httpx.Response) -> None:
        response.read()
        self._keep(response)

    async def async_hook(self, response: httpx.Response) -> None:
        await response.aread()
        self._keep(response)

    def last(self, operation: str) -> Any:
        found = [body for op, body in self.answers if op == operation]
        assert found, f"no JSON answer of {operation} was captured"
        return found[-1]


# ----------------------------------------------------------------------------- reading
def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def read(obj: Any, name: str) -> Any:
    """The field `name` (its API name) of an SDK model or a plain dict."""
    if isinstance(obj, dict):
        return obj.get(name, ABSENT)
    if attrs.has(type(obj)):
        fields = attrs.fields_dict(type(obj))
        for attribute in (name, _snake(name)):
            if attribute in fields and attribute != "additional_properties":
                return getattr(obj, attribute)
        return obj.additional_properties.get(name, ABSENT)
    return ABSENT


def as_json(obj: Any) -> Any:
    to_dict = getattr(obj, "to_dict", None)
    return to_dict() if callable(to_dict) else obj


def _split(path: str) -> list[str]:
    return [part for part in path.replace("[]", ".[]").split(".") if part]


def _parents(raw: Any, sdk: Any, parts: list[str], where: str) -> Iterator[tuple[Any, Any, str]]:
    """(raw dict, SDK object, place) at every parent of the path's last part."""
    if not parts:
        if isinstance(raw, dict):
            yield raw, sdk, where
        return
    head, rest = parts[0], parts[1:]
    if head == "[]":
        if isinstance(raw, list):
            items = sdk if isinstance(sdk, list) else []
            assert len(items) == len(raw), f"{where}: {len(raw)} items sent, {len(items)} read"
            for i, (r, s) in enumerate(zip(raw, items, strict=True)):
                yield from _parents(r, s, rest, f"{where}[{i}]")
        return
    if isinstance(raw, dict) and head in raw:
        child = read(sdk, head)
        assert child is not ABSENT, f"{where}.{head}: in the answer, not in what the SDK read"
        yield from _parents(raw[head], child, rest, f"{where}.{head}")


def sdk_root(operation: str, body: Any) -> tuple[Any, list[str]]:
    """The part of the answer the SDK hands back (media routes unwrap `data`), and the
    path to it."""
    from vimmerse._client import SURFACE

    spec = next(o for o in SURFACE.operations() if o.operation_id == operation)
    prefix: list[str] = []
    node = body
    while spec.unwrap and isinstance(node, dict) and isinstance(node.get("data"), dict):
        node = node["data"]
        prefix.append("data")
    return node, prefix


def outside(change: Planned, body: Any) -> bool:
    """Is the change in an envelope around what the SDK returns?"""
    _, prefix = sdk_root(change.operation, body)
    parts = _split(change.path)
    return len(parts) <= len(prefix) or parts[: len(prefix)] != prefix


def kept(change: Planned, body: Any, result: Any) -> list[str]:
    """Where the SDK's `result` lost or altered what `change` did to the raw answer `body`
    (empty: all kept); `change` lies inside what the SDK returns (see `outside`)."""
    root, prefix = sdk_root(change.operation, body)
    parts = _split(change.path)
    *parent, name = parts[len(prefix) :]
    problems: list[str] = []
    for raw, sdk, where in _parents(root, result, parent, change.operation):
        place = f"{where}.{name} ({change.kind})"
        value = read(sdk, name)
        dumped = as_json(sdk)
        if change.kind == "field_missing":
            if name in raw:
                continue  # not left out of this answer
            if attrs.has(type(sdk)) and value is not ABSENT and value is not None:
                problems.append(f"{place}: left out, but reads {value!r}, not None")
            if isinstance(dumped, dict) and dumped.get(name) is not None:
                problems.append(f"{place}: left out, but to_dict() has {dumped[name]!r}")
            continue
        if raw.get(name, ABSENT) != change.value:
            continue  # this answer did not carry it
        if value != change.value or (change.kind == "enum_value_added" and type(value) is not str):
            problems.append(f"{place}: answered {change.value!r}, the SDK reads {value!r}")
        if not isinstance(dumped, dict) or dumped.get(name, ABSENT) != change.value:
            shown = dumped.get(name, ABSENT) if isinstance(dumped, dict) else dumped
            problems.append(f"{place}: answered {change.value!r}, to_dict() has {shown!r}")
    return problems


def struck(change: Planned, body: Any) -> bool:
    """Did the raw answer carry this change (anywhere its path leads)?"""
    parts = _split(change.path)
    *parent, name = parts
    for raw, _, _ in _parents(body, body, parent, change.operation):
        if change.kind == "field_missing" and name not in raw:
            return True
        if change.kind != "field_missing" and raw.get(name, ABSENT) == change.value:
            return True
    return False
