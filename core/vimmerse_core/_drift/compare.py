"""One answer against its schema: what in it the spec does not describe.

The walk follows the raw spec (resolving `$ref` as it goes, with vimmerse_core.spec), so every finding knows the
JSON Pointer of the schema it concerns and a mechanical fix can be suggested there. Of an
`anyOf`/`oneOf`, the branch that explains the answer best (fewest findings) is kept.
Optional fields absent from an answer are not findings here: only their absence from
every answer of an operation is (`Observation`s, summed up by the report).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..spec import Document

# Finding kinds, in report order.
FIELD_ADDED = "field_added"
ENUM_VALUE_ADDED = "enum_value_added"
TYPE_CHANGED = "type_changed"
FIELD_MISSING = "field_missing"
STATUS_UNDECLARED = "status_undeclared"
REQUEST_INVALID = "request_invalid"  # the caller's request, as Prism's proxy checks it
KINDS = (
    FIELD_ADDED,
    ENUM_VALUE_ADDED,
    TYPE_CHANGED,
    FIELD_MISSING,
    STATUS_UNDECLARED,
    REQUEST_INVALID,
)

_MAX_DEPTH = 64  # an answer nested deeper is reported as one finding, not walked


@dataclass(frozen=True)
class Finding:
    kind: str
    path: str  # in the answer, dotted; `[]` stands for every item of a list
    value: str = ""  # the new enum value, or the status code
    detail: str = ""  # for people: documented vs answered
    # A JSON Patch (RFC 6902) operation on the spec that would describe the answer.
    patch: dict[str, Any] | None = field(default=None, compare=False, hash=False)


@dataclass(frozen=True)
class Observation:
    """An object the answer has where the schema documents optional `fields`."""

    path: str
    present: frozenset[str]
    fields: tuple[str, ...]


@dataclass
class Result:
    findings: list[Finding] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)

    def add(self, other: Result) -> None:
        self.findings.extend(other.findings)
        self.observations.extend(other.observations)


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def schema_of(value: Any) -> dict[str, Any]:
    """The plain schema a new field's value suggests."""
    return {"type": json_type(value)}


def _fits(kind: str, allowed: list[str]) -> bool:
    return kind in allowed or (kind == "integer" and "number" in allowed)


def _child(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


class Comparer:
    """Walks answers against schemas of one spec document."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.spec = Document(document, "the spec")

    def resolve(self, node: Any, pointer: str) -> tuple[dict[str, Any], str]:
        """The schema `node` (at `pointer`) is, its `$ref`s followed, and where that is."""
        found, pointer = self.spec.resolve_at(node, pointer)
        return (found if isinstance(found, dict) else {}), pointer

    def check(self, node: Any, value: Any, path: str, pointer: str, depth: int = 0) -> Result:
        schema, pointer = self.resolve(node, pointer)
        if depth > _MAX_DEPTH:
            return Result([Finding(TYPE_CHANGED, path, detail="nested deeper than any schema")])
        for key in ("anyOf", "oneOf"):
            branches = schema.get(key)
            if isinstance(branches, list) and branches:
                tried = [
                    self.check(b, value, path, f"{pointer}/{key}/{i}", depth + 1)
                    for i, b in enumerate(branches)
                ]
                return min(tried, key=lambda r: len(r.findings))
        out = Result()
        for i, part in enumerate(schema.get("allOf", [])):
            out.add(self.check(part, value, path, f"{pointer}/allOf/{i}", depth + 1))
        kind = json_type(value)
        declared = schema.get("type")
        allowed = [declared] if isinstance(declared, str) else list(declared or [])
        if allowed and not _fits(kind, allowed):
            what = "nullability" if "null" in (kind, *allowed) else "type"
            out.findings.append(
                Finding(
                    TYPE_CHANGED,
                    path,
                    detail=f"{what}: spec {' | '.join(allowed)}, answer {kind}",
                    patch={"op": "replace", "path": f"{pointer}/type", "value": [*allowed, kind]},
                )
            )
            return out
        enum = schema.get("enum")
        if isinstance(enum, list) and value not in enum:
            out.findings.append(
                Finding(
                    ENUM_VALUE_ADDED,
                    path,
                    value=str(value),
                    detail="spec: " + ", ".join(map(str, enum)),
                    patch={"op": "add", "path": f"{pointer}/enum/-", "value": value},
                )
            )
        if isinstance(value, dict):
            out.add(self._object(schema, value, path, pointer, depth))
        elif isinstance(value, list) and isinstance(schema.get("items"), dict):
            for item in value:
                out.add(
                    self.check(schema["items"], item, f"{path}[]", f"{pointer}/items", depth + 1)
                )
        return out

    def _object(
        self, schema: dict[str, Any], value: dict[str, Any], path: str, pointer: str, depth: int
    ) -> Result:
        out = Result()
        props: dict[str, Any] = schema.get("properties") or {}
        required = [r for r in schema.get("required", []) if isinstance(r, str)]
        extra = schema.get("additionalProperties")
        for name, item in value.items():
            if name in props:
                sub = f"{pointer}/properties/{name.replace('~', '~0').replace('/', '~1')}"
                out.add(self.check(props[name], item, _child(path, name), sub, depth + 1))
            elif isinstance(extra, dict):
                out.add(
                    self.check(
                        extra,
                        item,
                        _child(path, name),
                        f"{pointer}/additionalProperties",
                        depth + 1,
                    )
                )
            elif props and extra is not True:
                # A documented object with a field it does not document: a newer server.
                out.findings.append(
                    Finding(
                        FIELD_ADDED,
                        _child(path, name),
                        detail=json_type(item),
                        patch={
                            "op": "add",
                            "path": f"{pointer}/properties/{name}",
                            "value": schema_of(item),
                        },
                    )
                )
        for name in required:
            if name not in value:
                out.findings.append(Finding(FIELD_MISSING, _child(path, name), detail="required"))
        optional = tuple(n for n in props if n not in required)
        if optional:
            out.observations.append(Observation(path, frozenset(value), optional))
        return out
