"""Shared by the CLI tests: the spec's operations as CLI commands, file checks, and the
one-line error contract."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from tests.spec.helpers import operations, quantity_field, request_schema, resolve, tags

DEV_KEY = "vimmerse-dev-key"
BROKE_KEY = "cli-test-key-without-credit"
# A key long enough to be treated as a secret (and scrubbed) by the SDK.
SECRET_KEY = "sk-cli-test-0123456789abcdef"


@dataclass(frozen=True)
class SpecOperation:
    tag: str
    command: str
    route: str
    fields: dict[str, Any]  # python name -> the field's resolved schema (headers included)
    body_required: frozenset[str]  # python names of the required body fields
    operation_id: str

    @property
    def argv(self) -> list[str]:
        return [self.tag, self.command]


def _python_name(name: str) -> str:
    return str(PythonIdentifier(name, "field_"))


def _properties(schema: Any) -> dict[str, Any]:
    schema = resolve(schema)
    found: dict[str, Any] = {}
    for part in schema.get("allOf", []):
        found.update(_properties(part))
    for name, prop in schema.get("properties", {}).items():
        found[name] = resolve(prop)
    return found


def spec_operations() -> list[SpecOperation]:
    out: list[SpecOperation] = []
    for op in operations():
        node = op.node
        fields: dict[str, Any] = {}
        required: set[str] = set()
        for param in node.get("parameters", []):
            param = resolve(param)
            fields[_python_name(param["name"])] = resolve(param.get("schema", {}))
        body = resolve(node.get("requestBody", {}))
        for media in body.get("content", {}).values():
            schema = resolve(media.get("schema", {}))
            required |= {_python_name(name) for name in schema.get("required", [])}
            for name, prop in _properties(schema).items():
                fields[_python_name(name)] = prop
        out.append(
            SpecOperation(
                tag=op.tag,
                command=op.sdk_method.replace("_", "-"),
                route=op.label,
                fields=fields,
                body_required=frozenset(required),
                operation_id=op.operation_id,
            )
        )
    return out


def spec_tags() -> list[str]:
    return tags()


def option(name: str) -> str:
    """The CLI option of an API field: `--image-url` for `image_url`."""
    return "--" + name.replace("_", "-")


def with_quantity() -> tuple[SpecOperation, str, dict[str, Any]]:
    """The first command with a quantity field (`x-vimmerse-role: quantity`) and no required
    one: (command, field, schema)."""
    for op in spec_operations():
        spec_op = next(o for o in operations() if o.operation_id == op.operation_id)
        name = quantity_field(request_schema(spec_op))
        if name and not op.body_required and "{" not in op.route:
            return op, _python_name(name), op.fields[_python_name(name)]
    raise AssertionError("no command without required fields has a quantity field")


def first_field(kind: str) -> tuple[SpecOperation, str, dict[str, Any]]:
    """The first (command, field, schema) whose field has JSON type `kind`, or allowed
    values when kind is "enum"."""
    for op in spec_operations():
        for name, schema in op.fields.items():
            if (kind == "enum" and schema.get("enum")) or schema.get("type") == kind:
                return op, name, schema
    raise AssertionError(f"no operation has a field of type {kind}")


def one_required() -> tuple[SpecOperation, str]:
    """The first command whose only required input is one body field."""
    for op in spec_operations():
        if len(op.body_required) == 1 and "{" not in op.route:
            return op, next(iter(op.body_required))
    raise AssertionError("no command has exactly one required field")


def is_png(path: Path) -> bool:
    return path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def is_mp4(path: Path) -> bool:
    head = path.read_bytes()[:12]
    return len(head) == 12 and head[4:8] == b"ftyp"


def assert_one_line_error(stderr: str, *fragments: str) -> None:
    """The error contract: exactly one line on stderr, prefixed, no traceback."""
    lines = [line for line in stderr.splitlines() if line.startswith("vimmerse: ")]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr, stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
