"""The generated models and request builders agree with the spec's own examples.

Payloads come from the spec (never restated here): each JSON example is parsed the way the
SDK parses it and must serialise back unchanged, also with every nullable field set to null.
"""

from __future__ import annotations

import email.policy
import typing
from email.message import EmailMessage
from email.parser import BytesParser
from io import BytesIO
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator
from openapi_python_client.strings import ClassName

import vimmerse.models
from tests.spec.helpers import Operation, load_spec, media_examples, operations, resolve
from vimmerse.types import File, Unset

BASE_URL = "http://vimmerse.test"
# Models the docs show example payloads for; the spec's examples must reach each of them.
DOCUMENTED_MODELS = {"Asset", "CreditEstimate", "MediaResponse", "ProcessingStatusResponse"}


def serialise(parsed: Any) -> Any:
    return parsed.to_dict() if hasattr(parsed, "to_dict") else parsed


def parse_response(op: Operation, code: str, payload: Any) -> Any:
    """Parse payload into the generated model its schema names (the whole answer, before
    the SDK unwraps any `{"data": ...}`); a schema that names none, as the SDK parses it."""
    schema = resolve(op.node["responses"][code])["content"]["application/json"]["schema"]
    if "$ref" in schema:
        model = ClassName(schema["$ref"].rsplit("/", 1)[-1], "field_")
        return getattr(vimmerse.models, str(model)).from_dict(payload)
    return op.parser()(httpx.Response(int(code), json=payload))


def body_class(op: Operation) -> Any:
    annotation = typing.get_type_hints(op.builder())["body"]
    # An optional body is annotated "Model | Unset": take the model.
    models = [t for t in typing.get_args(annotation) if t is not Unset] or [annotation]
    return models[0]


def path_args(op: Operation) -> dict[str, str]:
    params = [resolve(p) for p in op.node.get("parameters", [])]
    return {p["name"]: "id-1" for p in params if p["in"] == "path"}


def json_cases() -> list[tuple[Operation, str, Any]]:
    return [
        (op, kind, example.value)
        for op in operations()
        for kind, ctype, example in media_examples(op)
        if ctype == "application/json"
    ]


def round_trip(op: Operation, kind: str, payload: Any) -> tuple[Any, Any]:
    """(what the SDK produces back, the parsed object) for a request or response payload."""
    if kind == "request":
        body = body_class(op).from_dict(payload)
        kwargs = op.builder()(body=body, **path_args(op))
        assert kwargs["json"] == body.to_dict()  # what goes on the wire
        return body.to_dict(), body
    parsed = parse_response(op, kind, payload)
    return serialise(parsed), parsed


def test_json_examples_exist() -> None:
    # Guards the parametrized test below against silently checking nothing: requests and
    # responses both have cases.
    kinds = {kind for _, kind, _ in json_cases()}
    assert "request" in kinds and kinds - {"request"}


@pytest.mark.parametrize(
    ("op", "kind", "payload"),
    json_cases(),
    ids=[f"{op.node['operationId']}-{kind}" for op, kind, _ in json_cases()],
)
def test_example_round_trips(op: Operation, kind: str, payload: Any) -> None:
    produced, _ = round_trip(op, kind, payload)
    assert produced == payload


def test_documented_payloads_reach_their_models() -> None:
    reached = {
        type(round_trip(op, kind, payload)[1]).__name__
        for op, kind, payload in json_cases()
        if kind != "request"
    }
    assert reached >= DOCUMENTED_MODELS


# ---------------------------------------------------------------- nullable fields


def nullable(schema: Any) -> bool:
    schema = resolve(schema)
    kinds = schema.get("type")
    if kinds == "null" or (isinstance(kinds, list) and "null" in kinds):
        return True
    return any(nullable(s) for s in schema.get("anyOf", []) + schema.get("oneOf", []))


def nullify(value: Any, schema: Any) -> tuple[Any, int]:
    """value with every nullable property (nested too) set to None, and how many were set."""
    schema = resolve(schema)
    if not isinstance(value, dict) or "properties" not in schema:
        return value, 0
    out, count = dict(value), 0
    for name, prop in schema["properties"].items():
        if nullable(prop):
            out[name], count = None, count + 1
        elif name in value:
            out[name], n = nullify(value[name], prop)
            count += n
    return out, count


def nullable_cases() -> list[tuple[Operation, str, Any, Any]]:
    cases = []
    for op in operations():
        for kind, ctype, example in media_examples(op):
            if ctype != "application/json":
                continue
            payload, count = nullify(example.value, resolve_pointer(example.schema_pointer))
            if count:
                cases.append((op, kind, payload, example.schema_pointer))
    return cases


def resolve_pointer(ref: str) -> Any:
    return resolve({"$ref": ref})


def test_nullable_cases_exist() -> None:
    # Nullable refs and enums have been mis-generated before (openapi-python-client #679, #1405).
    assert nullable_cases()


@pytest.mark.parametrize(
    ("op", "kind", "payload", "schema_pointer"),
    nullable_cases(),
    ids=[f"{op.node['operationId']}-{kind}" for op, kind, _, _ in nullable_cases()],
)
def test_nulls_round_trip(op: Operation, kind: str, payload: Any, schema_pointer: str) -> None:
    spec = load_spec()
    schema = {**resolve_pointer(schema_pointer), "components": spec["components"]}
    assert Draft202012Validator(schema).is_valid(payload), "nulling made the payload invalid"
    produced, _ = round_trip(op, kind, payload)
    assert produced == payload


# ---------------------------------------------------------------- wire format


def test_no_policy_free_client_ships() -> None:
    # Upstream's Client/AuthenticatedClient (no retries, other errors, a repr with the key)
    # and its endpoint functions are not generated: Vimmerse and AsyncVimmerse are the clients.
    import importlib.util

    import vimmerse

    assert not {"Client", "AuthenticatedClient"} & set(dir(vimmerse))
    for module in ("vimmerse.client", "vimmerse.api", "vimmerse.errors"):
        assert importlib.util.find_spec(module) is None, module


def multipart_array_ops() -> list[tuple[Operation, str]]:
    """(operation, field) for multipart bodies with an array-of-binary field."""
    found = []
    for op in operations():
        body = resolve(op.node.get("requestBody", {}))
        schema = resolve(body.get("content", {}).get("multipart/form-data", {}).get("schema", {}))
        for name, prop in schema.get("properties", {}).items():
            items = resolve(prop.get("items", {}))
            if prop.get("type") == "array" and items.get("format") == "binary":
                found.append((op, name))
    return found


def test_multipart_image_files_array_is_in_the_spec() -> None:
    assert ("post", "/media", "image_files") in {
        (op.method, op.path, field) for op, field in multipart_array_ops()
    }


@pytest.mark.parametrize(
    ("op", "field"),
    multipart_array_ops(),
    ids=[f"{op.node['operationId']}-{f}" for op, f in multipart_array_ops()],
)
def test_multipart_file_array_sends_one_part_per_file(op: Operation, field: str) -> None:
    files = [
        File(payload=BytesIO(b"first-image"), file_name="start.png", mime_type="image/png"),
        File(payload=BytesIO(b"second-image"), file_name="end.png", mime_type="image/png"),
    ]
    body = body_class(op)(**{field: files})
    kwargs = op.builder()(body=body, **path_args(op))
    request = httpx.Client(base_url=BASE_URL).build_request(**kwargs)
    raw = request.read()

    # Parse the encoded body with the stdlib MIME parser, as a server would.
    head = f"Content-Type: {request.headers['Content-Type']}\r\n\r\n".encode()
    message = BytesParser(policy=email.policy.HTTP).parsebytes(head + raw)
    assert isinstance(message, EmailMessage) and message.is_multipart()
    parts = [
        p
        for p in message.iter_parts()
        if p.get_param("name", header="content-disposition") == field
    ]
    assert [p.get_filename() for p in parts] == ["start.png", "end.png"]
    assert [p.get_payload(decode=True) for p in parts] == [b"first-image", b"second-image"]
