"""The API changes a maintainer makes in the spec alone (issue 23's drill), each as an edit
of the loaded spec, chosen from what the spec holds rather than by name, so the drill
follows the spec as it grows.

Each `Change` edits a deep copy of the spec and returns the facts its probe needs (the
operation it touched, the field, the value), and says how `make api-diff` must classify it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from vimmerse_core.spec import Document

Doc = dict[str, Any]
METHODS = ("get", "put", "post", "delete", "patch")
PRIMITIVES = (str, int, float, bool)


@dataclass(frozen=True)
class Change:
    name: str
    edit: Callable[[Doc], dict[str, Any]]  # edits the spec in place; returns the facts
    breaking: bool  # what api-diff must call it


def fresh(name: str, taken: Iterable[str]) -> str:
    """name, or name with a number, so that it is none of `taken`."""
    used = set(taken)
    return next(f"{name}{n or ''}" for n in range(len(used) + 1) if f"{name}{n or ''}" not in used)


def resolve(doc: Doc, node: Any) -> Any:
    """The node a `$ref` chain ends at, itself (not a copy): edits reach the spec."""
    return Document(doc).resolve(node)


def operations(doc: Doc) -> Iterator[tuple[str, str, Doc]]:
    for path, item in doc["paths"].items():
        for method in METHODS:
            if isinstance(item.get(method), dict):
                yield path, method, item[method]


def _json_body(doc: Doc, op: Doc) -> Doc | None:
    content = resolve(doc, op.get("requestBody", {})).get("content", {})
    media = content.get("application/json")
    return resolve(doc, media["schema"]) if media else None


@dataclass(frozen=True)
class Simple:
    """A JSON operation the drill can call with one documented example of primitives."""

    path: str
    method: str
    operation_id: str
    tag: str
    sdk_method: str
    example: dict[str, Any]
    schema: Doc


def simple_operations(doc: Doc) -> list[Simple]:
    """JSON-body operations with no required parameter whose smallest example covers the
    required fields with plain values: the ones a probe can call with no per-operation
    code."""
    found = []
    for path, method, op in operations(doc):
        schema = _json_body(doc, op)
        required_params = [p for p in op.get("parameters", []) if resolve(doc, p).get("required")]
        if schema is None or required_params or "{" in path or "x-vimmerse-job" in op:
            continue
        media = resolve(doc, op["requestBody"])["content"]["application/json"]
        examples = [
            e["value"]
            for e in (media.get("examples") or {}).values()
            if isinstance(e.get("value"), dict)
        ]
        usable = [
            e
            for e in examples
            if set(schema.get("required", [])) <= set(e)
            and all(isinstance(v, PRIMITIVES) for v in e.values())
        ]
        if usable:
            found.append(
                Simple(
                    path,
                    method,
                    op["operationId"],
                    op["tags"][0],
                    str(op.get("x-sdk-method", op["operationId"])),
                    min(usable, key=len),
                    schema,
                )
            )
    return found


def _enum_field(doc: Doc) -> tuple[Simple, str, Doc]:
    """A simple operation's string enum field (not one with a role)."""
    for simple in simple_operations(doc):
        for name, prop in simple.schema.get("properties", {}).items():
            prop = resolve(doc, prop)
            if prop.get("enum") and prop.get("type") == "string" and "x-vimmerse-role" not in prop:
                return simple, name, prop
    raise AssertionError("the spec has no simple operation with a string enum")


def _facts(simple: Simple, **more: Any) -> dict[str, Any]:
    return {
        "operation_id": simple.operation_id,
        "tag": simple.tag,
        "method": simple.sdk_method,
        "example": simple.example,
        "path": simple.path,
        **more,
    }


def new_enum_value(doc: Doc) -> dict[str, Any]:
    simple, name, prop = _enum_field(doc)
    value = fresh("drill-value", prop["enum"])
    prop["enum"] = [*prop["enum"], value]
    return _facts(simple, field=name, value=value)


def new_ranged_field(doc: Doc) -> dict[str, Any]:
    simple = simple_operations(doc)[0]
    schema = simple.schema
    name = fresh("drill_level", schema.get("properties", {}))
    schema.setdefault("properties", {})[name] = {
        "type": "integer",
        "minimum": 1,
        "maximum": 5,
        "description": "A level the drill added.",
    }
    return _facts(simple, field=name, low=1, high=5)


def new_response_field(doc: Doc) -> dict[str, Any]:
    """An optional field on a job's model: the schema whose status field the spec marks
    with `x-vimmerse-terminal`."""
    for model, schema in doc["components"]["schemas"].items():
        props = schema.get("properties", {})
        if any("x-vimmerse-terminal" in resolve(doc, p) for p in props.values()):
            name = fresh("drill_note", props)
            props[name] = {"type": "string"}
            return {"model": model, "field": name}
    raise AssertionError("no job model (a status field with x-vimmerse-terminal)")


def removed_operation(doc: Doc) -> dict[str, Any]:
    simple = simple_operations(doc)[-1]
    del doc["paths"][simple.path][simple.method]
    if not any(m in doc["paths"][simple.path] for m in METHODS):
        del doc["paths"][simple.path]
    return _facts(simple)


def moved_path(doc: Doc) -> dict[str, Any]:
    simple = simple_operations(doc)[0]
    new_path = fresh(simple.path + "-moved", doc["paths"])
    item = doc["paths"].setdefault(new_path, {})
    item[simple.method] = doc["paths"][simple.path].pop(simple.method)
    if not any(m in doc["paths"][simple.path] for m in METHODS):
        del doc["paths"][simple.path]
    return _facts(simple, new_path=new_path)


def _asset_answer(doc: Doc) -> Doc:
    """The responses of a route that answers the job model read whole (an Asset)."""
    for _path, _method, op in operations(doc):
        if op.get("x-vimmerse-results") and "200" in op.get("responses", {}):
            return copy.deepcopy(op["responses"])
    raise AssertionError("no generation route to copy the answer of")


def new_upload_route(doc: Doc) -> dict[str, Any]:
    tags = [t["name"] for t in doc["tags"]]
    tag = fresh("audio", tags)
    doc["tags"].append({"name": tag, "description": "Audio, added by the drill."})
    path = fresh(f"/v2/{tag}", doc["paths"])
    field = "audio_file"
    doc["paths"][path] = {
        "post": {
            "tags": [tag],
            "operationId": fresh(f"upload_{tag}", (o["operationId"] for *_, o in operations(doc))),
            "x-sdk-method": "upload",
            "summary": "Upload audio",
            "description": "Uploads an audio file; the asset's result is its URL.",
            "requestBody": {
                "required": True,
                "content": {
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "required": [field],
                            "properties": {
                                field: {"type": "string", "format": "binary"},
                            },
                        }
                    }
                },
            },
            "responses": _asset_answer(doc),
        }
    }
    return {"tag": tag, "method": "upload", "field": field, "path": path}


def new_generation_route(doc: Doc) -> dict[str, Any]:
    tags = [t["name"] for t in doc["tags"]]
    tag = fresh("speech", tags)
    doc["tags"].append({"name": tag, "description": "Speech, added by the drill."})
    path = fresh(f"/v2/{tag}/text-to-speech", doc["paths"])
    doc["paths"][path] = {
        "post": {
            "tags": [tag],
            "operationId": fresh("text_to_speech", (o["operationId"] for *_, o in operations(doc))),
            "x-sdk-method": "text_to_speech",
            "x-app-name": "text-to-speech",
            "x-vimmerse-results": "audio/mpeg",
            "summary": "Text to speech",
            "description": "Reads a prompt aloud.",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["prompt"],
                            "properties": {
                                "prompt": {"type": "string"},
                                "answer_now": {
                                    "type": "boolean",
                                    "default": False,
                                    "x-vimmerse-role": "async",
                                },
                            },
                        }
                    }
                },
            },
            "responses": _asset_answer(doc),
        }
    }
    return {"tag": tag, "method": "text_to_speech", "path": path}


def renamed_job_fields(doc: Doc) -> dict[str, Any]:
    """Every field of the job model read whole that the runtime reads by a mark (its status,
    its credits, its `x-vimmerse-role` fields) renamed, and a generation route that answers
    it, called as its smallest example less its async field (the SDK's `wait` sets that)."""
    marks = ("x-vimmerse-terminal", "x-vimmerse-credits", "x-vimmerse-role")
    for model, schema in doc["components"]["schemas"].items():
        props = schema.get("properties", {})
        marked = [m for p in props.values() for m in marks if m in resolve(doc, p)]
        if "x-vimmerse-terminal" not in marked or "x-vimmerse-role" not in marked:
            continue  # not a job model, or not one the runtime reads by a role
        renamed = {
            name: fresh(f"drill_{name}", props)
            for name, prop in props.items()
            if any(mark in resolve(doc, prop) for mark in marks)
        }
        schema["properties"] = {renamed.get(k, k): v for k, v in props.items()}
        schema["required"] = [renamed.get(k, k) for k in schema.get("required", [])]
        route = next(
            s
            for s in simple_operations(doc)
            if doc["paths"][s.path][s.method].get("x-vimmerse-results")
        )
        example = {
            k: v
            for k, v in route.example.items()
            if resolve(doc, route.schema["properties"][k]).get("x-vimmerse-role") != "async"
        }
        return {**_facts(route), "example": example, "model": model, "renamed": renamed}
    raise AssertionError("no job model with fields marked x-vimmerse-role")


CHANGES = (
    Change("new_enum_value", new_enum_value, breaking=False),
    Change("new_ranged_field", new_ranged_field, breaking=False),
    Change("new_response_field", new_response_field, breaking=False),
    Change("removed_operation", removed_operation, breaking=True),
    Change("moved_path", moved_path, breaking=True),
    Change("new_upload_route", new_upload_route, breaking=False),
    Change("new_generation_route", new_generation_route, breaking=False),
    Change("renamed_job_fields", renamed_job_fields, breaking=True),
)
