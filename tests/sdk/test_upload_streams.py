"""Uploads of streams that cannot rewind: every byte is sent, and a retry never sends less."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import IO, Any, cast

import httpx
import pytest
import respx

from tests.sdk.helpers import asset_json
from vimmerse import AsyncVimmerse, Vimmerse
from vimmerse.types import File
from vimmerse_core._files import UploadNotRewindableError

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 300


class TellOnly(io.RawIOBase):
    """Like a ``requests`` response's ``.raw``: it can ``tell()`` but not ``seek()``."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        return self._data.readinto(buffer)

    def tell(self) -> int:
        return self._data.tell()


class PipeLike:
    """Only ``read()``: no tell, no seek, no name."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def read(self, size: int = -1) -> bytes:
        return self._data.read(size)


def _as_io(stream: object) -> IO[bytes]:
    return cast(IO[bytes], stream)  # what a caller's duck-typed stream looks like to mypy


def _sent_file(request: httpx.Request) -> bytes:
    body = request.content
    start = body.index(b"\r\n\r\n") + 4
    return body[start : body.rindex(b"\r\n--")]


@pytest.mark.parametrize(
    "make", [TellOnly, PipeLike, lambda d: File(payload=cast(Any, PipeLike(d)))]
)
def test_a_stream_that_cannot_seek_is_sent_whole(
    client: Vimmerse, api: respx.MockRouter, make: Callable[[bytes], object]
) -> None:
    route = api.post("/v2/image").mock(return_value=httpx.Response(200, json=asset_json()))
    client.image.upload(_as_io(make(PNG)))
    # The 16 bytes read to sniff the type are not lost.
    assert _sent_file(route.calls.last.request) == PNG


def test_a_sniffed_stream_keeps_its_type(client: Vimmerse, api: respx.MockRouter) -> None:
    route = api.post("/v2/image").mock(return_value=httpx.Response(200, json=asset_json()))
    client.image.upload(_as_io(TellOnly(PNG)))
    assert b"Content-Type: image/png" in route.calls.last.request.content


def test_a_retry_refuses_to_resend_a_spent_stream(client: Vimmerse, api: respx.MockRouter) -> None:
    route = api.post("/v2/image").mock(
        side_effect=[httpx.Response(429, json={"message": "slow down"}), httpx.Response(200)]
    )
    with pytest.raises(UploadNotRewindableError, match="cannot be rewound"):
        client.image.upload(_as_io(TellOnly(PNG)))
    # Whatever reached the server carried the whole file: nothing short was ever answered.
    assert all(_sent_file(call.request) == PNG for call in route.calls)


def test_a_seekable_stream_is_still_resent_whole_on_a_retry(
    client: Vimmerse, api: respx.MockRouter
) -> None:
    route = api.post("/v2/image").mock(
        side_effect=[
            httpx.Response(429, json={"message": "slow down"}),
            httpx.Response(200, json=asset_json()),
        ]
    )
    client.image.upload(io.BytesIO(PNG))
    assert route.call_count == 2
    assert [_sent_file(call.request) for call in route.calls] == [PNG, PNG]


@pytest.mark.anyio
async def test_async_uploads_of_a_stream_that_cannot_seek(
    async_client: AsyncVimmerse, api: respx.MockRouter
) -> None:
    route = api.post("/v2/image").mock(return_value=httpx.Response(200, json=asset_json()))
    await async_client.image.upload(_as_io(TellOnly(PNG)))
    assert _sent_file(route.calls.last.request) == PNG
