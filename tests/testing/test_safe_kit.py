"""The test kit is safe by default: inside a `vimmerse_mock` test and a `with MockAPI()`
block the environment points at the mock, and an API request to another host is refused
and fails the test in one line (unless the test is marked `vimmerse_any_host`)."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

import vimmerse
from devtools import user_project
from vimmerse.testing import ForeignHostError, MockAPI

REAL_API = vimmerse.DEFAULT_BASE_URL


def _closed_port() -> int:
    """A loopback port nobody listens on: a request there fails at once, offline."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def _send(base_url: str) -> None:
    with vimmerse.Vimmerse(base_url=base_url, max_retries=0) as client:
        client.image.text_to_image(prompt="a fox")


# A user's test file: the code under test builds its own clients.
USER_TESTS = f"""
import os

import pytest

import vimmerse

os.environ["VIMMERSE_API_KEY"] = "the-real-key"  # what a developer's shell may hold
os.environ.pop("VIMMERSE_BASE_URL", None)


def make_thumbnail():  # the code under test: a client of its own, from the environment
    with vimmerse.Vimmerse() as client:
        return client.image.text_to_image(prompt="a fox")


def test_own_client_reaches_the_mock(vimmerse_mock):
    assert make_thumbnail().status == "success"
    assert [r.operation for r in vimmerse_mock.requests()] == ["text_to_image"]


def test_real_api_fails_the_test_even_if_caught(vimmerse_mock):
    try:
        with vimmerse.Vimmerse(base_url={REAL_API!r}) as client:
            client.image.text_to_image(prompt="a fox")
    except Exception:
        pass  # code under test that swallows errors


@pytest.mark.vimmerse_any_host
def test_marked_may_reach_another_host(vimmerse_mock):
    url = "http://127.0.0.1:{_closed_port()}"
    with vimmerse.Vimmerse(base_url=url, max_retries=0) as client:
        with pytest.raises(vimmerse.APIConnectionError):  # sent, not refused
            client.image.text_to_image(prompt="a fox")


def test_the_environment_is_restored_after():
    assert os.environ["VIMMERSE_API_KEY"] == "the-real-key"
    assert "VIMMERSE_BASE_URL" not in os.environ
"""


def test_the_fixture_points_clients_at_the_mock_and_refuses_other_hosts(tmp_path: Path) -> None:
    found = user_project.run(tmp_path / "project", USER_TESTS)
    assert found.outcomes == {
        "test_own_client_reaches_the_mock": "passed",
        "test_real_api_fails_the_test_even_if_caught": "failed",
        "test_marked_may_reach_another_host": "passed",
        "test_the_environment_is_restored_after": "passed",
    }, found.output[-3000:]
    # One line says what happened and how to allow it; the key is never shown.
    lines = [line for line in found.output.splitlines() if "was refused" in line]
    assert lines and all(REAL_API in line and "vimmerse_any_host" in line for line in lines)
    assert "the-real-key" not in found.output
    assert "Traceback" not in found.output


def test_the_marker_is_registered(tmp_path: Path) -> None:
    found = user_project.run(tmp_path / "project", "", "--markers")
    assert "@pytest.mark.vimmerse_any_host:" in found.output


def test_mock_api_as_a_context_manager(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIMMERSE_API_KEY", "the-real-key")
    monkeypatch.delenv("VIMMERSE_BASE_URL", raising=False)
    with MockAPI() as api:
        assert os.environ["VIMMERSE_BASE_URL"] == api.base_url
        assert os.environ["VIMMERSE_API_KEY"] == api.api_key
        with vimmerse.Vimmerse() as client:
            assert client.image.text_to_image(prompt="a fox").status == "success"
        with pytest.raises(ForeignHostError, match="was refused"):
            _send(REAL_API)
        assert [r.operation for r in api.requests()] == ["text_to_image"]
    assert os.environ["VIMMERSE_API_KEY"] == "the-real-key"
    assert "VIMMERSE_BASE_URL" not in os.environ
    # Outside, nothing is refused: the next request goes where it is sent.
    with pytest.raises(vimmerse.APIConnectionError):
        _send(f"http://127.0.0.1:{_closed_port()}")


def test_mock_api_without_the_guard() -> None:
    with MockAPI(guard=False) as api:
        assert os.environ["VIMMERSE_BASE_URL"] == api.base_url
        with pytest.raises(vimmerse.APIConnectionError):  # sent, not refused
            _send(f"http://127.0.0.1:{_closed_port()}")
