"""The CLI needs no hand edit for a new operation: add it to the spec, regenerate, and the
command is there, with the spec's defaults and help. A new tag becomes a new group."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "vimmerse.yaml"

SHARPEN: dict[str, Any] = {
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
                            "image_url": {"type": "string", "description": "The image to sharpen."},
                            "strength": {"type": "integer", "default": 3},
                            "mode": {"type": "string", "enum": ["soft", "hard"], "default": "soft"},
                            "async_mode": {"type": "boolean", "default": False},
                        },
                    }
                }
            },
        },
        "responses": {"200": {"$ref": "#/components/responses/Asset"}},
    }
}

VOICES: dict[str, Any] = {
    "get": {
        "tags": ["audio"],
        "operationId": "list_voices",
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

# Runs the regenerated package's CLI: sys.argv[1] is where it was written.
PROBE = """
import json, sys
sys.path.insert(0, sys.argv[1])
import typer
from vimmerse.cli._app import build
assert __import__("vimmerse").__file__.startswith(sys.argv[1])
root = typer.main.get_command(build())
out = {}
for tag, name in (("image", "sharpen"), ("audio", "list-voices")):
    command = root.commands[tag].commands[name]
    out[name] = {
        "help": command.help,
        "params": {p.name: {"default": p.default, "opts": p.opts, "help": getattr(p, "help", None),
                   "choices": list(getattr(p.type, "choices", []) or [])} for p in command.params},
    }
print(json.dumps(out))
"""


def test_a_new_operation_and_tag_become_commands(tmp_path: Path) -> None:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    spec["paths"]["/v2/image/sharpen"] = SHARPEN
    spec["paths"]["/v2/audio/voices"] = VOICES
    spec["tags"].append({"name": "audio", "description": "Voices and sound."})
    copy = tmp_path / "vimmerse.yaml"
    # sort_keys=False keeps x-sdk-method on the line after operationId, as the generator needs.
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

    sharpen = found["sharpen"]
    assert "Sharpens an image." in sharpen["help"] and "POST /v2/image/sharpen" in sharpen["help"]
    params = sharpen["params"]
    assert params["image_url"]["opts"] == ["--image-url"]
    assert params["image_url"]["help"] == "The image to sharpen."
    assert params["strength"]["default"] == 3
    assert params["mode"]["choices"] == ["hard", "soft"] and params["mode"]["default"] == "soft"
    assert {"cli_wait", "cli_download", "cli_json"} <= params.keys()  # it answers an asset

    voices = found["list-voices"]
    assert "GET /v2/audio/voices" in voices["help"]
    assert voices["params"]["language"]["opts"] == ["--language"]
    assert "cli_wait" not in voices["params"]
