"""Shared by the CLI tests: the spec's operations as CLI commands, file checks, and the
one-line error contract."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from tests.spec.helpers import load_spec, operations, resolve

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
        for param in node.get("parameters", []):
            param = resolve(param)
            fields[_python_name(param["name"])] = resolve(param.get("schema", {}))
        body = resolve(node.get("requestBody", {}))
        for media in body.get("content", {}).values():
            for name, prop in _properties(media.get("schema", {})).items():
                fields[_python_name(name)] = prop
        method = str(node.get("x-sdk-method", node["operationId"]))
        out.append(
            SpecOperation(
                tag=str(node["tags"][0]),
                command=method.replace("_", "-"),
                route=f"{op.method.upper()} {op.path}",
                fields=fields,
            )
        )
    return out


def spec_tags() -> list[str]:
    return [str(t["name"]) for t in load_spec()["tags"]]


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
