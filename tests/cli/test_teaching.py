"""Error lines and help that teach: a 404 names the kind and the id, a refused key says
where it came from, a key typed into a header option is explained, a number out of the
spec's range is refused before anything is sent, and the header options wait for
--help-all."""

from __future__ import annotations

import httpx
import pytest
import respx

from devtools.servers import free_port
from tests.cli.conftest import Cli
from tests.cli.helpers import DEV_KEY, SECRET_KEY, assert_one_line_error
from vimmerse._client import SURFACE
from vimmerse_core._surface import Operation, Param
from vimmerse_core.cli._exits import Exit

BASE = "https://api.refusing.test"
KEY_HEADER = SURFACE.api_key_header


def _command(op: Operation) -> list[str]:
    return [op.tag, op.name.replace("_", "-")]


def _required(op: Operation) -> list[str]:
    """Values for the operation's required options (none of the tests' checks depends on them)."""
    argv: list[str] = []
    for p in op.params:
        if p.required and not p.positional:
            argv += [f"--{p.name.replace('_', '-')}", "1" if p.base in ("int", "float") else "x"]
    return argv


def _job_read() -> tuple[str, str]:
    """A job kind and the group whose `wait` follows it, from the manifest."""
    kind, job = next(iter(sorted(SURFACE.manifest["jobs"].items())))
    return kind, job["read"]["tag"]


def _ranged() -> tuple[Operation, Param]:
    """An operation without path or file arguments and one of its numeric fields with a
    maximum in the spec."""
    for op in SURFACE.operations():
        if any(p.positional for p in op.params):
            continue
        for p in op.params:
            if p.base in ("int", "float") and p.maximum is not None and not p.multiple:
                return op, p
    raise LookupError("no operation has a numeric field with a maximum")


def _with_headers() -> tuple[Operation, list[Param]]:
    for op in SURFACE.operations():
        headers = [p for p in op.params if p.location == "header"]
        if headers and not any(p.positional for p in op.params):
            return op, headers
    raise LookupError("no operation takes header parameters")


def test_a_404_names_the_kind_and_the_id(mock_cli: Cli) -> None:
    kind, group = _job_read()
    for verb in ("wait", "get"):
        result = mock_cli(group, verb, "no-such-id")
        assert result.exit_code == Exit.NOT_FOUND
        assert_one_line_error(result.stderr, f"no {kind} 'no-such-id'", "404")


@pytest.mark.parametrize(
    ("how", "origin"),
    [("env", "$VIMMERSE_API_KEY"), ("flag", "--api-key"), ("mock", "the mock's built-in key")],
)
def test_a_refused_key_says_where_it_came_from(cli: Cli, how: str, origin: str) -> None:
    key = DEV_KEY if how == "mock" else SECRET_KEY
    env = {"VIMMERSE_BASE_URL": BASE, "VIMMERSE_API_KEY": None if how == "flag" else key}
    flag = ["--api-key", key] if how == "flag" else []
    _, group = _job_read()
    with respx.mock(base_url=BASE) as api:
        api.route().mock(return_value=httpx.Response(401, json={"message": "UNAUTHORIZED"}))
        result = cli(*flag, group, "get", "a1", env=env)
    assert result.exit_code == Exit.AUTHENTICATION
    assert_one_line_error(result.stderr, "401", "(key from ", origin)
    assert SECRET_KEY not in result.stderr


def test_a_key_typed_into_a_header_option_is_explained(cli: Cli) -> None:
    op, headers = _with_headers()
    flag = f"--{headers[0].name.replace('_', '-')}"
    env = {"VIMMERSE_BASE_URL": f"http://127.0.0.1:{free_port()}"}
    result = cli(*_command(op), *_required(op), flag, f"Bearer {SECRET_KEY}", env=env)
    assert result.exit_code == Exit.AUTHENTICATION
    assert_one_line_error(result.stderr, "no API key", flag, "never read as the key", KEY_HEADER)
    assert SECRET_KEY not in result.stderr


def test_a_number_out_of_range_is_refused_before_sending(cli: Cli) -> None:
    op, param = _ranged()
    assert param.maximum is not None
    too_big = str(int(param.maximum) + 1)
    flag = f"--{param.name.replace('_', '-')}"
    # Nothing listens there: had anything been sent, this would be a network error.
    env = {"VIMMERSE_BASE_URL": f"http://127.0.0.1:{free_port()}", "VIMMERSE_API_KEY": SECRET_KEY}
    argv = _required(op)
    if flag in argv:
        argv[argv.index(flag) + 1] = too_big
    else:
        argv += [flag, too_big]
    result = cli("--max-retries", "0", *_command(op), *argv, env=env)
    assert result.exit_code == Exit.USAGE
    assert_one_line_error(result.stderr, flag, too_big, "range")


def test_header_options_are_shown_by_help_all_only(cli: Cli) -> None:
    op, headers = _with_headers()
    flags = [f"--{p.name.replace('_', '-')}" for p in headers]
    short = cli(*_command(op), "--help")
    full = cli(*_command(op), "--help-all")
    assert short.exit_code == full.exit_code == Exit.OK
    assert "--help-all" in short.stdout
    for flag in flags:
        assert flag not in short.stdout
        assert flag in full.stdout
    # Shown once, hidden again: the next --help is the short one.
    assert flags[0] not in cli(*_command(op), "--help").stdout


def _known() -> tuple[Operation, Param]:
    """An operation without path or file arguments and an open field with known values
    (x-vimmerse-known)."""
    for op in SURFACE.operations():
        if any(p.positional for p in op.params):
            continue
        for p in op.params:
            if p.known and not p.choices:
                return op, p
    raise LookupError("no open field lists known values")


def test_known_values_are_listed_offered_and_not_enforced(mock_cli: Cli) -> None:
    op, param = _known()
    flag = f"--{param.name.replace('_', '-')}"
    help_text = " ".join(mock_cli(*_command(op), "--help", env={"COLUMNS": "400"}).stdout.split())
    assert "Known values: " + ", ".join(param.known) in help_text
    # Shell completion offers them, filtered by what is typed.
    first = param.known[0]
    env = {
        "_VIMMERSE_COMPLETE": "complete_bash",
        "COMP_WORDS": " ".join(["vimmerse", *_command(op), flag, first[:2]]),
        "COMP_CWORD": "4",
    }
    offered = mock_cli(env=env).stdout.split()
    assert first in offered
    assert offered == [v for v in param.known if v.startswith(first[:2])]
    # Not enforced: a value the spec does not know is sent as typed.
    result = mock_cli(*_command(op), *_required(op), flag, "ModelOfNextYear", "--json")
    assert result.exit_code == Exit.OK, result.stderr
