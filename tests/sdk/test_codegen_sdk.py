"""The SDK surface comes from the spec alone: a new operation becomes a method on both clients."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

import vimmerse
from vimmerse import AsyncVimmerse, Vimmerse

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "vimmerse.yaml"

NEW_OPERATION: dict[str, Any] = {
    "post": {
        "tags": ["image"],
        "operationId": "sharpen_image",
        "x-sdk-method": "sharpen",
        "summary": "Sharpen image",
        "description": "Sharpens an image.",
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["image_url"],
                        "properties": {
                            "image_url": {"type": "string"},
                            "strength": {"type": "integer", "default": 3},
                            "async_mode": {"type": "boolean", "default": False},
                        },
                    }
                }
            },
        },
        "responses": {"200": {"$ref": "#/components/responses/Asset"}},
    }
}

PROBE = """
import inspect, json, sys
sys.path.insert(0, sys.argv[1])
import vimmerse
assert vimmerse.__file__.startswith(sys.argv[1]), vimmerse.__file__
out = {}
for cls in (vimmerse.Vimmerse, vimmerse.AsyncVimmerse):
    client = cls(api_key="k")
    method = client.image.sharpen
    raw = client.with_raw_response.image.sharpen
    out[cls.__name__] = {
        "params": list(inspect.signature(method).parameters),
        "default": inspect.signature(method).parameters["strength"].default,
        "doc": method.__doc__ or "",
        "coroutine": inspect.iscoroutinefunction(method),
        "raw": callable(raw),
    }
print(json.dumps(out))
"""


def test_a_new_operation_becomes_a_method_on_both_clients(tmp_path: Path) -> None:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    spec["paths"]["/v2/image/sharpen"] = NEW_OPERATION
    copy = tmp_path / "vimmerse.yaml"
    # sort_keys=False keeps x-sdk-method on the line after operationId, as the template needs.
    copy.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "codegen" / "generate.py"),
            "--spec",
            str(copy),
            "--out",
            str(out),
        ],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, str(out)],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    found = json.loads(probe.stdout)
    for name, is_async in (("Vimmerse", False), ("AsyncVimmerse", True)):
        info = found[name]
        assert info["params"] == ["image_url", "strength", "async_mode", "wait"]
        assert info["default"] == 3
        assert "Sharpens an image." in info["doc"]
        assert info["coroutine"] is is_async
        assert info["raw"]


def _spec_operations() -> list[tuple[str, str, str]]:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    ops: list[tuple[str, str, str]] = []
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "operationId" in op:
                name = str(op["operationId"])
                ops.append((str(op["tags"][0]), name, str(op.get("x-sdk-method", name))))
    return ops


def test_every_operation_of_the_spec_is_a_method() -> None:
    ops = _spec_operations()
    assert len(ops) >= 35
    for cls in (Vimmerse, AsyncVimmerse):
        client = cls(api_key="k")
        for tag, operation_id, method in ops:
            resource = getattr(client, tag)
            assert callable(getattr(resource, method)), (
                f"{cls.__name__}.{tag}.{method} ({operation_id})"
            )
            assert callable(getattr(getattr(client.with_raw_response, tag), method))
            assert inspect.iscoroutinefunction(getattr(resource, method)) is (cls is AsyncVimmerse)


def test_generated_package_is_the_one_under_test() -> None:
    assert Path(vimmerse.__file__).resolve().is_relative_to(ROOT / "generated")
