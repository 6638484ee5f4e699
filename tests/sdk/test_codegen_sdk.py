"""The SDK surface comes from the spec alone: a new operation becomes a method on both clients.

The spec's additions and the regenerated package: tests/regenerated.py."""

from __future__ import annotations

import copy
import inspect
import subprocess
import sys
from pathlib import Path

import yaml

import vimmerse
from tests.regenerated import (
    NEW_TAG,
    OLD_TAG,
    SHARPEN_ASYNC_FIELD,
    SHARPEN_METHOD,
    VOICES,
    VOICES_METHOD,
    VOICES_PATH,
    GeneratedPackage,
)
from tests.spec.helpers import operations
from vimmerse import AsyncVimmerse, Vimmerse
from vimmerse_core._request_options import PER_CALL
from vimmerse_core.spec import read

ROOT = Path(__file__).resolve().parents[2]

# Runs against the regenerated package (tests/regenerated.py puts it first): the new
# operation `<OLD_TAG>.sharpen`, and `<NEW_TAG>.list_voices` on the new tag.
PROBE = f"""
import inspect, json
out = {{}}
for cls in (vimmerse.Vimmerse, vimmerse.AsyncVimmerse):
    client = cls(api_key="k")
    method = client.{OLD_TAG}.{SHARPEN_METHOD}
    raw = client.with_raw_response.{OLD_TAG}.{SHARPEN_METHOD}
    out[cls.__name__] = {{
        "params": list(inspect.signature(method).parameters),
        "default": repr(inspect.signature(method).parameters["strength"].default),
        "doc": method.__doc__ or "",
        "coroutine": inspect.iscoroutinefunction(method),
        "raw": callable(raw),
        "new_tag": callable(client.{NEW_TAG}.{VOICES_METHOD}),
    }}
print(json.dumps(out))
"""


def test_a_new_operation_becomes_a_method_on_both_clients(
    package_with_new_operations: GeneratedPackage,
) -> None:
    found = package_with_new_operations.probe(PROBE)
    for name, is_async in (("Vimmerse", False), ("AsyncVimmerse", True)):
        info = found[name]
        assert info["params"] == [
            "image_url",
            "strength",
            "mode",
            SHARPEN_ASYNC_FIELD,
            "wait",
            *PER_CALL,  # every method's per-call options come last
        ]
        assert info["default"] == "UNSET"  # the server's default applies
        assert "Sharpens an image." in info["doc"] and "Server default: 3" in info["doc"]
        assert info["coroutine"] is is_async
        assert info["raw"]
        assert info["new_tag"]


def test_every_operation_of_the_spec_is_a_method() -> None:
    ops = operations()
    assert ops
    for cls in (Vimmerse, AsyncVimmerse):
        client = cls(api_key="k")
        for op in ops:
            resource = getattr(client, op.tag)
            method = getattr(resource, op.sdk_method)
            assert callable(method), f"{cls.__name__}.{op.tag}.{op.sdk_method} ({op.operation_id})"
            assert callable(getattr(getattr(client.with_raw_response, op.tag), op.sdk_method))
            assert inspect.iscoroutinefunction(method) is (cls is AsyncVimmerse)


def test_generated_package_is_the_one_under_test() -> None:
    assert Path(vimmerse.__file__).resolve().is_relative_to(ROOT / "generated")


def test_an_api_parameter_named_like_a_per_call_option_is_refused(tmp_path: Path) -> None:
    # A query parameter `timeout` would silently shadow the per-call timeout: say so instead.
    spec = read(ROOT / "openapi" / "vimmerse.yaml")
    voices = copy.deepcopy(VOICES)
    voices["get"]["parameters"] = [{"name": "timeout", "in": "query", "schema": {"type": "string"}}]
    spec["paths"][VOICES_PATH] = voices
    spec["tags"].append({"name": NEW_TAG})
    path = tmp_path / "vimmerse.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "codegen/generate.py",
            "--spec",
            str(path),
            "--out",
            str(tmp_path / "out"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode != 0
    assert "parameter 'timeout' has the name of an SDK keyword" in proc.stdout + proc.stderr
