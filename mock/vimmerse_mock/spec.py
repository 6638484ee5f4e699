"""The OpenAPI document, loaded once and turned into matchable operations.

Everything the mock knows about routes, parameters, request schemas, defaults and
response shapes comes from here; `$ref`s are inlined at load time (by vimmerse_core.spec,
the resolver every tool shares) so the rest of the package works on plain JSON Schema and
no request pays for resolving.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar, cast

from vimmerse_core.spec import Document, SpecError, read
from vimmerse_core.spec.extensions import JOB, ROLE, api_key_header

T = TypeVar("T")

JSON = Any  # a decoded JSON value
_REPO_SPEC = Path(__file__).resolve().parents[2] / "openapi" / "vimmerse.yaml"


def default_spec_path() -> Path:
    """The copy the generator ships in the `vimmerse` package, else the repository's."""
    try:
        shipped = resources.files("vimmerse") / "openapi.yaml"
        if shipped.is_file():
            return Path(str(shipped))
    except ModuleNotFoundError:
        pass
    return _REPO_SPEC


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path | query | header | cookie
    required: bool
    schema: dict[str, Any]


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str  # the template, e.g. /media/{media_id}
    tags: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    body_required: bool
    body: dict[str, dict[str, Any]]  # media type -> media type object
    responses: dict[str, dict[str, Any]]
    anonymous: bool  # security allows a request without credentials
    raw: dict[str, Any] = field(repr=False)
    pattern: re.Pattern[str] = field(repr=False)
    job_reads: str = ""  # x-vimmerse-job: what of a job this GET reads (job | status | "")

    @property
    def literal_segments(self) -> int:
        return sum(1 for s in self.path.split("/") if s and not s.startswith("{"))

    def response(self, status: int | str) -> dict[str, Any] | None:
        return self.responses.get(str(status))

    def memo(self, name: str, make: Callable[[], T]) -> T:
        """What `make` derives from this operation, made once (asked on every request)."""
        memos: dict[str, Any] = self.__dict__.setdefault("_memos", {})  # frozen, but not this
        if name not in memos:
            memos[name] = make()
        return cast(T, memos[name])

    def field_with_role(self, role: str) -> tuple[str, dict[str, Any]] | None:
        """(name, schema) of the request field the spec marks `x-vimmerse-role: role` (async,
        quantity), so the mock keeps a field's meaning when the field is renamed."""
        return self.memo("role:" + role, lambda: self._find_role(role))

    def _find_role(self, role: str) -> tuple[str, dict[str, Any]] | None:
        for media in self.body.values():
            properties = (media.get("schema") or {}).get("properties") or {}
            for name, schema in properties.items():
                if isinstance(schema, dict) and schema.get(ROLE) == role:
                    return str(name), schema
        return None

    def role_value(self, role: str, body: dict[str, Any]) -> Any:
        """The value of the role's field in a request: as sent, else the spec's default (the
        SDK sends only what its caller set, so the server's default is the mock's to apply)."""
        found = self.field_with_role(role)
        if found is None:
            return None
        name, schema = found
        return body[name] if name in body else schema.get("default")

    def json_schema(self, status: int | str) -> dict[str, Any] | None:
        """The JSON schema of a response, if it has an application/json body."""
        resp = self.response(status) or {}
        media = resp.get("content", {}).get("application/json")
        return cast(dict[str, Any], media["schema"]) if media else None


def _compile(template: str) -> re.Pattern[str]:
    out = "^"
    for piece in re.split(r"(\{[^}]+\})", template):
        if piece.startswith("{") and piece.endswith("}"):
            out += f"(?P<{piece[1:-1]}>[^/]+)"
        else:
            out += re.escape(piece)
    return re.compile(out + "$")


class Spec:
    def __init__(self, document: dict[str, Any]) -> None:
        self.raw = document
        self.doc: dict[str, Any] = Document(document).inline()
        try:
            # The one key header the spec declares (X-Api-Key); read, not restated.
            self.api_key_header = api_key_header(self.doc)
        except SpecError:
            self.api_key_header = ""  # no key scheme: no request carries a key
        global_security = self.doc.get("security", [])
        self.operations: list[Operation] = []
        for found in Document(self.doc).operations():
            raw = cast(dict[str, Any], found.node)  # the inlined document's own
            body = raw.get("requestBody", {})
            security = raw.get("security", global_security)
            self.operations.append(
                Operation(
                    operation_id=raw["operationId"],
                    method=found.method,
                    path=found.path,
                    tags=found.tags,
                    parameters=tuple(
                        Parameter(
                            name=p["name"],
                            location=p["in"],
                            required=bool(p.get("required", p["in"] == "path")),
                            schema=p.get("schema", {}),
                        )
                        for p in found.parameters
                    ),
                    body_required=bool(body.get("required", False)),
                    body=body.get("content", {}),
                    responses=found.responses,
                    anonymous=not security or any(not req for req in security),
                    raw=raw,
                    pattern=_compile(found.path),
                    job_reads=str((raw.get(JOB) or {}).get("reads", "")),
                )
            )
        self.by_id = {op.operation_id: op for op in self.operations}
        # Routing index, built once: a path equal to a literal template has a fixed answer;
        # any other path can only match a template with parameters (most literal first).
        ranked = sorted(self.operations, key=lambda op: -op.literal_segments)
        self._templated = [op for op in ranked if "{" in op.path]
        self._literal = {op.path: _matching(ranked, op.path) for op in ranked if "{" not in op.path}

    @classmethod
    def load(cls, path: str | Path | None = None) -> Spec:
        return cls(read(path or default_spec_path()))

    def schema(self, name: str) -> dict[str, Any]:
        return cast(dict[str, Any], self.doc["components"]["schemas"][name])

    def match(self, path: str) -> list[tuple[Operation, dict[str, str]]]:
        """Operations whose template matches `path`, the most literal template first."""
        known = self._literal.get(path)
        if known is not None:
            return [(op, dict(params)) for op, params in known]
        return _matching(self._templated, path)


def _matching(ranked: list[Operation], path: str) -> list[tuple[Operation, dict[str, str]]]:
    """The operations of `ranked` (most literal first) whose template matches `path`."""
    found = []
    for op in ranked:
        m = op.pattern.match(path)
        if m:
            found.append((op, m.groupdict()))
    return found


def sample(schema: dict[str, Any], full: bool = False) -> JSON:
    """A value that satisfies `schema`: its default/example/enum, else built by type.

    `full` fills every object property (for responses); otherwise only the required
    ones (for the smallest valid request).
    """
    for key in ("const", "default"):
        if key in schema:
            return copy.deepcopy(schema[key])
    if schema.get("examples"):
        return copy.deepcopy(schema["examples"][0])
    if "example" in schema:
        return copy.deepcopy(schema["example"])
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = [s for s in schema[key] if s.get("type") != "null"] or schema[key]
            return sample(options[0], full)
    if "allOf" in schema:
        # An object with conditional rules (`allOf` of `if`/`then`) samples its own fields too.
        own = {k: v for k, v in schema.items() if k != "allOf"}
        first = sample(own, full) if "properties" in own else None
        merged: dict[str, Any] = first if isinstance(first, dict) else {}
        for part in schema["allOf"]:
            value = sample(part, full)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or (kind is None and "properties" in schema):
        props = schema.get("properties", {})
        wanted = props if full else {k: props[k] for k in schema.get("required", []) if k in props}
        return {name: sample(sub, full) for name, sub in wanted.items()}
    if kind == "array":
        count = max(1, int(schema.get("minItems", 0))) if full else int(schema.get("minItems", 0))
        return [sample(schema.get("items", {}), full) for _ in range(count)]
    if kind == "integer":
        return int(schema.get("minimum", 0))
    if kind == "number":
        return float(schema.get("minimum", 0))
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    if kind == "string":
        if schema.get("format") == "date-time":
            return "2025-01-01T00:00:00+00:00"
        return "x" * max(1, int(schema.get("minLength", 1))) if "pattern" not in schema else ""
    return None


def complete(value: JSON, schema: dict[str, Any]) -> JSON:
    """`value` with each property `schema` documents and it lacks, sampled, in place: a field
    the spec gained that no behaviour sets yet is still answered, as the spec says. Nested
    objects are completed where their schema is one plain object (not a choice)."""
    if not isinstance(value, dict):
        return value
    for name, sub in schema.get("properties", {}).items():
        if name not in value:
            value[name] = sample(sub, full=True)
        elif isinstance(value[name], dict):
            complete(value[name], sub)
    return value


def example(media: dict[str, Any]) -> tuple[bool, JSON]:
    """The first example of a media type object, if it has one."""
    if "example" in media:
        return True, copy.deepcopy(media["example"])
    for ex in media.get("examples", {}).values():
        if isinstance(ex, dict) and "value" in ex:
            return True, copy.deepcopy(ex["value"])
    return False, None
