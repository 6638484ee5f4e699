"""The async client queues concurrent requests itself instead of in httpx's pool."""

from __future__ import annotations

from collections.abc import Awaitable
from functools import partial

import anyio
import httpx
import pytest
import respx

from tests.sdk.helpers import asset_json
from vimmerse import AsyncVimmerse
from vimmerse.models import Asset
from vimmerse_core._slots import Slots as _Slots
from vimmerse_core._transport import MAX_CONCURRENT_REQUESTS


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
async def test_polls_go_ahead_of_queued_requests(
    async_client: AsyncVimmerse, api: respx.MockRouter
) -> None:
    # A burst of submits fills every slot and more wait; a wait()'s poll must take the next
    # free slot, or a job's end would be noticed only after the whole burst.
    started: list[str] = []
    full, finish = anyio.Event(), anyio.Event()
    releases: list[anyio.Event] = []

    async def held(request: httpx.Request) -> httpx.Response:
        started.append("POST")
        release = anyio.Event()
        releases.append(release)
        if len(started) == MAX_CONCURRENT_REQUESTS:
            full.set()
        if not finish.is_set():
            await release.wait()
        return httpx.Response(200, json=asset_json(status="processing"))

    def poll(request: httpx.Request) -> httpx.Response:
        started.append("GET")
        return httpx.Response(200, json=asset_json(status="success"))

    api.post("/v2/image/text-2-image").mock(side_effect=held)
    api.get("/asset/a1").mock(side_effect=poll)
    async with async_client, anyio.create_task_group() as tasks:
        for n in range(MAX_CONCURRENT_REQUESTS + 10):
            tasks.start_soon(partial(async_client.image.text_to_image, prompt=f"p{n}"))
        await full.wait()
        waited: list[Asset] = []
        tasks.start_soon(lambda: _append(waited, async_client.assets.wait("a1")))
        await anyio.wait_all_tasks_blocked()  # 10 submits and the poll queue for a slot
        assert started == ["POST"] * MAX_CONCURRENT_REQUESTS
        releases[0].set()
        await anyio.wait_all_tasks_blocked()
        assert started[MAX_CONCURRENT_REQUESTS] == "GET"  # the poll took the freed slot
        assert waited[0].status == "success"
        finish.set()
        for release in releases:
            release.set()


async def _append(out: list[Asset], awaitable: Awaitable[Asset]) -> None:
    out.append(await awaitable)


@pytest.mark.anyio
async def test_a_cancelled_waiter_leaves_the_queue() -> None:
    slots = _Slots(1)
    await slots.acquire(poll=False)
    async with anyio.create_task_group() as tasks:
        tasks.start_soon(partial(slots.acquire, poll=True))
        await anyio.wait_all_tasks_blocked()
        tasks.cancel_scope.cancel()
    slots.release()  # with the waiter gone, the slot is free again
    with anyio.fail_after(5):  # a guard against a deadlock, not a speed check
        await slots.acquire(poll=False)


@pytest.mark.anyio
async def test_a_slot_handed_to_a_cancelled_waiter_comes_back() -> None:
    slots = _Slots(1)
    await slots.acquire(poll=False)

    async def use_a_slot() -> None:  # as the send loop does
        await slots.acquire(poll=False)
        try:
            await anyio.sleep_forever()
        finally:
            slots.release()

    async with anyio.create_task_group() as tasks:
        tasks.start_soon(use_a_slot)
        await anyio.wait_all_tasks_blocked()
        # Cancelled, then handed the slot before it runs again: it must give the slot back.
        tasks.cancel_scope.cancel()
        slots.release()
    assert slots._free == 1
    assert not any(slots._waiting)
    with anyio.fail_after(5):  # a guard against a deadlock, not a speed check
        await slots.acquire(poll=False)
