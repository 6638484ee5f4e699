"""The async client's HTTP backends (vimmerse_core._transport), against real loopback servers.

respx would replace the very transports under test, so these tests run a minimal HTTP/1.1
server in the test's own event loop, which counts connections and requests in flight and
can hold the bodies of answers to paths under ``/files/`` (downloads) until the test
releases them.
Each test runs on both backends: aiohttp (the default when installed) and httpx's pool.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from vimmerse import APIConnectionError, APITimeoutError, AsyncVimmerse, DefaultAioHttpClient
from vimmerse._client import SURFACE
from vimmerse_core._transport import MAX_CONCURRENT_DOWNLOADS, MAX_SOCKETS, use_aiohttp

API_KEY_HEADER = SURFACE.api_key_header

pytestmark = pytest.mark.anyio

BODY = b'{"id": "a1", "status": "success"}'
ANSWER = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
    + f"content-length: {len(BODY)}\r\n\r\n".encode()
    + BODY
)

STALLED = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n"
    + f"{len(BODY) // 2:x}\r\n".encode()
    + BODY[: len(BODY) // 2]
    + b"\r\n"
)


class Server:
    def __init__(self) -> None:
        self.url = ""
        self.connections = 0
        self.requests = 0
        self.held = 0  # downloads waiting for `release`
        self.release = asyncio.Event()
        self.all_held = asyncio.Event()  # set once `hold` downloads wait
        self.hold = 0
        self.hang_up = False  # close the connection instead of answering
        self.cut = False  # close the connection in the middle of the answer's body
        self.stall = False  # a chunked answer whose body stops after its first chunk
        self.heads: list[bytes] = []  # each request's head, as received

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                self.requests += 1
                self.heads.append(head)
                for line in head.split(b"\r\n"):
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        await reader.readexactly(int(value))
                if self.hang_up:
                    return
                if self.stall:
                    writer.write(STALLED)
                    await writer.drain()
                    await self.release.wait()
                    return
                if self.cut:
                    writer.write(ANSWER[:-5])
                    await writer.drain()
                    return
                if head.split(b" ")[1].startswith(b"/files/"):  # a slow body: head first
                    cut = len(ANSWER) - len(BODY)
                    writer.write(ANSWER[:cut])
                    await writer.drain()
                    self.held += 1
                    if self.held == self.hold:
                        self.all_held.set()
                    await self.release.wait()
                    writer.write(ANSWER[cut:])
                else:
                    writer.write(ANSWER)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


def header(head: bytes, name: str) -> str | None:
    for line in head.decode().split("\r\n")[1:]:
        key, _, value = line.partition(":")
        if key.strip().lower() == name:
            return value.strip()
    return None


@asynccontextmanager
async def serve() -> AsyncIterator[Server]:
    server = Server()
    listener = await asyncio.start_server(server.handle, "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    server.url = f"http://127.0.0.1:{port}"
    async with listener:
        yield server


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True, params=["aiohttp", "httpx"])
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    for scheme in ("all", "http", "https", "no"):
        monkeypatch.delenv(f"{scheme}_proxy", raising=False)
        monkeypatch.delenv(f"{scheme.upper()}_PROXY", raising=False)
    monkeypatch.setenv("VIMMERSE_HTTP_BACKEND", request.param)
    name: str = request.param
    return name


async def test_the_backend_is_the_one_chosen(backend: str) -> None:
    assert use_aiohttp() is (backend == "aiohttp")
    async with AsyncVimmerse(api_key="k", base_url="http://127.0.0.1:1") as client:
        assert isinstance(client._http, DefaultAioHttpClient) is (backend == "aiohttp")


async def test_alternating_api_and_cdn_requests_reuse_one_connection_each(tmp_path: Path) -> None:
    async with serve() as api, serve() as cdn, AsyncVimmerse(api_key="k", base_url=api.url) as c:
        cdn.release.set()
        for n in range(10):
            await c.assets.get(f"a{n}")
            response = await c._get_unauthenticated(f"{cdn.url}/files/{n}.png")
            await response.aread()
            await response.aclose()
        assert (api.requests, cdn.requests) == (10, 10)
        assert (api.connections, cdn.connections) == (1, 1)


async def test_polls_are_never_stuck_behind_slow_downloads() -> None:
    # More downloads than their slots, all held by the server, on the API's own origin.
    started = MAX_SOCKETS + 8
    async with serve() as server, AsyncVimmerse(api_key="k", base_url=server.url) as client:
        server.hold = MAX_CONCURRENT_DOWNLOADS

        async def download(n: int) -> None:
            response = await client._get_unauthenticated(f"{server.url}/files/{n}.png")
            await response.aread()
            await response.aclose()

        async with anyio.create_task_group() as tasks:
            for n in range(started):
                tasks.start_soon(download, n)
            await server.all_held.wait()
            with anyio.fail_after(5):  # well inside the pool timeout (10 s)
                asset = await client.assets.get("a1")
            assert asset.id == "a1"
            assert server.held == MAX_CONCURRENT_DOWNLOADS  # the rest queue in the client
            server.release.set()
        assert server.held == started
        assert server.connections <= MAX_SOCKETS


async def test_a_pool_timeout_says_the_pool_was_full_not_the_server_slow(backend: str) -> None:
    limits = httpx.Limits(max_connections=1)
    http: httpx.AsyncClient = (
        DefaultAioHttpClient(limits=limits)
        if backend == "aiohttp"
        else httpx.AsyncClient(limits=limits)
    )
    async with (
        serve() as server,
        http,
        AsyncVimmerse(
            api_key="k", base_url=server.url, http_client=http, max_retries=0,
            timeout=httpx.Timeout(5, pool=0.05),
        ) as client,
    ):  # fmt: skip
        held = await client._get_unauthenticated(f"{server.url}/files/0.png")  # the only one
        with pytest.raises(APITimeoutError) as caught:
            await client.assets.get("a1")
        server.release.set()
        await held.aclose()
    assert "No free connection in the HTTP client's pool within 0.05 s" in str(caught.value)
    assert "Request timed out" not in str(caught.value)


async def test_a_post_the_server_hung_up_on_is_not_sent_again() -> None:
    async with serve() as server, AsyncVimmerse(api_key="k", base_url=server.url) as client:
        server.hang_up = True
        with pytest.raises(APIConnectionError) as caught:
            await client.image.text_to_image(prompt="a fox", async_mode=True)
        assert not isinstance(caught.value, APITimeoutError)
        assert server.requests == 1  # a paid job: sent once


async def test_an_answer_cut_mid_body_is_a_connection_error_and_not_reused() -> None:
    # The aiohttp backend reads an API answer whole in its transport (READ_WHOLE).
    async with (
        serve() as server,
        AsyncVimmerse(api_key="k", base_url=server.url, max_retries=0) as client,
    ):
        server.cut = True
        with pytest.raises(APIConnectionError) as caught:
            await client.assets.get("a1")
        assert not isinstance(caught.value, APITimeoutError)
        server.cut = False
        assert (await client.assets.get("a1")).id == "a1"
        assert server.connections == 2


async def test_an_answer_that_stalls_mid_body_times_out() -> None:
    # Read whole, an answer is bounded by the call's deadline; one that streams after all
    # (chunked, no length) still has its read timeout between chunks.
    async with (
        serve() as server,
        AsyncVimmerse(api_key="k", base_url=server.url, max_retries=0, timeout=0.3) as client,
    ):
        server.stall = True
        with anyio.fail_after(5), pytest.raises(APITimeoutError):
            await client.assets.get("a1")
        server.release.set()


async def test_a_callers_http_client_keeps_its_hooks_and_auth(backend: str) -> None:
    seen: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        seen.append(f"request {request.url.path}")

    async def on_response(response: httpx.Response) -> None:
        seen.append(f"response {response.status_code}")

    options: dict[str, Any] = {
        "auth": ("user", "pass"),
        "event_hooks": {"request": [on_request], "response": [on_response]},
    }
    http = DefaultAioHttpClient(**options) if backend == "aiohttp" else httpx.AsyncClient(**options)
    async with (
        serve() as server,
        http,
        AsyncVimmerse(api_key="k", base_url=server.url, http_client=http) as c,
    ):
        await c.assets.get("a1")
    assert seen == ["request /asset/a1", "response 200"]
    assert header(server.heads[0], "authorization") == "Basic dXNlcjpwYXNz"  # user:pass


async def test_credentials_in_the_base_url_are_sent_as_basic_auth() -> None:
    async with serve() as server:
        url = server.url.replace("http://", "http://user:pass@")
        async with AsyncVimmerse(api_key="k", base_url=url) as client:
            await client.assets.get("a1")
    assert header(server.heads[0], "authorization") == "Basic dXNlcjpwYXNz"  # user:pass


async def test_an_answer_of_the_clients_own_pool_is_what_httpx_would_give() -> None:
    async with serve() as server, AsyncVimmerse(api_key="k", base_url=server.url) as client:
        raw = await client.with_raw_response.assets.get("a1")
        await client.close()
        with pytest.raises(RuntimeError, match="client has been closed"):
            await client.assets.get("a1")
    answer = raw.http_response
    assert answer.elapsed.total_seconds() > 0
    assert (answer.http_version, answer.reason_phrase, answer.encoding) == (
        "HTTP/1.1",
        "OK",
        "utf-8",
    )
    assert answer.request.headers[API_KEY_HEADER] == "k"
    assert answer.request.extensions["timeout"] == client.timeout.as_dict()


async def test_headers_are_sent_as_given_ascii_or_not() -> None:
    note = "café ☕".encode()
    async with serve() as server, AsyncVimmerse(api_key="k", base_url=server.url) as client:
        await client.assets.get("a1", extra_headers={"X-Note": note})  # type: ignore[dict-item]
        await client.assets.get("a1", extra_headers={"X-Note": "plain"})
    assert [header(head, "x-note") for head in server.heads] == [note.decode(), "plain"]


async def test_proxies_from_the_environment_still_apply(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example.test:3128")
    client = AsyncVimmerse(api_key="k", base_url="https://api.example.test")
    https = client._http._transport_for_url(httpx.URL("https://api.example.test/asset/a1"))
    http = client._http._transport_for_url(httpx.URL("http://127.0.0.1/asset/a1"))
    assert https is not http  # the proxy's transport
    await client.close()


def test_a_bad_backend_name_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIMMERSE_HTTP_BACKEND", "curl")
    with pytest.raises(ValueError, match="VIMMERSE_HTTP_BACKEND must be aiohttp or httpx"):
        AsyncVimmerse(api_key="k", base_url="http://127.0.0.1:1")


async def test_answers_leave_no_reference_cycles_for_the_garbage_collector() -> None:
    # httpx's bound stream refers back to its answer; left in place, every answer was a
    # cycle that only the collector could free (its cost showed in make bench's CPU row).
    async with serve() as server, AsyncVimmerse(api_key="k", base_url=server.url) as client:
        await client.assets.get("a1")  # connections, imports, caches: made before counting
        gc.collect()
        gc.disable()
        try:
            for _ in range(5):
                await client.assets.get("a1")
                await client.with_raw_response.assets.get("a1")
            left_to_the_collector = gc.collect()
        finally:
            gc.enable()
    assert left_to_the_collector == 0


async def test_per_call_timeouts_computed_anew_keep_the_transports_cache_bounded() -> None:
    from vimmerse_core._transport import _TIMEOUTS_KEPT

    async with serve() as server, DefaultAioHttpClient() as http:
        client = AsyncVimmerse(api_key="k", base_url=server.url, http_client=http)
        for i in range(_TIMEOUTS_KEPT * 3):
            await client.assets.get("a1", timeout=30.0 + i / 1000)  # e.g. the time left
        transport = http._transport
        assert 0 < len(transport._timeouts) <= _TIMEOUTS_KEPT  # type: ignore[attr-defined]
