"""The CLI needs no hand edit for a new operation: add it to the spec, regenerate, and the
command is there, with the spec's defaults and help. A new tag becomes a new group.

The spec's additions and the regenerated package: tests/regenerated.py."""

from __future__ import annotations

from tests.regenerated import (
    NEW_TAG,
    OLD_TAG,
    SHARPEN_ASYNC_FIELD,
    SHARPEN_METHOD,
    SHARPEN_PATH,
    VOICES_METHOD,
    VOICES_PATH,
    GeneratedPackage,
)
from tests.regenerated import (
    SHARPEN as SHARPEN_ITEM,
)

SHARPEN = SHARPEN_METHOD.replace("_", "-")
VOICES = VOICES_METHOD.replace("_", "-")
# Runs the regenerated package's CLI (tests/regenerated.py puts the package first).
PROBE = f"""
import json
import typer
from vimmerse._client import SURFACE
from vimmerse_core.cli._app import build
root = typer.main.get_command(build(SURFACE))
out = {{}}
for tag, name in (({OLD_TAG!r}, {SHARPEN!r}), ({NEW_TAG!r}, {VOICES!r})):
    command = root.commands[tag].commands[name]
    out[name] = {{
        "help": command.help,
        "params": {{p.name: {{"default": p.default, "opts": p.opts, "help": getattr(p, "help", None),
                   "choices": list(getattr(p.type, "choices", []) or [])}} for p in command.params}},
    }}
print(json.dumps(out))
"""


def test_a_new_operation_and_tag_become_commands(
    package_with_new_operations: GeneratedPackage,
) -> None:
    found = package_with_new_operations.probe(PROBE)

    sharpen = found[SHARPEN]
    assert "Sharpens an image." in sharpen["help"] and f"POST {SHARPEN_PATH}" in sharpen["help"]
    params = sharpen["params"]
    assert params["image_url"]["opts"] == ["--image-url"]
    assert params["image_url"]["help"] == "The image to sharpen."
    # Not sent unless typed; the help names the server's default.
    assert params["strength"]["default"] is None
    assert "Server default: 3." in params["strength"]["help"]
    # The choices in the spec's order (the manifest's), not the generated Literal's (sorted).
    body = SHARPEN_ITEM["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert params["mode"]["choices"] == body["properties"]["mode"]["enum"]
    assert params["mode"]["default"] is None
    assert {"cli_wait", "cli_download", "cli_json"} <= params.keys()  # it answers an asset
    # --wait sets the field the spec gives the async role, whatever its name.
    assert f"Sets --{SHARPEN_ASYNC_FIELD.replace('_', '-')}." in params["cli_wait"]["help"]

    voices = found[VOICES]
    assert f"GET {VOICES_PATH}" in voices["help"]
    assert voices["params"]["language"]["opts"] == ["--language"]
    assert "cli_wait" not in voices["params"]
