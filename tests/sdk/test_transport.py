"""The async client's connection stack (vimmerse._transport), against a real loopback server.

respx would replace the very pools under test, so these tests run a minimal HTTP/1.1
server in the test's own event loop, which counts connections and requests in flight and
can hold its answers until the test releases them.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
import httpx
import pytest

from vimmerse import AsyncVimmerse
from vimmerse._base_client import MAX_CONCURRENT_REQUESTS
from vimmerse._transport import ConnectionStackTransport

pytestmark = pytest.mark.anyio

BODY = b'{"id": "a1", "status": "success"}'
ANSWER = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
    + f"content-length: {len(BODY)}\r\n\r\n".encode()
    + BODY
)


class Server:
    def __init__(self) -> None:
        self.url = ""
        self.connections = 0
        self.in_flight = 0
        self.peak_in_flight = 0
        self.answered = 0
        self.release = asyncio.Event()
        self.release.set()  # answers go out at once unless a test clears this
        self.held = asyncio.Event()  # set once `hold` requests wait for release
        self.hold = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")  # GETs only: no request body
                self.in_flight += 1
                self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
                if self.in_flight == self.hold:
                    self.held.set()
                await self.release.wait()
                self.in_flight -= 1
                self.answered += 1
                writer.write(ANSWER)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@asynccontextmanager
async def serve() -> AsyncIterator[Server]:
    server = Server()
    listener = await asyncio.start_server(server.handle, "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    server.url = f"http://127.0.0.1:{port}"
    async with listener:
        yield server


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def test_requests_past_the_limit_wait_and_reuse_the_connections() -> None:
    async with (
        serve() as server,
        httpx.AsyncClient(transport=ConnectionStackTransport(max_connections=4)) as client,
    ):
        server.release.clear()
        server.hold = 4
        async with anyio.create_task_group() as tasks:
            for n in range(50):
                tasks.start_soon(client.get, f"{server.url}/asset/{n}")
            await server.held.wait()  # four requests reached the server; 46 wait in the client
            server.release.set()
        assert server.answered == 50
        assert server.peak_in_flight == 4
        assert server.connections == 4


async def test_a_connection_is_given_back_when_its_body_is_closed() -> None:
    async with (
        serve() as server,
        httpx.AsyncClient(transport=ConnectionStackTransport(max_connections=1)) as client,
    ):
        for n in range(5):
            async with client.stream("GET", f"{server.url}/asset/{n}") as response:
                assert await response.aread() == BODY
        assert server.connections == 1


async def test_waiting_past_the_pool_timeout_is_a_pool_timeout() -> None:
    async with (
        serve() as server,
        httpx.AsyncClient(transport=ConnectionStackTransport(max_connections=1)) as client,
    ):
        async with client.stream("GET", f"{server.url}/asset/held") as held:  # the only one
            with pytest.raises(httpx.PoolTimeout):
                await client.get(f"{server.url}/asset/next", timeout=httpx.Timeout(5, pool=0.01))
            await held.aread()
        # Closed, the held answer gives its connection to the next request.
        assert (await client.get(f"{server.url}/asset/next")).status_code == 200
        assert server.connections == 1


async def test_a_failed_request_gives_its_connection_back() -> None:
    async with (
        serve() as server,
        httpx.AsyncClient(transport=ConnectionStackTransport(max_connections=1)) as client,
    ):
        with pytest.raises(httpx.ConnectError):
            await client.get(f"http://127.0.0.1:{closed_port()}/asset/a1")
        assert (await client.get(f"{server.url}/asset/a1")).status_code == 200


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for scheme in ("all", "http", "https", "no"):
        monkeypatch.delenv(f"{scheme}_proxy", raising=False)
        monkeypatch.delenv(f"{scheme.upper()}_PROXY", raising=False)


async def test_the_async_client_sends_through_the_stack() -> None:
    async with serve() as server, AsyncVimmerse(api_key="k", base_url=server.url) as client:
        transport = client._http._transport_for_url(httpx.URL(server.url))
        assert isinstance(transport, ConnectionStackTransport)
        assert transport.max_connections == MAX_CONCURRENT_REQUESTS
        asset = await client.assets.get("a1")
        assert asset.id == "a1"


async def test_proxies_from_the_environment_still_apply(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example.test:3128")
    client = AsyncVimmerse(api_key="k", base_url="https://api.example.test")
    https = client._http._transport_for_url(httpx.URL("https://api.example.test/asset/a1"))
    http = client._http._transport_for_url(httpx.URL("http://127.0.0.1/asset/a1"))
    assert not isinstance(https, ConnectionStackTransport)  # the proxy's transport
    assert isinstance(http, ConnectionStackTransport)
    monkeypatch.setenv("ALL_PROXY", "http://proxy.example.test:3128")
    everything = AsyncVimmerse(api_key="k", base_url="https://api.example.test")
    assert not isinstance(
        everything._http._transport_for_url(httpx.URL("http://127.0.0.1/asset/a1")),
        ConnectionStackTransport,
    )
    await client.close()
    await everything.close()
