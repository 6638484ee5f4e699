"""The CLI against hostile answers (devtools/hostile_answers.py) and unusable keys: one line
on stderr, the key nowhere, never a traceback, no file left behind."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from demo.mock_process import vimmerse_command
from devtools import hostile_answers as hostile
from tests.cli.conftest import Cli
from tests.cli.helpers import SECRET_KEY, assert_one_line_error
from vimmerse_core import _defaults
from vimmerse_core.cli._exits import Exit

BAD_KEYS = {
    "CR": (SECRET_KEY + "\r", "carriage return"),
    "LF": (SECRET_KEY + "\n", "line feed"),
    "non-ASCII": (SECRET_KEY + "é", "non-ASCII"),
}


@pytest.fixture
def server() -> Iterator[hostile.AnswerServer]:
    with hostile.serve() as running:
        yield running


def assert_no_key(output: str, key: str = SECRET_KEY) -> None:
    assert key.strip() not in output, output


@pytest.mark.parametrize(("key", "problem"), BAD_KEYS.values(), ids=BAD_KEYS.keys())
def test_a_key_that_cannot_be_sent_is_one_line_naming_the_problem(
    cli: Cli, server: hostile.AnswerServer, key: str, problem: str
) -> None:
    env = {"VIMMERSE_BASE_URL": server.url, "VIMMERSE_API_KEY": key}
    result = cli("assets", "get", "a1", env=env)
    assert result.exit_code == Exit.AUTHENTICATION, result.output
    assert_one_line_error(result.stderr, "API key", problem)
    assert "--base-url" not in result.stderr
    assert_no_key(result.output)
    assert server.heads == []


def test_the_log_line_never_shows_a_key_with_a_line_break(
    server: hostile.AnswerServer, tmp_path: Path
) -> None:
    # A real process: VIMMERSE_LOG is read once per process.
    clean = {k: v for k, v in os.environ.items() if not k.startswith("VIMMERSE_")}
    env = {
        **clean,
        "VIMMERSE_BASE_URL": server.url,
        "VIMMERSE_API_KEY": SECRET_KEY + "\r",
        "VIMMERSE_LOG": "info",
    }
    done = subprocess.run(
        [*vimmerse_command(), "--max-retries", "0", "assets", "get", "a1"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == Exit.AUTHENTICATION, done.stderr
    assert_one_line_error(done.stderr, "carriage return")
    assert_no_key(done.stdout + done.stderr)


def test_a_base_url_that_is_no_url_is_a_usage_error(cli: Cli) -> None:
    env = {"VIMMERSE_BASE_URL": "http://[::1", "VIMMERSE_API_KEY": SECRET_KEY}
    result = cli("assets", "get", "a1", env=env)
    assert result.exit_code == Exit.USAGE, result.output
    assert_one_line_error(result.stderr, "--base-url", "http://[::1")


def test_a_gzip_answer_that_is_not_gzip_is_one_line(cli: Cli, server: hostile.AnswerServer) -> None:
    server.answers["/asset/a1"] = hostile.garbage_gzip()
    env = {"VIMMERSE_BASE_URL": server.url, "VIMMERSE_API_KEY": SECRET_KEY}
    result = cli("assets", "get", "a1", env=env)
    assert result.exit_code == Exit.ERROR, result.output
    assert_one_line_error(result.stderr, "could not be decoded")


def _download(cli: Cli, server: hostile.AnswerServer, answer: bytes, folder: Path) -> str:
    server.answers["/asset/a1"] = hostile.json_answer(
        200, {"id": "a1", "status": "success", "results": [server.url + "/out/0.png"]}
    )
    server.answers["/out/0.png"] = answer
    env = {"VIMMERSE_BASE_URL": server.url, "VIMMERSE_API_KEY": SECRET_KEY}
    result = cli("--max-retries", "0", "assets", "download", "a1", str(folder), env=env)
    assert result.exit_code == Exit.NETWORK, result.output
    assert list(folder.iterdir()) == []
    return result.stderr


def test_a_download_that_does_not_decode_is_one_line(
    cli: Cli, server: hostile.AnswerServer, tmp_path: Path
) -> None:
    stderr = _download(cli, server, hostile.garbage_gzip("image/png"), tmp_path)
    assert_one_line_error(stderr, "network error", "did not decode")


def test_a_redirect_loop_on_a_download_is_one_line(
    cli: Cli, server: hostile.AnswerServer, tmp_path: Path
) -> None:
    stderr = _download(cli, server, hostile.redirect_to("/out/0.png"), tmp_path)
    assert_one_line_error(stderr, "network error", "redirected too many times")


def test_a_download_past_the_default_cap_is_one_line(
    cli: Cli, server: hostile.AnswerServer, tmp_path: Path
) -> None:
    declared = _defaults.MAX_DOWNLOAD_BYTES
    assert declared is not None
    head = f"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: {declared + 1}\r\n\r\n"
    stderr = _download(cli, server, head.encode(), tmp_path)  # the body never comes
    assert_one_line_error(stderr, "network error", f"{declared:,} bytes")


def test_spec_drift_refuses_a_key_with_a_line_break_unsent(
    cli: Cli, server: hostile.AnswerServer
) -> None:
    env = {"VIMMERSE_BASE_URL": server.url, "VIMMERSE_API_KEY": SECRET_KEY + "\r"}
    result = cli("spec", "drift", env=env)
    assert result.exit_code == Exit.AUTHENTICATION, result.output
    assert_one_line_error(result.stderr, "carriage return")
    assert_no_key(result.output)
    assert server.heads == []


def test_spec_drift_with_a_base_url_that_is_no_url_is_a_usage_error(cli: Cli) -> None:
    env = {"VIMMERSE_BASE_URL": "http://[::1", "VIMMERSE_API_KEY": SECRET_KEY}
    result = cli("spec", "drift", env=env)
    assert result.exit_code == Exit.USAGE, result.output
    assert_one_line_error(result.stderr, "--base-url", "http://[::1")
