"""A cap on the answers read into memory, and retries that stay within the total deadline."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import respx

from tests.sdk.helpers import API_KEY, BASE_URL, FakeTime
from vimmerse import (
    APIResponseValidationError,
    AsyncVimmerse,
    InternalServerError,
    Vimmerse,
)
from vimmerse_core._body import MAX_ANSWER_BYTES, ResponseTooLargeError

CHUNK = 1024 * 1024
HUGE = 200 * CHUNK  # the 200 MB answer that took 1 GB of RSS


class Endless:
    """A body of ``HUGE`` bytes made on demand, counting what the client pulled."""

    def __init__(self) -> None:
        self.pulled = 0

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"id": "'
        while self.pulled < HUGE:
            self.pulled += CHUNK
            yield b"a" * CHUNK

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def test_a_huge_answer_is_refused_without_reading_it(
    client: Vimmerse, api: respx.MockRouter
) -> None:
    body = Endless()
    api.get("/asset/a1").mock(return_value=httpx.Response(200, content=iter(body)))
    with pytest.raises(ResponseTooLargeError, match="larger than") as caught:
        client.assets.get("a1")
    assert isinstance(caught.value, APIResponseValidationError)  # one of the typed errors
    assert body.pulled <= MAX_ANSWER_BYTES + CHUNK


def test_a_declared_length_over_the_cap_is_refused_before_reading(
    client: Vimmerse, api: respx.MockRouter
) -> None:
    body = Endless()
    api.get("/asset/a1").mock(
        return_value=httpx.Response(200, content=iter(body), headers={"Content-Length": str(HUGE)})
    )
    with pytest.raises(ResponseTooLargeError):
        client.assets.get("a1")
    assert body.pulled == 0


def test_a_huge_error_answer_is_cut_and_still_typed(api: respx.MockRouter) -> None:
    body = Endless()
    api.get("/asset/a1").mock(return_value=httpx.Response(500, content=iter(body)))
    with (
        Vimmerse(api_key=API_KEY, base_url=BASE_URL, max_retries=0) as client,
        pytest.raises(InternalServerError) as caught,
    ):
        client.assets.get("a1")
    assert len(caught.value.response.content) == MAX_ANSWER_BYTES
    assert body.pulled <= MAX_ANSWER_BYTES + CHUNK


@pytest.mark.anyio
async def test_async_answers_are_capped_too(
    async_client: AsyncVimmerse, api: respx.MockRouter
) -> None:
    body = Endless()
    api.get("/asset/a1").mock(return_value=httpx.Response(200, content=body.__aiter__()))
    with pytest.raises(ResponseTooLargeError):
        await async_client.assets.get("a1")
    assert body.pulled <= MAX_ANSWER_BYTES + CHUNK


@pytest.mark.parametrize(
    ("retry_after", "calls", "sleeps"),
    [("30", 1, []), ("3", 3, [3.0, 3.0])],  # past the 5 s deadline: raised at once
)
def test_a_retry_pause_is_taken_only_within_the_deadline(
    fake_time: FakeTime, api: respx.MockRouter, retry_after: str, calls: int, sleeps: list[float]
) -> None:
    route = api.get("/asset/a1").mock(
        return_value=httpx.Response(
            503, headers={"Retry-After": retry_after}, json={"message": "busy"}
        )
    )
    with (
        Vimmerse(api_key=API_KEY, base_url=BASE_URL, timeout=5, _hooks=fake_time.hooks()) as c,
        pytest.raises(InternalServerError),
    ):
        c.assets.get("a1")
    assert route.call_count == calls and fake_time.sleeps == sleeps
