"""The `vimmerse_mock` fixture, made for a generated package's ``MockAPI``: its plugin
module (the `pytest11` entry point) is ``_session, vimmerse_mock = fixtures(MockAPI)``.

One mock serves the whole session (starting it loads the spec, about a second); every test
gets it reset, so no state leaks from one test to the next. Importing the plugin costs
nothing: the mock is imported only when a test asks for the fixture.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ._api import MockAPI

Fixture = Callable[..., Iterator[Any]]


def fixtures(mock_type: type[MockAPI[Any, Any, Any]]) -> tuple[Fixture, Fixture]:
    """The session's mock and the per-test `vimmerse_mock` fixture, for `mock_type`."""

    @pytest.fixture(scope="session")
    def _vimmerse_mock_session() -> Iterator[MockAPI[Any, Any, Any]]:
        with mock_type() as api:
            yield api

    @pytest.fixture
    def vimmerse_mock(
        _vimmerse_mock_session: MockAPI[Any, Any, Any],
    ) -> Iterator[MockAPI[Any, Any, Any]]:
        """The Vimmerse mock, fresh for this test: `.client`, `.async_client()`, `.base_url`,
        `.api_key` and the controls of `vimmerse.testing.MockAPI`."""
        _vimmerse_mock_session.reset()
        yield _vimmerse_mock_session
        _vimmerse_mock_session.reset()

    return _vimmerse_mock_session, vimmerse_mock
