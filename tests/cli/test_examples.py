"""Each command's help shows the spec's request examples as command lines, and each line
runs: the CLI parses it and the mock accepts what it sends."""

from __future__ import annotations

import shlex
from typing import Any

import pytest

from tests.cli.conftest import Cli
from vimmerse._client import SURFACE
from vimmerse_core.cli._exits import Exit


def _spec_examples() -> list[tuple[str, str, str, dict[str, Any]]]:
    """(tag, command, example title, body) for every named request example in the spec."""
    import yaml

    data = yaml.safe_load(SURFACE.spec_text())
    by_id = {op.operation_id: op for op in SURFACE.operations()}
    found = []
    for item in data["paths"].values():
        for raw in item.values():
            if not isinstance(raw, dict) or raw.get("operationId") not in by_id:
                continue
            op = by_id[raw["operationId"]]
            for content in (raw.get("requestBody") or {}).get("content", {}).values():
                for name, example in (content.get("examples") or {}).items():
                    title = example.get("summary") or name.replace("_", " ")
                    found.append((op.tag, op.name.replace("_", "-"), title, example["value"]))
    return found


EXAMPLES = _spec_examples()


def test_the_spec_has_examples_to_show() -> None:
    assert EXAMPLES


@pytest.mark.parametrize(("tag", "command", "title", "body"), EXAMPLES, ids=lambda v: str(v)[:30])
def test_each_example_is_in_the_help_and_runs(
    mock_cli: Cli, tag: str, command: str, title: str, body: dict[str, Any]
) -> None:
    help_text = mock_cli(tag, command, "--help", env={"COLUMNS": "400"}).stdout
    assert "Examples" in help_text
    lines = [line.strip() for line in help_text.splitlines()]
    start = lines.index(f"{title}:")
    line = next(entry for entry in lines[start + 1 :] if entry.startswith("vimmerse "))
    argv = shlex.split(line)
    assert argv[1:3] == [tag, command]
    for value in body.values():  # every field of the example is on the line
        if isinstance(value, str):
            assert value in argv or any(value in word for word in argv), value
    # A path's id the example cannot know is named in capitals: any id parses, and the
    # mock answers that it has none.
    op = next(o for o in SURFACE.operations(tag) if o.name.replace("_", "-") == command)
    ids = {p.name.upper() for p in op.params if p.location == "path"}
    result = mock_cli(*["no-such-id" if word in ids else word for word in argv[1:]], "--json")
    expected = Exit.NOT_FOUND if ids & set(argv) else Exit.OK
    assert result.exit_code == expected, result.stderr
