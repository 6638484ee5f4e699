"""A schema reduced to the facts the diff compares, whatever way the spec spells them.

Nullability has three spellings in practice: `type: [X, "null"]` (3.1), `anyOf`/`oneOf`
with a `{type: "null"}` member (3.1), and `nullable: true` (3.0). `Shape` folds them into
one flag so that switching spelling is not reported as a change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .spec import Json, Spec

# Keys that only document a schema: ignored when deciding whether two schemas are "the same".
DESCRIPTIVE = frozenset(
    {"title", "description", "example", "examples", "externalDocs", "$comment", "deprecated"}
)


class _Missing:
    def __repr__(self) -> str:
        return "<no default>"


MISSING: Any = _Missing()


@dataclass(frozen=True)
class Shape:
    types: frozenset[str]  # JSON types other than "null"; empty means "any"
    nullable: bool = False
    enum: tuple[Any, ...] | None = None  # allowed values other than null
    default: Any = MISSING
    format: str | None = None
    deprecated: bool = False
    properties: dict[str, Any] = field(default_factory=dict)  # raw (unresolved) schemas
    required: frozenset[str] = frozenset()
    items: Any = None
    additional: Any = None  # a schema for additionalProperties, if it is one
    variants: tuple[Any, ...] = ()  # the non-null members of a real union

    @property
    def type_label(self) -> str:
        return "|".join(sorted(self.types)) or "any"


def _is_null(spec: Spec, schema: Any) -> bool:
    s = spec.resolve(schema)
    if not isinstance(s, dict):
        return False
    return s.get("type") == "null" or s.get("const", MISSING) is None or s.get("enum") == [None]


def _types_of(s: Json) -> tuple[frozenset[str], bool]:
    raw = s.get("type")
    names = {raw} if isinstance(raw, str) else set(raw or ())
    nullable = "null" in names or s.get("nullable") is True
    names.discard("null")
    if not names and "properties" in s:
        names.add("object")
    if not names and "items" in s:
        names.add("array")
    return frozenset(names), nullable


def shape(spec: Spec, schema: Any) -> Shape:
    s = spec.resolve(schema)
    if not isinstance(s, dict):  # `true`/`{}`/missing: anything goes
        return Shape(frozenset())
    s = spec.merge_all_of(s)
    types, nullable = _types_of(s)
    variants: tuple[Any, ...] = ()
    for key in ("anyOf", "oneOf"):
        members = s.get(key)
        if not isinstance(members, list):
            continue
        rest = [m for m in members if not _is_null(spec, m)]
        nullable = nullable or len(rest) < len(members)
        if len(rest) == 1:
            # `anyOf: [X, null]` is X made nullable; the outer keywords (default, ...) win.
            inner = shape(spec, rest[0])
            outer = {k: v for k, v in s.items() if k not in (key, "type")}
            merged = shape(spec, {**_raw(spec, rest[0]), **outer}) if outer else inner
            return _with(merged, nullable=nullable or merged.nullable)
        variants = tuple(rest)
        types = types | frozenset(t for m in rest for t in shape(spec, m).types)
    enum = s.get("enum")
    if "const" in s:
        enum = [s["const"]]
    if isinstance(enum, list):
        nullable = nullable or None in enum
        enum = tuple(v for v in enum if v is not None)
    else:
        enum = None
    props = s.get("properties")
    additional = s.get("additionalProperties")
    return Shape(
        types=types,
        nullable=nullable,
        enum=enum,
        default=s.get("default", MISSING),
        format=s.get("format") if isinstance(s.get("format"), str) else None,
        deprecated=s.get("deprecated") is True,
        properties=dict(props) if isinstance(props, dict) else {},
        required=frozenset(s.get("required") or ()),
        items=s.get("items"),
        additional=additional if isinstance(additional, dict) else None,
        variants=variants,
    )


def _raw(spec: Spec, schema: Any) -> Json:
    s = spec.resolve(schema)
    return dict(s) if isinstance(s, dict) else {}


def _with(s: Shape, *, nullable: bool) -> Shape:
    return Shape(**{**s.__dict__, "nullable": nullable})


def canonical(spec: Spec, schema: Any, _stack: tuple[str, ...] = ()) -> Any:
    """A comparable form of a schema: $refs expanded, documentation keys dropped.

    Used to recognise a rename (same schema, new name). A recursive $ref becomes its name.
    """
    if isinstance(schema, list):
        return [canonical(spec, v, _stack) for v in schema]
    if not isinstance(schema, dict):
        return schema
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in _stack:
            return {"$ref": ref}
        return canonical(spec, spec.resolve(schema), (*_stack, ref))
    return {
        k: canonical(spec, v, _stack)
        for k, v in sorted(schema.items())
        if k not in DESCRIPTIVE and not k.startswith("x-")
    }
