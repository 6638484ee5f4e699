"""Fixtures for the SDK tests: clients wired to respx and to a fake clock.

Nothing here sleeps for real: the retry and poll loops take their sleep, clock and jitter
from ``Hooks``, which ``FakeTime`` replaces. Each sleep advances the fake clock and is
recorded, so tests assert the exact delays.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import respx

from tests.sdk.helpers import API_KEY, BASE_URL, FakeTime
from vimmerse import AsyncVimmerse, Vimmerse


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[respx.MockRouter]:
    # respx patches httpx's own transports: the async client must not pick aiohttp.
    monkeypatch.setenv("VIMMERSE_HTTP_BACKEND", "httpx")
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router


@pytest.fixture
def client(fake_time: FakeTime, api: respx.MockRouter) -> Iterator[Vimmerse]:
    with Vimmerse(api_key=API_KEY, base_url=BASE_URL, _hooks=fake_time.hooks()) as c:
        yield c


@pytest.fixture
def async_client(fake_time: FakeTime, api: respx.MockRouter) -> AsyncVimmerse:
    return AsyncVimmerse(api_key=API_KEY, base_url=BASE_URL, _hooks=fake_time.hooks())


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
