"""vimmerse_core._direct: API requests on the SDK's own async client, past httpx's layers, are
the requests httpx itself would build (the transport tests cover how they are sent)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest

from vimmerse import AsyncVimmerse, DefaultAioHttpClient
from vimmerse_core._transport import READ_WHOLE

pytestmark = pytest.mark.anyio

URL = httpx.URL("https://api.example.test/v2/asset/a1")
SHAPES: dict[str, dict[str, Any]] = {
    "get": {"method": "GET", "url": URL},
    "extra headers": {"method": "GET", "url": URL, "headers": {"X-Trace": "1", "accept": "x/y"}},
    "a host header": {"method": "GET", "url": URL, "headers": {"Host": "other.example.test"}},
    "json": {"method": "POST", "url": URL, "json": {"prompt": "ü", "n": 2}},
    "bytes": {
        "method": "PUT",
        "url": URL,
        "content": b"\x00raw",
        "headers": {"Content-Type": "a/b"},
    },
    "a length given": {
        "method": "POST",
        "url": URL,
        "content": b"ab",
        "headers": {"Content-Length": "2"},
    },
    "no body": {"method": "POST", "url": URL},
    "a timeout": {"method": "GET", "url": URL, "timeout": httpx.Timeout(3, read=7)},
    "no timeout at all": {"method": "GET", "url": URL, "timeout": None},
    "extensions": {"method": "GET", "url": URL, "extensions": {READ_WHOLE: True}},
    "params": {"method": "GET", "url": URL, "params": {"q": "a b"}},
    "a form": {"method": "POST", "url": URL, "data": {"a": "1"}},
    "files": {"method": "POST", "url": URL, "files": [("f", ("a.txt", b"hi", "text/plain"))]},
    "a url string": {"method": "GET", "url": str(URL)},
}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.parametrize("shape", SHAPES)
async def test_a_request_is_the_one_httpx_would_build(shape: str) -> None:
    async with AsyncVimmerse(api_key="k", base_url="https://api.example.test") as client:
        assert client._direct is not None
        ours = client._direct.build_request(SHAPES[shape])
        theirs = client._http.build_request(**SHAPES[shape])
    assert (ours.method, ours.url, ours.extensions) == (
        theirs.method,
        theirs.url,
        theirs.extensions,
    )
    assert headers(ours) == headers(theirs)
    if "files" not in SHAPES[shape]:  # a random multipart boundary each
        assert ours.read() == theirs.read()


def headers(request: httpx.Request) -> list[tuple[str, str]]:
    boundary = request.headers.get("content-type", "").partition("boundary=")[2]
    return sorted(
        (k, v.replace(boundary, "B") if boundary else v) for k, v in request.headers.multi_items()
    )


# -- a caller's DefaultAioHttpClient: the same path whenever httpx's layers would do nothing --

ANSWER = b'{"id": "a1", "status": "success"}'


class _Server:
    """A loopback HTTP/1.1 server that keeps each request's head and answers an asset, the
    first answer with a cookie when ``cookie`` is set."""

    def __init__(self) -> None:
        self.url = ""
        self.heads: list[dict[str, str]] = []
        self.cookie = False

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = (await reader.readuntil(b"\r\n\r\n")).decode()
                lines = head.split("\r\n")[1:]
                self.heads.append(
                    {k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines)}
                )
                cookie = b"Set-Cookie: lb=node-7; Path=/\r\n" if self.cookie else b""
                self.cookie = False
                writer.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    + cookie
                    + f"Content-Length: {len(ANSWER)}\r\n\r\n".encode()
                    + ANSWER
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@asynccontextmanager
async def _serve() -> AsyncIterator[_Server]:
    server = _Server()
    listener = await asyncio.start_server(server.handle, "127.0.0.1", 0)
    server.url = f"http://127.0.0.1:{listener.sockets[0].getsockname()[1]}"
    async with listener:
        yield server


class _CountSends:
    """Counts the calls of an HTTP client's ``send`` (httpx's layers), passing them on."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.calls = 0
        self._send = http.send
        http.send = self  # type: ignore[method-assign]

    async def __call__(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        self.calls += 1
        return await self._send(request, **kwargs)


@pytest.mark.parametrize("kind", ["DefaultAioHttpClient", "httpx.AsyncClient"])
async def test_only_a_callers_default_aiohttp_client_skips_httpxs_layers(kind: str) -> None:
    http = DefaultAioHttpClient() if kind == "DefaultAioHttpClient" else httpx.AsyncClient()
    sends = _CountSends(http)
    async with _serve() as server, http:
        client = AsyncVimmerse(api_key="k", base_url=server.url, http_client=http)
        for _ in range(3):
            await client.assets.get("a1")
    assert sends.calls == (0 if kind == "DefaultAioHttpClient" else 3)
    assert [head["x-api-key"] for head in server.heads] == ["k"] * 3


async def test_a_callers_default_aiohttp_client_sends_its_headers_and_the_sdks() -> None:
    async with _serve() as server, DefaultAioHttpClient(headers={"X-Team": "a"}) as http:
        client = AsyncVimmerse(
            api_key="k", base_url=server.url, http_client=http, default_headers={"X-App": "1"}
        )
        await client.assets.get("a1")
        http.headers["X-Team"] = "b"  # changed in place: the next request says so
        await client.assets.get("a1", extra_headers={"X-App": "2"})
        other = client.with_options(api_key="k2", default_headers={"X-Copy": "c"})
        await other.assets.get("a1")
        await client.assets.get("a1")
    sent = [
        (h["x-team"], h["x-app"], h.get("x-copy"), h["x-api-key"], h["user-agent"])
        for h in server.heads
    ]
    sdk = client._options.headers()["User-Agent"]
    assert sent == [
        ("a", "1", None, "k", sdk),
        ("b", "2", None, "k", sdk),
        ("b", "1", "c", "k2", sdk),
        ("b", "1", None, "k", sdk),
    ]


async def test_a_callers_default_aiohttp_client_keeps_its_cookies_and_later_hooks() -> None:
    seen: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        seen.append(request.url.path)

    async with _serve() as server, DefaultAioHttpClient() as http:
        client = AsyncVimmerse(api_key="k", base_url=server.url, http_client=http)
        server.cookie = True
        await client.assets.get("a1")  # skips httpx's layers, but keeps the cookie it set
        await client.assets.get("a1")  # through httpx's: the jar has something to send
        http.cookies.clear()
        http.event_hooks = {"request": [on_request], "response": []}
        await client.assets.get("a2")
    assert [head.get("cookie") for head in server.heads] == [None, "lb=node-7", None]
    assert seen == ["/asset/a2"]
