"""Drift mode (`--drift SEED`): answer as a newer server would, beyond what the spec says.

Per operation, a seed picks (a pure function of the seed and the spec) up to three changes
to its JSON success answers:

- `field_added`: a field the spec lacks, at one of the answer's documented objects;
- `enum_value_added`: a documented enum's first value replaced by one the spec lacks
  (the first: by the spec's convention the initial state, e.g. an asset's `processing`,
  so a job still ends with a value a client knows);
- `field_missing`: an optional documented field left out.

A change strikes wherever its location occurs in an answer (`[]` in a path: every item
of a list). `plan()` says what each operation would change; the journal (`injected`, at
`GET /_mock/drift`) what the mock really changed, so a drift report can be checked
against it exactly. Error answers and non-JSON bodies are never changed.
"""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from starlette.responses import Response

from vimmerse_mock.context import JSON
from vimmerse_mock.spec import Operation, Spec

_MAX_DEPTH = 12  # deeper than any answer the spec describes; stops a pathological schema
# Values a newer server might put in a new field, one per JSON type.
_NEW_VALUES: tuple[Any, ...] = ("new", 7, 2.5, True, ["a"], {"k": "v"})


@dataclass(frozen=True)
class Change:
    operation: str
    kind: str  # field_added | enum_value_added | field_missing
    path: str  # dotted, e.g. `data.submit_params.pipeline_preset`; `[]` is every list item
    value: Any = None  # the added field's value, or the new enum value
    replaces: Any = None  # the documented enum value it stands in for

    def key(self) -> tuple[str, str, str, str]:
        """What a report can see: operation, kind, path and (for enums) the new value."""
        shown = self.value if self.kind == "enum_value_added" else ""
        return (self.operation, self.kind, self.path, str(shown))


def _nodes(
    schema: dict[str, Any], path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    """Every (answer path, schema) the schema describes, anyOf/oneOf/allOf branches expanded."""
    if len(path) > _MAX_DEPTH:
        return
    yield path, schema
    for key in ("anyOf", "oneOf", "allOf"):
        for branch in schema.get(key, []):
            if isinstance(branch, dict):
                yield from _nodes(branch, path)
    for name, sub in schema.get("properties", {}).items():
        if isinstance(sub, dict):
            yield from _nodes(sub, (*path, name))
    items = schema.get("items")
    if isinstance(items, dict):
        yield from _nodes(items, (*path, "[]"))


def _dotted(path: tuple[str, ...]) -> str:
    return ".".join(path).replace(".[]", "[]")


def _success_schemas(op: Operation) -> list[dict[str, Any]]:
    return [
        s
        for status in sorted(op.responses)
        if status.startswith("2") and (s := op.json_schema(status)) is not None
    ]


def plan_for(op: Operation, seed: int) -> list[Change]:
    """The changes `seed` makes to `op`'s answers: the same for the same seed and spec."""
    nodes: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for schema in _success_schemas(op):
        for path, node in _nodes(schema):
            nodes.setdefault(path, []).append(node)
    # Documented objects that do not allow other fields: where a new one is news.
    objects = sorted(
        {
            p
            for p, ns in nodes.items()
            for n in ns
            if n.get("properties") and n.get("additionalProperties") in (None, False)
        }
    )
    enums = sorted(
        {
            (p, str(n["enum"][0]))
            for p, ns in nodes.items()
            for n in ns
            if n.get("enum") and isinstance(n["enum"][0], str)
        }
    )
    optional = sorted(
        {
            (*p, name)
            for p, ns in nodes.items()
            for n in ns
            for name in n.get("properties", {})
            if name not in n.get("required", [])
        }
    )
    rng = random.Random(f"{seed}:{op.operation_id}")
    out: list[Change] = []
    if objects:
        where = rng.choice(objects)
        name = f"drift_{rng.getrandbits(24):06x}"
        out.append(
            Change(op.operation_id, "field_added", _dotted((*where, name)), rng.choice(_NEW_VALUES))
        )
    if enums:
        where, first = rng.choice(enums)
        new = f"{first}_{rng.getrandbits(16):04x}"
        out.append(Change(op.operation_id, "enum_value_added", _dotted(where), new, first))
    if optional:
        out.append(Change(op.operation_id, "field_missing", _dotted(rng.choice(optional))))
    return out


def _split(path: str) -> list[str]:
    return [part for part in path.replace("[]", ".[]").split(".") if part]


def _apply(value: Any, parts: list[str], change: Change) -> bool:
    """Make `change` wherever `parts` leads in `value`; True if anything changed."""
    if parts and parts[0] == "[]":
        if not isinstance(value, list):
            return False
        hits = [_apply(item, parts[1:], change) for item in value]
        return any(hits)
    if not isinstance(value, dict):
        return False
    if len(parts) > 1:
        return parts[0] in value and _apply(value[parts[0]], parts[1:], change)
    name = parts[0]
    if change.kind == "field_added" and name not in value:
        value[name] = change.value
        return True
    if change.kind == "field_missing" and name in value:
        del value[name]
        return True
    if change.kind == "enum_value_added" and value.get(name) == change.replaces:
        value[name] = change.value
        return True
    return False


class Drift:
    """The drift of one seed over one spec, and the journal of what it changed."""

    def __init__(self, spec: Spec, seed: int) -> None:
        self.seed = seed
        self.plan = {op.operation_id: plan_for(op, seed) for op in spec.operations}
        self._injected: set[tuple[str, int]] = set()  # (operation, index in its plan)
        self._lock = threading.Lock()

    def apply(self, op: Operation, response: Response) -> Response:
        changes = self.plan.get(op.operation_id)
        if (
            not changes
            or not 200 <= response.status_code < 300
            or response.media_type != "application/json"
        ):
            return response
        value = json.loads(bytes(response.body))
        struck = [i for i, c in enumerate(changes) if _apply(value, _split(c.path), c)]
        if not struck:
            return response
        with self._lock:
            self._injected.update((op.operation_id, i) for i in struck)
        kept = {
            k: v for k, v in response.headers.items() if k not in ("content-length", "content-type")
        }
        return JSON(value, status_code=response.status_code, headers=kept)

    def report(self) -> dict[str, Any]:
        with self._lock:
            injected = sorted(self._injected)
        return {
            "seed": self.seed,
            "plan": [asdict(c) for changes in self.plan.values() for c in changes],
            "injected": [asdict(self.plan[op][i]) for op, i in injected],
        }
