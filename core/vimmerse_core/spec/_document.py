"""One spec document and the one way to follow its `$ref`s and merge its `allOf`s.

Only local references are followed (`#/...`, JSON Pointers with `~0`/`~1` escapes, as
percent-encoded URI fragments or not): the spec is one file. OpenAPI 3.1 lets a `$ref` have
sibling keywords; they refine the target, so they win over its own.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Self
from urllib.parse import unquote

from ._load import SpecError, parse, read
from ._operations import METHODS, SpecOperation

# allOf members that say "if this, then that" (or compose further) are not facts about the
# object's fields: merging keeps them as members, where a validator still applies them.
_CONDITIONAL = frozenset({"if", "then", "else", "not", "anyOf", "oneOf", "dependentSchemas"})


def escape(token: str) -> str:
    """A key as one JSON Pointer token."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    if "%" in token:
        token = unquote(token)
    return token.replace("~1", "/").replace("~0", "~") if "~" in token else token


class Document:
    """A parsed OpenAPI document (`data`, never modified), named `label` in errors."""

    def __init__(self, data: Mapping[str, Any], label: str = "spec") -> None:
        self.data: dict[str, Any] = data if isinstance(data, dict) else dict(data)
        self.label = label

    def __repr__(self) -> str:
        return f"Document({self.label!r})"

    @classmethod
    def from_text(cls, text: str, label: str = "spec") -> Self:
        return cls(parse(text, label), label)

    @classmethod
    def from_path(cls, path: str | Path) -> Self:
        return cls(read(path), str(path))

    # -- references -----------------------------------------------------------------------

    def pointer(self, ref: str) -> Any:
        """The node a local `$ref` ("#/components/schemas/Asset") points at."""
        if not ref.startswith("#"):
            raise SpecError(f"{self.label}: only local $refs are supported, not {ref!r}")
        node: Any = self.data
        if ref in ("#", "#/"):
            return node
        walked = "#"
        for raw in ref[2:].split("/"):
            token = unescape(raw)
            if isinstance(node, Mapping) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise SpecError(
                    f"{self.label}: $ref {ref} points at nothing: no {token!r} in {walked}"
                )
            walked += "/" + raw
        return node

    def resolve(self, node: Any) -> Any:
        """`node` with its `$ref` chain followed (a node without one, as it is)."""
        return self.resolve_at(node, "")[0]

    def resolve_at(self, node: Any, where: str) -> tuple[Any, str]:
        """`resolve`, also telling the JSON Pointer (no "#") of the node it ends at, given
        `where` is `node`'s own."""
        seen: list[str] = []
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise SpecError(f"{self.label}: $ref cycle: {' -> '.join([*seen, ref])}")
            seen.append(ref)
            target = self.pointer(ref)
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            node = {**target, **siblings} if siblings and isinstance(target, Mapping) else target
            where = ref[1:]
        return node, where

    def merge_all_of(self, schema: Any) -> dict[str, Any]:
        """A schema with its `allOf` members folded in: their properties and required lists
        joined, any other keyword kept from the schema itself, else its first member. A
        conditional member (if/then, not, a union) stays in `allOf`."""
        return self._merge(schema, ())

    def _merge(self, schema: Any, stack: tuple[int, ...]) -> dict[str, Any]:
        s = self.resolve(schema)
        if not isinstance(s, Mapping):
            return {}
        if id(s) in stack:
            raise SpecError(f"{self.label}: allOf includes itself")
        members = s.get("allOf")
        if not isinstance(members, list):
            return dict(s)
        out: dict[str, Any] = {k: v for k, v in s.items() if k != "allOf"}
        props: dict[str, Any] = {}
        required: list[str] = []
        kept: list[Any] = []
        for member in members:
            m = self._merge(member, (*stack, id(s)))
            if _CONDITIONAL & m.keys():
                kept.append(member)
                continue
            for key, value in m.items():
                if key == "properties" and isinstance(value, Mapping):
                    props.update(value)
                elif key == "required" and isinstance(value, list):
                    required += [r for r in value if r not in required]
                elif key != "allOf":
                    out.setdefault(key, value)
            kept += m.get("allOf", [])
        props.update(out.get("properties") or {})
        required += [r for r in out.get("required") or () if r not in required]
        for key, value in (("properties", props), ("required", required), ("allOf", kept)):
            if value:
                out[key] = value
            else:
                out.pop(key, None)
        return out

    def inline(self, node: Any = None) -> Any:
        """A copy of `node` (default: the whole document) with every `$ref` replaced by what
        it points at, so that code walking it meets plain JSON Schema. A recursive schema
        cannot be inlined: that is an error, not a loop."""
        return self._inline(self.data if node is None else node, ())

    def _inline(self, node: Any, seen: tuple[str, ...]) -> Any:
        # Parsed JSON and YAML hold dicts and lists: exact type checks keep the mock's
        # start-up (which inlines the whole spec) as quick as its own copy was.
        if type(node) is list:
            return [self._inline(item, seen) for item in node]
        if type(node) is not dict:
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref in seen:
                raise SpecError(f"{self.label}: recursive $ref {ref} cannot be inlined")
            merged = dict(self._inline(self.pointer(ref), (*seen, ref)))
            merged.update({k: self._inline(v, seen) for k, v in node.items() if k != "$ref"})
            return merged
        return {k: self._inline(v, seen) for k, v in node.items()}

    # -- what the document holds ----------------------------------------------------------

    def operations(self) -> list[SpecOperation]:
        """Every operation, in the spec's order (paths, then methods as METHODS lists them),
        each with its path's parameters merged into its own."""
        return list(self._operations())

    def _operations(self) -> Iterator[SpecOperation]:
        for path, raw_item in (self.data.get("paths") or {}).items():
            item = self.resolve(raw_item)
            if not isinstance(item, Mapping):
                continue
            for method in METHODS:
                node = item.get(method)
                if isinstance(node, Mapping):
                    yield SpecOperation(
                        method=method.upper(),
                        path=str(path),
                        node=node,
                        path_item=item,
                        parameters=self._parameters(item, node),
                    )

    def _parameters(self, item: Mapping[str, Any], node: Mapping[str, Any]) -> tuple[Any, ...]:
        """The operation's parameters, resolved: its own replace its path's of the same
        name and place (OpenAPI's rule), the path's first."""
        found: dict[tuple[str, str], Mapping[str, Any]] = {}
        for raw in [*(item.get("parameters") or ()), *(node.get("parameters") or ())]:
            param = self.resolve(raw)
            if isinstance(param, Mapping):
                found[(str(param.get("in")), str(param.get("name")))] = param
        return tuple(found.values())

    def operation(self, path: str, method: str) -> SpecOperation:
        for op in self._operations():
            if op.path == path and op.method == method.upper():
                return op
        raise SpecError(f"{self.label}: no operation {method.upper()} {path}")

    def schema(self, name: str) -> Any:
        """A component schema, by name."""
        return self.pointer("#/components/schemas/" + escape(name))
