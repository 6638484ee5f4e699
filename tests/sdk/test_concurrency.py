"""The async client queues concurrent requests itself instead of in httpx's pool."""

from __future__ import annotations

import anyio
import httpx
import pytest
import respx

from tests.sdk.helpers import asset_json
from vimmerse import AsyncVimmerse
from vimmerse._base_client import MAX_CONCURRENT_REQUESTS


@pytest.mark.anyio
async def test_the_async_client_caps_requests_in_flight(
    async_client: AsyncVimmerse, api: respx.MockRouter
) -> None:
    # Thousands of concurrent waits must queue in the client, not in httpx's pool (whose
    # rescans make them quadratic): no more than MAX_CONCURRENT_REQUESTS are ever in flight.
    in_flight, peak = 0, 0
    release = anyio.Event()

    async def slow(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        if in_flight == MAX_CONCURRENT_REQUESTS:
            release.set()
        await release.wait()
        in_flight -= 1
        return httpx.Response(200, json=asset_json())

    api.get(url__regex=r"/asset/").mock(side_effect=slow)
    async with async_client, anyio.create_task_group() as tasks:
        for n in range(MAX_CONCURRENT_REQUESTS * 2):
            tasks.start_soon(async_client.assets.get, f"a{n}")
    assert peak == MAX_CONCURRENT_REQUESTS
