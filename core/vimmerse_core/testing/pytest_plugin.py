"""The `vimmerse_mock` fixture, made for a generated package's ``MockAPI``: its plugin
module (the `pytest11` entry point) is ``_session, vimmerse_mock = fixtures(MockAPI)``,
with this module's hooks.

One mock serves the whole session (starting it loads the spec, about a second); every test
gets it reset, so no state leaks from one test to the next. Importing the plugin costs
nothing: the mock is imported only when a test asks for the fixture.

A test marked ``@pytest.mark.vimmerse_mock(recordings="tests/recordings")`` is answered
from that directory's recordings (``vimmerse-mock --record``). With ``pytest
--vimmerse-record`` and ``VIMMERSE_API_KEY`` set, such a test records them afresh from
the real API instead: the only way the kit ever sends a call there.

Safe by default: during a `vimmerse_mock` test, ``VIMMERSE_BASE_URL`` and
``VIMMERSE_API_KEY`` point at the mock, and an API request to any other host fails the
test with one line, even if the code under test caught the error; a test marked
``@pytest.mark.vimmerse_any_host`` may reach other hosts.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterator
from typing import Any

import pytest

from ._api import MockAPI
from ._scope import pointed_at

Fixture = Callable[..., Iterator[Any]]
RECORD_OPTION = "--vimmerse-record"
_KEY_VARIABLE = "VIMMERSE_API_KEY"
ANY_HOST = "vimmerse_any_host"
# The API requests the kit refused during a test (the lines to report), on its item.
REFUSED = pytest.StashKey[list[str]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("vimmerse").addoption(
        RECORD_OPTION,
        action="store_true",
        default=False,
        help="record the tests marked vimmerse_mock(recordings=...) again from the real API "
        f"(needs {_KEY_VARIABLE}; every call may cost credits)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "vimmerse_mock(recordings, fallback='none'): answer this test from recordings",
    )
    config.addinivalue_line(
        "markers",
        f"{ANY_HOST}: the code under test may send API requests to hosts other than the "
        "vimmerse_mock fixture's mock (by default they fail the test)",
    )
    if config.getoption(RECORD_OPTION, default=False) and not os.environ.get(_KEY_VARIABLE):
        raise pytest.UsageError(f"{RECORD_OPTION} records the real API: set {_KEY_VARIABLE}")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    result = yield  # a test that failed on its own reports its own error
    refused = item.stash.get(REFUSED, [])
    if refused:
        more = f" (and {len(refused) - 1} more)" if len(refused) > 1 else ""
        pytest.fail(
            f"{refused[0]}{more}; mark the test @pytest.mark.{ANY_HOST} to allow it",
            pytrace=False,
        )
    return result


def _upstream(api: MockAPI[Any, Any, Any]) -> str:
    """The real API: VIMMERSE_BASE_URL, else the spec's server."""
    return os.environ.get("VIMMERSE_BASE_URL") or api.server


def fixtures(mock_type: type[MockAPI[Any, Any, Any]]) -> tuple[Fixture, Fixture]:
    """The session's mock and the per-test `vimmerse_mock` fixture, for `mock_type`."""

    @pytest.fixture(scope="session")
    def _vimmerse_mock_session() -> Iterator[MockAPI[Any, Any, Any]]:
        api = mock_type().start()  # not `with`: the environment is set per test, below
        try:
            yield api
        finally:
            api.stop()

    rewritten: set[str] = set()  # directories recorded afresh in this session: then added to

    @pytest.fixture
    def vimmerse_mock(
        request: pytest.FixtureRequest,
        _vimmerse_mock_session: MockAPI[Any, Any, Any],
    ) -> Iterator[MockAPI[Any, Any, Any]]:
        """The Vimmerse mock, fresh for this test: `.client`, `.async_client()`, `.base_url`,
        `.api_key` and the controls of `vimmerse.testing.MockAPI`. The environment points
        at it; API requests elsewhere fail the test (unless marked `vimmerse_any_host`)."""
        api = _vimmerse_mock_session
        api.reset()
        marker = request.node.get_closest_marker("vimmerse_mock")
        if marker is not None:
            recordings = marker.kwargs.get("recordings", *marker.args[:1])
            if request.config.getoption(RECORD_OPTION):
                where = os.path.abspath(recordings)
                api.record(
                    _upstream(api),
                    recordings,
                    os.environ[_KEY_VARIABLE],
                    rewrite=where not in rewritten,
                )
                rewritten.add(where)
            else:
                api.replay(recordings, marker.kwargs.get("fallback", "none"))
        guard = request.node.get_closest_marker(ANY_HOST) is None
        with pointed_at(api.base_url, api.api_key, guard=guard) as refused:
            request.node.stash[REFUSED] = refused
            yield api
        api.reset()

    return _vimmerse_mock_session, vimmerse_mock
