"""The package regenerated from the spec plus two new operations, for the tests showing
that a new operation needs no hand edit (tests/sdk/test_codegen_sdk.py for the SDK,
tests/cli/test_new_operation.py for the CLI). Generated once per session by the fixture
`package_with_new_operations` (tests/conftest.py): a generation takes seconds."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tests.spec.helpers import operations, tags
from vimmerse_core.spec import read

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "vimmerse.yaml"


def _fresh(name: str, taken: set[str]) -> str:
    """name, or name with a number, so that it is none of `taken` whatever the spec holds."""
    return next(
        f"{name}{n or ''}" for n in range(len(taken) + 1) if f"{name}{n or ''}" not in taken
    )


_TAGS = tags()
# A tag the spec has, and one it does not have yet: where the two operations go.
OLD_TAG = _TAGS[0]
NEW_TAG = _fresh("audio", set(_TAGS))
_IDS = {op.operation_id for op in operations()}
_METHODS = {op.sdk_method for op in operations() if op.tag == OLD_TAG}
SHARPEN_METHOD = _fresh("sharpen", _METHODS)
# Its async-role field is not named async_mode: only the role says what it means.
SHARPEN_ASYNC_FIELD = "answer_now"
SHARPEN_PATH = _fresh(f"/v2/{OLD_TAG}/sharpen", {op.path for op in operations()})
VOICES_PATH = _fresh(f"/v2/{NEW_TAG}/voices", {op.path for op in operations()})


# What is added to the spec: an operation on an existing tag (SDK method
# `<OLD_TAG>.sharpen`)...
SHARPEN: dict[str, Any] = {
    "post": {
        "tags": [OLD_TAG],
        "operationId": _fresh("sharpen_image", _IDS),
        "x-sdk-method": SHARPEN_METHOD,
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
                            "image_url": {"type": "string", "description": "The image to sharpen."},
                            "strength": {"type": "integer", "default": 3},
                            "mode": {"type": "string", "enum": ["soft", "hard"], "default": "soft"},
                            SHARPEN_ASYNC_FIELD: {
                                "type": "boolean",
                                "default": False,
                                "x-vimmerse-role": "async",
                            },
                        },
                    }
                }
            },
        },
        "responses": {"200": {"$ref": "#/components/responses/Asset"}},
    }
}

# ...and one on a new tag.
VOICES: dict[str, Any] = {
    "get": {
        "tags": [NEW_TAG],
        "operationId": _fresh("list_voices", _IDS),
        "summary": "List voices",
        "description": "Lists the voices for lip sync.",
        "parameters": [{"name": "language", "in": "query", "schema": {"type": "string"}}],
        "responses": {
            "200": {
                "description": "Voices",
                "content": {"application/json": {"schema": {"type": "string"}}},
            }
        },
    }
}


VOICES_METHOD = str(VOICES["get"]["operationId"])


# Runs before every probe: the package under test is the generated one, not the repo's.
PREAMBLE = """
import sys
sys.path.insert(0, sys.argv[1])
import vimmerse
assert vimmerse.__file__.startswith(sys.argv[1]), vimmerse.__file__
"""


@dataclass(frozen=True)
class GeneratedPackage:
    path: Path  # the folder holding the generated `vimmerse` package

    def probe(self, source: str) -> Any:
        """Run `source` in a child Python that imports this package; return the JSON it prints."""
        proc = subprocess.run(
            [sys.executable, "-c", PREAMBLE + source, str(self.path)],
            capture_output=True,
            text=True,
            cwd=self.path.parent,  # not the repo root, whose folders would shadow the package
        )
        assert proc.returncode == 0, f"the probe failed:\n{proc.stderr[-5000:]}"
        return json.loads(proc.stdout)


def generate(base: Path) -> GeneratedPackage:
    """Write the extended spec into base and generate the package from it there."""
    spec = read(SPEC)
    spec["paths"][SHARPEN_PATH] = SHARPEN
    spec["paths"][VOICES_PATH] = VOICES
    spec["tags"].append({"name": NEW_TAG, "description": "Voices and sound."})
    copy = base / "vimmerse.yaml"
    # sort_keys=False keeps x-sdk-method on the line after operationId, as the generator needs.
    copy.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    out = base / "out"
    out.mkdir()
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "codegen" / "generate.py"),
            "--spec",
            str(copy),
            "--out",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, f"generate.py failed:\n{proc.stdout[-3000:]}{proc.stderr[-5000:]}"
    return GeneratedPackage(out)
