"""What the CLI says when something goes wrong: one line that tells what to do next."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
import respx

import vimmerse.cli
import vimmerse_core.cli
from devtools.servers import free_port
from tests.cli.conftest import Cli
from tests.cli.helpers import SECRET_KEY, assert_one_line_error
from vimmerse_core.cli._exits import Exit
from vimmerse_core.cli._progress import JobBar


def test_a_base_url_without_a_scheme_is_a_usage_error(cli: Cli) -> None:
    env = {"VIMMERSE_API_KEY": SECRET_KEY}
    result = cli("--base-url", "api.example.com", "assets", "get", "a1", env=env)
    assert result.exit_code == Exit.USAGE
    assert_one_line_error(result.stderr, "--base-url", "https://", "'api.example.com'")


@pytest.mark.parametrize(
    "argv", [("assets", "get", ".."), ("assets", "wait", "."), ("media", "wait", "")]
)
def test_an_id_that_would_move_the_url_is_a_usage_error_unsent(
    cli: Cli, argv: tuple[str, ...]
) -> None:
    # Nothing listens there: had anything been sent, this would be a network error.
    env = {"VIMMERSE_BASE_URL": f"http://127.0.0.1:{free_port()}", "VIMMERSE_API_KEY": SECRET_KEY}
    result = cli("--max-retries", "0", *argv, env=env)
    assert result.exit_code == Exit.USAGE
    assert_one_line_error(result.stderr, "must be a non-empty id", repr(argv[-1]))


def test_plain_http_to_a_remote_host_says_to_use_https(cli: Cli) -> None:
    env = {"VIMMERSE_BASE_URL": "http://api.example.com", "VIMMERSE_API_KEY": SECRET_KEY}
    result = cli("assets", "get", "a1", env=env)
    assert result.exit_code == Exit.AUTHENTICATION
    assert_one_line_error(result.stderr, "api.example.com", "https://")
    assert "allow_insecure_http" not in result.stderr  # an SDK option the CLI does not have


def test_connection_refused_says_so(cli: Cli) -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    env = {"VIMMERSE_BASE_URL": closed, "VIMMERSE_API_KEY": SECRET_KEY}
    result = cli("--max-retries", "0", "assets", "get", "a1", env=env)
    assert result.exit_code == Exit.NETWORK
    assert_one_line_error(result.stderr, "connection refused", closed)


def test_giving_up_on_an_asset_names_the_command_that_resumes(mock_cli: Cli) -> None:
    result = mock_cli("--wait-timeout", "0", "image", "text-to-image", "--prompt", "x", "--wait")
    assert result.exit_code == Exit.WAIT_TIMEOUT
    assert_one_line_error(result.stderr, "gave up after 0 s waiting for asset ")
    [asset_id] = re.findall(r"resume with `vimmerse assets wait (\S+)`", result.stderr)
    assert f"asset {asset_id} (status processing)" in result.stderr


def test_ctrl_c_while_waiting_names_the_job_and_how_to_resume(
    mock_cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = JobBar.__call__

    def interrupted(self: JobBar, update: Any) -> None:
        shown(self, update)
        raise KeyboardInterrupt  # as if Ctrl-C struck during the first poll's pause

    monkeypatch.setattr(JobBar, "__call__", interrupted)
    result = mock_cli("image", "text-to-image", "--prompt", "x", "--wait")
    assert result.exit_code == Exit.INTERRUPTED
    assert_one_line_error(result.stderr, "interrupted waiting for asset ")
    [asset_id] = re.findall(r"resume with `vimmerse assets wait (\S+)`", result.stderr)
    assert asset_id in result.stderr.split("resume")[0]


def test_ctrl_c_while_the_commands_are_built_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def building(surface: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(vimmerse_core.cli, "_main", building)
    with pytest.raises(SystemExit) as exit_:
        vimmerse.cli.main()
    assert exit_.value.code == Exit.INTERRUPTED
    assert capsys.readouterr().err == "vimmerse: interrupted\n"


def test_waiting_for_an_unknown_asset_shows_no_progress_before_the_404(mock_cli: Cli) -> None:
    result = mock_cli("assets", "wait", "no-such-asset")
    assert result.exit_code == Exit.NOT_FOUND
    assert_one_line_error(result.stderr, "not found")
    assert "submitted" not in result.stderr and "0%" not in result.stderr


def test_an_unreadable_answer_is_one_line_with_its_exit_code(cli: Cli) -> None:
    # An answer nested past any parser's depth: a RecursionError traceback before.
    body = b'{"id": "a1", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    base = "https://api.unreadable.test"
    env = {"VIMMERSE_BASE_URL": base, "VIMMERSE_API_KEY": SECRET_KEY}
    with respx.mock(base_url=base) as api:
        api.get("/asset/a1").mock(return_value=httpx.Response(200, content=body))
        api.post("/v2/image/text-2-image").mock(
            return_value=httpx.Response(200, json={"id": "a7", "results": 5})
        )
        result = cli("assets", "get", "a1", env=env)
        assert result.exit_code == Exit.ERROR, result.stderr
        assert_one_line_error(result.stderr, "GET /asset/a1", "could not be read")
        assert "wait" not in result.stderr  # no job named: nothing to follow
        # The wait knew its job; the submit's answer named the one it created (and charged).
        for argv, job in (
            (["assets", "wait", "a1"], "a1"),
            (["image", "text-to-image", "--prompt", "x", "--wait"], "a7"),
        ):
            result = cli(*argv, env=env)
            assert result.exit_code == Exit.ERROR, result.stderr
            assert_one_line_error(
                result.stderr, "could not be read", f"follow it with `vimmerse assets wait {job}`"
            )
