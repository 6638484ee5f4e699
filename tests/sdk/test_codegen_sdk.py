"""The SDK surface comes from the spec alone: a new operation becomes a method on both clients.

The spec's additions and the regenerated package: tests/regenerated.py."""

from __future__ import annotations

import inspect
from pathlib import Path

import yaml

import vimmerse
from tests.regenerated import GeneratedPackage
from vimmerse import AsyncVimmerse, Vimmerse

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "vimmerse.yaml"

# Runs against the regenerated package (tests/regenerated.py puts it first): the new
# operation `image.sharpen`, and `audio.list_voices` on the new tag.
PROBE = """
import inspect, json
out = {}
for cls in (vimmerse.Vimmerse, vimmerse.AsyncVimmerse):
    client = cls(api_key="k")
    method = client.image.sharpen
    raw = client.with_raw_response.image.sharpen
    out[cls.__name__] = {
        "params": list(inspect.signature(method).parameters),
        "default": repr(inspect.signature(method).parameters["strength"].default),
        "doc": method.__doc__ or "",
        "coroutine": inspect.iscoroutinefunction(method),
        "raw": callable(raw),
        "new_tag": callable(client.audio.list_voices),
    }
print(json.dumps(out))
"""


def test_a_new_operation_becomes_a_method_on_both_clients(
    package_with_new_operations: GeneratedPackage,
) -> None:
    found = package_with_new_operations.probe(PROBE)
    for name, is_async in (("Vimmerse", False), ("AsyncVimmerse", True)):
        info = found[name]
        assert info["params"] == ["image_url", "strength", "mode", "async_mode", "wait"]
        assert info["default"] == "UNSET"  # the server's default applies
        assert "Sharpens an image." in info["doc"] and "Server default: 3" in info["doc"]
        assert info["coroutine"] is is_async
        assert info["raw"]
        assert info["new_tag"]


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
