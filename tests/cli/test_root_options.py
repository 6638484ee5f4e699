"""Root options anywhere on the line: before the group, after it, or after the command,
with the same effect; never taken from another option's value; listed in every help."""

from __future__ import annotations

import json
from typing import Annotated, Any

import pytest
import typer
from typer.core import TyperGroup, TyperOption

from tests.cli.conftest import Cli
from tests.cli.helpers import DEV_KEY, SECRET_KEY, assert_one_line_error
from vimmerse_core.cli import _commands
from vimmerse_core.cli._context import Settings, settings
from vimmerse_core.cli._exits import Exit
from vimmerse_core.cli._shared import PANEL, share, shared

GROUP, COMMAND = "image", "text-to-image"
REQUIRED = ["--prompt", "a fox"]


def _root(app: typer.Typer) -> TyperGroup:
    group = typer.main.get_command(app)
    assert isinstance(group, TyperGroup)
    return group


def _value(option: TyperOption) -> str:
    """A valid value for the option that differs from its default."""
    kind = type(option.default) if option.default is not None else str
    return {str: "http://127.0.0.1:9", int: "7", float: "3.5"}[kind]


def _placements(flag: str, value: str) -> dict[str, list[str]]:
    return {
        "before the group": [flag, value, GROUP, COMMAND, *REQUIRED],
        "after the group": [GROUP, flag, value, COMMAND, *REQUIRED],
        "after the command": [GROUP, COMMAND, *REQUIRED, flag, value],
    }


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> list[Settings]:
    """The settings each command run would use; nothing is sent."""
    found: list[Settings] = []

    def record(ctx: typer.Context, op: Any, values: dict[str, Any]) -> None:
        found.append(settings(ctx))

    monkeypatch.setattr(_commands, "run", record)
    return found


def test_every_root_option_means_the_same_anywhere(
    app: typer.Typer, cli: Cli, seen: list[Settings]
) -> None:
    options = shared(_root(app))
    assert options
    assert cli(GROUP, COMMAND, *REQUIRED).exit_code == 0
    [plain] = seen
    for option in options:
        flag, value = option.opts[0], _value(option)
        got: dict[str, Settings] = {}
        for where, args in _placements(flag, value).items():
            seen.clear()
            result = cli(*args)
            assert result.exit_code == 0, f"{flag} {where}: {result.output}"
            [got[where]] = seen
        assert len(set(got.values())) == 1, f"{flag}: {got}"
        assert got["before the group"] != plain, flag


def test_the_last_one_typed_wins(cli: Cli, seen: list[Settings]) -> None:
    url = "http://127.0.0.1:9"
    lines = [
        ["--base-url", "http://127.0.0.1:8", GROUP, COMMAND, *REQUIRED, "--base-url", url],
        [GROUP, "--base-url", "http://127.0.0.1:8", COMMAND, "--base-url", url, *REQUIRED],
    ]
    for args in lines:
        assert cli(*args).exit_code == 0
    assert [s.base_url for s in seen] == [url, url]


def test_an_environment_value_does_not_override_a_root_option(
    cli: Cli, seen: list[Settings]
) -> None:
    url = "http://127.0.0.1:9"
    env = {"VIMMERSE_BASE_URL": "http://127.0.0.1:8"}
    assert cli("--base-url", url, GROUP, COMMAND, *REQUIRED, env=env).exit_code == 0
    assert [s.base_url for s in seen] == [url]


def test_a_value_that_looks_like_a_root_option_is_not_taken_for_one(mock_cli: Cli) -> None:
    result = mock_cli(GROUP, COMMAND, "--prompt", "--api-key", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["args"]["prompt"] == "--api-key"


def test_a_key_after_the_command_is_the_one_sent(mock_cli: Cli) -> None:
    without_key = {"VIMMERSE_API_KEY": None}
    refused = mock_cli(GROUP, COMMAND, *REQUIRED, env=without_key)
    assert refused.exit_code == Exit.AUTHENTICATION
    result = mock_cli(GROUP, COMMAND, *REQUIRED, "--api-key", DEV_KEY, env=without_key)
    assert result.exit_code == 0, result.output
    wrong = mock_cli("--api-key", DEV_KEY, GROUP, COMMAND, *REQUIRED, "--api-key", SECRET_KEY)
    assert wrong.exit_code == Exit.AUTHENTICATION
    assert_one_line_error(wrong.stderr)
    assert SECRET_KEY not in wrong.output


def test_every_help_lists_the_root_options(app: typer.Typer, cli: Cli) -> None:
    root = _root(app)
    flags = [o.opts[0] for o in shared(root)]
    for args in ([], [GROUP], [GROUP, COMMAND]):
        result = cli(*args, "--help", env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.output
        listed = result.stdout.partition(PANEL)[2]
        for flag in flags:
            assert flag in listed, (args, flag)


def test_a_command_keeps_its_own_option_of_the_same_name() -> None:
    app = typer.Typer()

    @app.callback()
    def main(base_url: Annotated[str, typer.Option()] = "root") -> None:
        """The root."""

    @app.command()
    def own(base_url: Annotated[str, typer.Option(help="the command's own")] = "own") -> None:
        """A command with an option named as a root one."""

    @app.command()
    def other() -> None:
        """A command without one."""

    root = _root(app)
    share(root)
    assert [getattr(p, "help", None) for p in root.commands["own"].params] == ["the command's own"]
    assert [p.opts for p in root.commands["other"].params] == [["--base-url"]]
