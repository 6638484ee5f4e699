"""The tests' one view of the spec: load it once (with vimmerse_core.spec, as every tool
does), list its operations, tags, links and examples.

Every count, list or name a test needs about the API comes from here, computed from the
spec as data, so a spec edit (a new operation or tag, a renamed field, a deleted route)
needs no test edit. Examples are collected from the spec itself so the tests never restate
payloads.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, cast

from openapi_python_client.strings import PythonIdentifier

from vimmerse_core.spec import Document, escape, unescape
from vimmerse_core.spec.extensions import RESULTS, ROLE, method_name

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "vimmerse.yaml"


@cache
def document() -> Document:
    """The spec, read (once) the way every tool reads it: vimmerse_core.spec."""
    return Document.from_path(SPEC_PATH)


def load_spec() -> dict[str, Any]:
    return document().data


def resolve(node: Any) -> Any:
    """Follow a local `$ref` (possibly chained) to the node it points at."""
    return document().resolve(node)


def pointer(ref: str) -> Any:
    return document().pointer(ref)


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    node: dict[str, Any]

    @property
    def pointer(self) -> str:
        return f"#/paths/{escape(self.path)}/{self.method}"

    @property
    def operation_id(self) -> str:
        return str(self.node["operationId"])

    @property
    def tag(self) -> str:
        """The first tag: the SDK resource, the CLI group."""
        return str(self.node["tags"][0])

    @property
    def sdk_method(self) -> str:
        """The SDK method's name: `x-sdk-method`, else the operationId."""
        return method_name(self.node)

    @property
    def label(self) -> str:
        """ "POST /v2/image", the way schemathesis and the CLI's help name an operation."""
        return f"{self.method.upper()} {self.path}"

    def module(self) -> ModuleType:
        """The generated resource module of the operation's tag."""
        tag = PythonIdentifier(self.node["tags"][0], "field_")
        return importlib.import_module(f"vimmerse.resources.{tag}")

    @property
    def python_id(self) -> str:
        """The operationId as openapi-python-client names it (the builder's and parser's)."""
        return str(PythonIdentifier(self.node["operationId"], "field_"))

    def builder(self) -> Any:
        """The generated request builder: keyword arguments -> httpx request arguments."""
        return getattr(self.module(), f"_{self.python_id}_request")

    def parser(self) -> Any:
        """The generated parser of the operation's 2xx answer."""
        return getattr(self.module(), f"_parse_{self.python_id}")


def operations() -> list[Operation]:
    return [
        Operation(op.method.lower(), op.path, cast(dict[str, Any], op.node))
        for op in document().operations()
    ]


def operation(operation_id: str) -> Operation:
    (found,) = [op for op in operations() if op.operation_id == operation_id]
    return found


def tags() -> list[str]:
    """The tags the spec declares, in its order (each one an SDK resource and a CLI group)."""
    return [str(tag["name"]) for tag in load_spec().get("tags", [])]


@dataclass(frozen=True)
class Link:
    """One OpenAPI link a response of `source` declares: call `target` with `parameters`."""

    source: Operation
    status: str
    name: str
    target: str  # operationId
    parameters: dict[str, str]  # target parameter -> runtime expression

    def __str__(self) -> str:
        # schemathesis names a transition the same way: "SRC -> [200] Name -> TARGET".
        return (
            f"{self.source.label} -> [{self.status}] {self.name} -> {operation(self.target).label}"
        )


def links() -> list[Link]:
    """Every link of every response of every operation (shared responses included)."""
    return [
        Link(op, status, name, str(link["operationId"]), dict(link.get("parameters", {})))
        for op in operations()
        for status, response in op.node.get("responses", {}).items()
        for name, link in resolve(response).get("links", {}).items()
    ]


def request_schema(op: Operation, media_type: str = "application/json") -> dict[str, Any]:
    """The resolved schema of op's request body in media_type ({} when it has none)."""
    content = resolve(op.node.get("requestBody", {})).get("content", {})
    schema = resolve(content.get(media_type, {}).get("schema", {}))
    assert isinstance(schema, dict)
    return schema


def quantity_field(schema: dict[str, Any]) -> str | None:
    """The request property that says how many results a job makes (and is charged for):
    the one the spec marks `x-vimmerse-role: quantity`."""
    props = resolve(schema).get("properties", {})
    marked = [name for name, prop in props.items() if resolve(prop).get(ROLE) == "quantity"]
    return str(marked[0]) if marked else None


@dataclass(frozen=True)
class Example:
    """One example value and the schema (by JSON pointer into the spec) it must satisfy."""

    where: str  # JSON pointer of the example
    schema_pointer: str
    value: Any

    @property
    def name(self) -> str:
        """The example's key under `examples` ("example" for a lone `example`)."""
        return unescape(self.where.rsplit("/", 1)[-1])


def _media_examples(media: dict[str, Any], where: str) -> Iterator[Example]:
    """Examples on a media type or parameter object (`example` or `examples.*.value`)."""
    schema_pointer = f"{where}/schema"
    if "example" in media:
        yield Example(f"{where}/example", schema_pointer, media["example"])
    for name, example in media.get("examples", {}).items():
        example = resolve(example)
        if "value" in example:
            yield Example(f"{where}/examples/{escape(name)}", schema_pointer, example["value"])


SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SUBSCHEMAS = ("items", "additionalProperties", "not", "contains", "propertyNames", "if", "then")


def _schema_examples(schema: Any, where: str) -> Iterator[Example]:
    """`example` / `examples` on a schema and on every subschema inside it."""
    if not isinstance(schema, dict):
        return
    if "example" in schema:
        yield Example(f"{where}/example", where, schema["example"])
    for i, value in enumerate(schema.get("examples", [])):
        yield Example(f"{where}/examples/{i}", where, value)
    for key in SUBSCHEMA_MAPS:
        for name, sub in schema.get(key, {}).items():
            yield from _schema_examples(sub, f"{where}/{key}/{escape(name)}")
    for key in SUBSCHEMA_LISTS:
        for i, sub in enumerate(schema.get(key, [])):
            yield from _schema_examples(sub, f"{where}/{key}/{i}")
    for key in SUBSCHEMAS:
        if key in schema:
            yield from _schema_examples(schema[key], f"{where}/{escape(key)}")


def _contents(op: Operation) -> Iterator[tuple[str, str, dict[str, Any], str]]:
    """(kind, content type, media type object, pointer): kind is "request" or a response code."""
    parts = [("request", op.node.get("requestBody", {}), f"{op.pointer}/requestBody")]
    for code, response in op.node.get("responses", {}).items():
        parts.append((code, response, f"{op.pointer}/responses/{code}"))
    for kind, node, where in parts:
        if "$ref" in node:  # point at the shared component, so schema pointers resolve
            where, node = node["$ref"], resolve(node)
        for ctype, media in node.get("content", {}).items():
            yield kind, ctype, media, f"{where}/content/{escape(ctype)}"


def media_examples(op: Operation) -> Iterator[tuple[str, str, Example]]:
    """(kind, content type, example) for the request body and response examples of op."""
    for kind, ctype, media, where in _contents(op):
        for example in _media_examples(media, where):
            yield kind, ctype, example


def all_examples() -> list[Example]:
    found: list[Example] = []
    for op in operations():
        for _, _, media, where in _contents(op):
            found += _media_examples(media, where)
            found += _schema_examples(media.get("schema"), f"{where}/schema")
        for i, param in enumerate(op.node.get("parameters", [])):
            where = f"{op.pointer}/parameters/{i}"
            found += _media_examples(param, where)
            found += _schema_examples(param.get("schema"), f"{where}/schema")
    components = load_spec().get("components", {})
    for name, param in components.get("parameters", {}).items():
        where = f"#/components/parameters/{escape(name)}"
        found += _media_examples(param, where)
        found += _schema_examples(param.get("schema"), f"{where}/schema")
    for name, schema in components.get("schemas", {}).items():
        found += _schema_examples(schema, f"#/components/schemas/{escape(name)}")
    return found


def quantity_of(operation_id: str) -> str:
    """The quantity field of an operation's JSON request body (see quantity_field)."""
    name = quantity_field(request_schema(operation(operation_id)))
    assert name, f"{operation_id} has no quantity field"
    return name


def defaults(schema: dict[str, Any]) -> dict[str, Any]:
    """{property: default} of an object schema: what a client fills in when a field is left out."""
    props = resolve(schema).get("properties", {})
    return {name: resolve(p)["default"] for name, p in props.items() if "default" in resolve(p)}


def result_type(node: dict[str, Any]) -> str | None:
    """The media type of the results a job of this operation makes (`x-vimmerse-results`)."""
    value = node.get(RESULTS)
    return str(value) if value else None


def request_schema_media(op: Operation) -> dict[str, Any]:
    """The media types of op's request body ({} when it has none)."""
    content = resolve(op.node.get("requestBody", {})).get("content", {})
    assert isinstance(content, dict)
    return content
