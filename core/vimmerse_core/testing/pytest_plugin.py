"""The `vimmerse_mock` fixture, made for a generated package's ``MockAPI``: its plugin
module (the `pytest11` entry point) is ``_session, vimmerse_mock = fixtures(MockAPI)``,
with this module's hooks.

One mock serves the whole session (starting it loads the spec, about a second); every test
gets it reset, so no state leaks from one test to the next. Importing the plugin costs
nothing: the mock is imported only when a test asks for the fixture.

Safe by default: during a `vimmerse_mock` test, ``VIMMERSE_BASE_URL`` and
``VIMMERSE_API_KEY`` point at the mock, and an API request to any other host fails the
test with one line, even if the code under test caught the error; a test marked
``@pytest.mark.vimmerse_any_host`` may reach other hosts.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from typing import Any

import pytest

from ._api import MockAPI
from ._scope import pointed_at

Fixture = Callable[..., Iterator[Any]]
MARKER = "vimmerse_any_host"
# The API requests the kit refused during a test (the lines to report), on its item.
REFUSED = pytest.StashKey[list[str]]()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}: the code under test may send API requests to hosts other than the "
        "vimmerse_mock fixture's mock (by default they fail the test)",
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    result = yield  # a test that failed on its own reports its own error
    refused = item.stash.get(REFUSED, [])
    if refused:
        more = f" (and {len(refused) - 1} more)" if len(refused) > 1 else ""
        pytest.fail(
            f"{refused[0]}{more}; mark the test @pytest.mark.{MARKER} to allow it", pytrace=False
        )
    return result


def fixtures(mock_type: type[MockAPI[Any, Any, Any]]) -> tuple[Fixture, Fixture]:
    """The session's mock and the per-test `vimmerse_mock` fixture, for `mock_type`."""

    @pytest.fixture(scope="session")
    def _vimmerse_mock_session() -> Iterator[MockAPI[Any, Any, Any]]:
        api = mock_type().start()  # not `with`: the environment is set per test, below
        try:
            yield api
        finally:
            api.stop()

    @pytest.fixture
    def vimmerse_mock(
        _vimmerse_mock_session: MockAPI[Any, Any, Any], request: pytest.FixtureRequest
    ) -> Iterator[MockAPI[Any, Any, Any]]:
        """The Vimmerse mock, fresh for this test: `.client`, `.async_client()`, `.base_url`,
        `.api_key` and the controls of `vimmerse.testing.MockAPI`. The environment points
        at it; API requests elsewhere fail the test (unless marked `vimmerse_any_host`)."""
        api = _vimmerse_mock_session
        api.reset()
        guard = request.node.get_closest_marker(MARKER) is None
        with pointed_at(api.base_url, api.api_key, guard=guard) as refused:
            request.node.stash[REFUSED] = refused
            yield api
        api.reset()

    return _vimmerse_mock_session, vimmerse_mock
