"""The async client queues concurrent requests itself instead of in httpx's pool."""

from __future__ import annotations

from functools import partial

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


@pytest.mark.anyio
async def test_polls_do_not_queue_behind_other_requests(
    async_client: AsyncVimmerse, api: respx.MockRouter
) -> None:
    # A burst of submits fills every general slot; a wait() must still poll (it has slots of
    # its own), or a job's end would be noticed only after the whole burst.
    in_flight = 0
    full, release = anyio.Event(), anyio.Event()

    async def held(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight
        in_flight += 1
        if in_flight == MAX_CONCURRENT_REQUESTS:
            full.set()
        await release.wait()
        return httpx.Response(200, json=asset_json(status="processing"))

    api.post("/v2/image/text-2-image").mock(side_effect=held)
    api.get("/asset/a1").mock(
        side_effect=[
            httpx.Response(200, json=asset_json(status="processing")),
            httpx.Response(200, json=asset_json(status="success")),
        ]
    )
    async with async_client, anyio.create_task_group() as tasks:
        for n in range(MAX_CONCURRENT_REQUESTS + 10):
            tasks.start_soon(partial(async_client.image.text_to_image, prompt=f"p{n}"))
        await full.wait()
        with anyio.fail_after(10):  # a guard against a deadlock, not a speed check
            done = await async_client.assets.wait("a1")
        assert done.status == "success"
        assert in_flight == MAX_CONCURRENT_REQUESTS  # the burst is still held
        release.set()
