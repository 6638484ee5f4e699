"""The pytest plugin (entry point `pytest11`): the `vimmerse_mock` fixture.

One mock serves the whole session (starting it loads the spec, about a second); every test
gets it reset, so no state leaks from one test to the next. Importing this module costs
nothing: the mock is imported only when a test asks for the fixture.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._api import MockAPI


@pytest.fixture(scope="session")
def _vimmerse_mock_session() -> Iterator[MockAPI]:
    with MockAPI() as api:
        yield api


@pytest.fixture
def vimmerse_mock(_vimmerse_mock_session: MockAPI) -> Iterator[MockAPI]:
    """The Vimmerse mock, fresh for this test: `.client`, `.async_client()`, `.base_url`,
    `.api_key` and the controls of `vimmerse.testing.MockAPI`."""
    _vimmerse_mock_session.reset()
    yield _vimmerse_mock_session
    _vimmerse_mock_session.reset()
