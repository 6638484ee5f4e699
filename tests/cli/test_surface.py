"""The command tree follows the spec, and a user's mistakes end in one line and an exit
code, never a traceback. No server is needed here."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import typer
import typer.completion
from typer.core import TyperGroup

from devtools.servers import free_port
from tests.cli.conftest import Cli
from tests.cli.helpers import (
    SECRET_KEY,
    SpecOperation,
    assert_one_line_error,
    first_field,
    one_required,
    option,
    spec_operations,
    spec_tags,
)
from vimmerse_core.cli._exits import MEANING, Exit

ROOT = Path(__file__).resolve().parents[2]


def _root(app: typer.Typer) -> TyperGroup:
    group = typer.main.get_command(app)
    assert isinstance(group, TyperGroup)
    return group


def test_help_lists_every_tag_and_the_exit_codes(cli: Cli) -> None:
    result = cli("--help")
    assert result.exit_code == 0, result.output
    tags = spec_tags()
    assert tags
    for tag in tags:
        assert f"│ {tag} " in result.stdout, tag
    assert "mock" in result.stdout
    for code in Exit:
        assert f"{int(code)} {MEANING[code].split(':')[0]}" in result.stdout, code


def test_every_operation_of_the_spec_is_a_command_with_its_fields(app: typer.Typer) -> None:
    root = _root(app)
    ops = spec_operations()
    assert ops
    for op in ops:
        group = root.commands[op.tag]
        assert isinstance(group, TyperGroup)
        assert op.command in group.commands, f"{op.tag} {op.command} ({op.route})"
        command = group.commands[op.command]
        assert op.route in (command.help or ""), op.route
        params = {p.name: p for p in command.params}
        for name, schema in op.fields.items():
            assert name in params, f"{op.tag} {op.command}: no option for {name}"
            # Only what the user types is sent: no option has a default of its own, and the
            # help names the server's.
            assert params[name].default in (None, ()), f"{op.command} --{name}"
            if schema.get("default") is not None:
                default = json.dumps(schema["default"])
                help_text = getattr(params[name], "help", None) or ""
                assert f"Server default: {default}" in help_text, op.command


def test_help_text_comes_from_the_spec(cli: Cli) -> None:
    result = cli("image", "text-to-image", "--help", env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "Generates one or more images from a text prompt." in result.stdout
    assert "POST /v2/image/text-2-image" in result.stdout
    assert "Model/tool; AutoI picks automatically." in result.stdout
    assert 'Server default: "AutoI"' in result.stdout


def test_a_group_without_a_command_shows_its_commands(cli: Cli) -> None:
    result = cli("assets")
    assert "Read the assets that the v2 image and video routes create." in result.stdout
    for name in ("get", "wait", "download"):
        assert f"│ {name} " in result.stdout


def test_completion_of_a_group_name_yields_its_commands(cli: Cli) -> None:
    env = {
        "_VIMMERSE_COMPLETE": "complete_bash",
        "COMP_WORDS": "vimmerse media ",
        "COMP_CWORD": "2",
    }
    result = cli(env=env)
    assert result.exit_code == 0
    offered = result.stdout.split()
    assert {"create", "upload", "get", "download", "wait"} <= set(offered)
    assert "text-to-image" not in offered


def test_completion_of_a_partial_command(cli: Cli) -> None:
    env = {
        "_VIMMERSE_COMPLETE": "complete_bash",
        "COMP_WORDS": "vimmerse image te",
        "COMP_CWORD": "2",
    }
    assert cli(env=env).stdout.split() == ["text-to-image"]


def test_show_completion_prints_a_shell_script(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    # typer reads the shell from the process tree, which a detached test run may lack.
    monkeypatch.setattr(typer.completion, "_get_shell_name", lambda: "bash")
    result = cli("--show-completion", "bash")
    assert result.exit_code == 0, result.output + result.stderr
    assert "_VIMMERSE_COMPLETE=complete_bash" in result.stdout


def _binary(schema: dict[str, Any]) -> bool:
    return schema.get("format") == "binary"


def _required_options(op: SpecOperation) -> list[str]:
    """Options giving each required field of op a valid value, so only the mistake fails."""
    argv = []
    for name in sorted(op.body_required):
        schema = op.fields[name]
        argv += [option(name), str((schema.get("enum") or ["u"])[0])]
    return argv


def usage_mistakes() -> list[tuple[list[str], str]]:
    """(argv, what the error says): each mistake on the first command the spec gives for it."""
    ops = spec_operations()
    enum_op, enum_field, _ = first_field("enum")
    int_op, int_field, _ = first_field("integer")
    object_op, object_field, _ = first_field("object")
    required_op, required_field = one_required()
    file_op = next(op for op in ops if any(_binary(f) for f in op.fields.values()))
    files_op = next(
        op for op in ops if any(_binary(f.get("items", {})) for f in op.fields.values())
    )
    return [
        (
            [*enum_op.argv, *_required_options(enum_op), option(enum_field), "not-a-choice"],
            "'not-a-choice' is not one of",
        ),
        ([*file_op.argv, "no/such/file.png"], "does not exist"),
        ([*files_op.argv, "no-such.png"], "does not exist"),
        ([*int_op.argv, option(int_field), "many"], "'many' is not a valid int"),
        (required_op.argv, f"Missing option '{option(required_field)}'"),
        ([*ops[0].argv, "--colour", "red"], "No such option: --colour"),
        ([ops[0].tag, "no-such-command"], "No such command 'no-such-command'"),
        (
            [*object_op.argv, *_required_options(object_op), option(object_field), "{not json"],
            f"'{option(object_field)}': not valid JSON",
        ),
        (  # a RecursionError traceback before
            [
                *object_op.argv,
                *_required_options(object_op),
                option(object_field),
                '{"a":' * 5000 + "1" + "}" * 5000,
            ],
            "nested deeper than",
        ),
    ]


@pytest.mark.parametrize(("args", "fragment"), usage_mistakes(), ids=lambda v: str(v))
def test_usage_mistakes_are_one_line_and_exit_2(cli: Cli, args: list[str], fragment: str) -> None:
    # A key is set so that only the mistake can fail the command.
    result = cli.run(args, env={"VIMMERSE_API_KEY": SECRET_KEY})
    assert result.exit_code == Exit.USAGE, result.output
    assert_one_line_error(result.stderr, fragment)
    assert result.stdout == ""


def test_no_api_key_is_an_authentication_error(cli: Cli) -> None:
    result = cli("text", "refine-prompt", "--prompt", "a fox")
    assert result.exit_code == Exit.AUTHENTICATION
    assert_one_line_error(result.stderr, "no API key", "VIMMERSE_API_KEY")


def test_no_server_is_a_network_error_and_the_key_is_never_shown(cli: Cli) -> None:
    closed = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    result = cli(
        "--max-retries",
        "0",
        "assets",
        "get",
        "a1",
        env={"VIMMERSE_BASE_URL": closed, "VIMMERSE_API_KEY": SECRET_KEY},
    )
    assert result.exit_code == Exit.NETWORK
    assert_one_line_error(result.stderr, "network error", closed)
    assert SECRET_KEY not in result.output


def test_the_key_is_not_shown_in_help(cli: Cli) -> None:
    result = cli("--help", env={"VIMMERSE_API_KEY": SECRET_KEY})
    assert "VIMMERSE_API_KEY" in result.stdout
    assert SECRET_KEY not in result.output


def test_a_plain_http_key_to_a_remote_host_is_refused(cli: Cli) -> None:
    env = {"VIMMERSE_BASE_URL": "http://api.example.com", "VIMMERSE_API_KEY": SECRET_KEY}
    result = cli("assets", "get", "a1", env=env)
    assert result.exit_code == Exit.AUTHENTICATION
    assert_one_line_error(result.stderr)
    assert SECRET_KEY not in result.output


def test_mock_passes_its_flags_to_the_mock(cli: Cli) -> None:
    result = cli("mock", "--help")
    assert result.exit_code == 0
    assert "--duration KIND=SECONDS" in result.stdout


def test_version(cli: Cli) -> None:
    from vimmerse import __version__

    assert cli("--version").stdout == f"vimmerse {__version__}\n"


def test_readme_documents_the_same_exit_codes() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code, meaning in MEANING.items():
        assert f"| {int(code)} | {meaning} |" in readme, code


def test_header_parameters_sit_in_their_own_panel(cli: Cli) -> None:
    from vimmerse._client import SURFACE

    op = next(o for o in SURFACE.operations() if any(p.location == "header" for p in o.params))
    # Shown by --help-all only (tests/cli/test_teaching.py).
    result = cli(op.tag, op.name.replace("_", "-"), "--help-all", env={"COLUMNS": "200"})
    assert result.exit_code == 0
    fields, _, advanced = result.stdout.partition("Advanced: request headers")
    for p in op.params:
        flag = "--" + p.name.replace("_", "-")
        if p.location == "header":
            assert flag in advanced and flag not in fields, flag
        elif p.location == "body" and p.kind == "value":
            assert flag in fields, flag


_FILLER = {"a", "an", "and", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}


def _words(text: str) -> set[str]:
    return {w.lower().removesuffix("s") for w in re.findall(r"[A-Za-z]+", text)}


def _restates(text: str, *names: str) -> bool:
    """Whether text says nothing but the words of its names (and filler)."""
    return not _words(text) - _words(" ".join(n.replace("-", " ") for n in names)) - _FILLER


def test_no_help_merely_restates_its_name(app: typer.Typer) -> None:
    from vimmerse._client import SURFACE

    root = _root(app)
    listed: list[tuple[str, ...]] = []

    def visit(group: TyperGroup, path: tuple[str, ...]) -> None:
        for name, command in group.commands.items():
            here = (*path, name)
            listed.append(here)
            line = command.short_help or command.help or ""
            assert not _restates(line, *here), f"{' '.join(here)}: {line!r}"
            assert not _restates(command.help or "", *here), " ".join(here)
            if isinstance(command, TyperGroup):
                visit(command, here)

    visit(root, ())
    manifest = SURFACE.manifest
    for op in manifest["operations"]:
        assert (op["tag"], op["name"].replace("_", "-")) in listed, op["name"]
    assert set(manifest["tag_descriptions"]) <= {path[0] for path in listed}


def test_the_restatement_check_catches_a_title() -> None:
    assert _restates("Text to image", "image", "text-to-image")
    assert _restates("Estimate image credits.", "image", "estimate-credits")
    assert not _restates(
        "Generates one or more images from a text prompt.", "image", "text-to-image"
    )


def test_every_option_shows_its_allowed_values_and_range(app: typer.Typer) -> None:
    from vimmerse._client import SURFACE

    root = _root(app)
    checked = 0
    for op in SURFACE.operations():
        group = root.commands[op.tag]
        assert isinstance(group, TyperGroup)
        params = {p.name: p for p in group.commands[op.name.replace("_", "-")].params}
        for p in op.params:
            shown = [str(c) for c in p.choices]
            shown += [str(b) for b in (p.minimum, p.maximum) if b is not None]
            help_text = getattr(params[p.name], "help", None) or ""
            for text in shown:
                assert text in help_text, f"{op.name} --{p.name}: {text} not in {help_text!r}"
            checked += bool(shown)
    assert checked


def test_an_option_whose_spec_field_has_words_shows_them(app: typer.Typer) -> None:
    """A description, or else a title that says more than the name (the pages print the
    title beside the field, often as its only text)."""
    root = _root(app)
    checked = 0
    for op in spec_operations():
        group = root.commands[op.tag]
        assert isinstance(group, TyperGroup)
        params = {p.name: p for p in group.commands[op.command].params}
        for name, schema in op.fields.items():
            title = str(schema.get("title", ""))
            says = schema.get("description") or (
                len(title.split()) > 1 and not _restates(title, name.replace("_", "-"))
            )
            if not says:
                continue
            checked += 1
            help_text = getattr(params[name], "help", None) or ""
            text = str(schema.get("description") or title).split(".")[0].split("`")[0]
            assert text.strip() and " ".join(text.split()) in " ".join(help_text.split()), (
                f"{op.tag} {op.command} --{name}: {help_text!r}"
            )
    assert checked
