"""A total deadline per call and per download, against a server on 127.0.0.1 that trickles.

The server sends a byte every ``PACE`` seconds, well inside every per-read timeout, for
``TRICKLE`` seconds in all and then completes the answer: without a total deadline each
call below would succeed after ``TRICKLE`` s; with ``timeout=DEADLINE`` it must stop with
``APITimeoutError`` instead (and write no file).
"""

from __future__ import annotations

import json
import socketserver
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpcore
import httpx
import pytest

from tests.sdk.helpers import API_KEY, asset_json
from vimmerse import APITimeoutError, AsyncVimmerse, Vimmerse
from vimmerse_core._deadline import DeadlineBackend, total_for

PACE = 0.05
TRICKLE = 6.0
DEADLINE = 0.5
ASSET = json.dumps(asset_json()).encode()


class _Trickler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = self.request.recv(65536)
            if not chunk:
                return
            request += chunk
        path = request.split(b" ", 2)[1].decode()
        self.server.paths.append(path)
        if "/cdn/" in path:  # a finished asset's result: serve the asset's file
            body = b"\x89PNG" + b"\x00" * 60
        elif "/asset/" in path and self.server.mode == "body":
            body = json.dumps(asset_json(results=[f"{self.server.url}/cdn/0.png"])).encode()
            self._send(b"HTTP/1.1 200 OK\r\n", body)
            return
        else:
            body = ASSET if path.startswith("/asset/") else b"\x00" * 64
        head = f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode()
        slow_head = self.server.mode == "headers"
        try:
            self.request.sendall(b"HTTP/1.1 200 OK\r\n")
            self._trickle(head if slow_head else b"", rest=b"" if slow_head else head, body=body)
        except OSError:  # the client gave up and closed: what the deadline is for
            return

    def _send(self, status: bytes, body: bytes) -> None:
        head = f"Content-Length: {len(body)}\r\nContent-Type: application/json\r\n\r\n"
        self.request.sendall(status + head.encode() + body)

    def _trickle(self, slow_head: bytes, *, rest: bytes, body: bytes) -> None:
        """Trickle ``slow_head`` (or else the body) for TRICKLE s, then send the remainder."""
        self.request.sendall(rest)
        slow = slow_head or body
        ends = time.monotonic() + TRICKLE
        sent = 0
        while sent < len(slow) - 1 and time.monotonic() < ends:
            self.request.sendall(slow[sent : sent + 1])
            sent += 1
            time.sleep(PACE)  # the server's pace, not synchronisation
        self.request.sendall(slow[sent:] + (body if slow_head else b""))


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    mode = "body"
    url = ""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Trickler)
        self.paths: list[str] = []
        self.url = f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def server() -> Iterator[_Server]:
    srv = _Server()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _client(server: _Server, **kwargs: object) -> Vimmerse:
    return Vimmerse(api_key=API_KEY, base_url=server.url, timeout=DEADLINE, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", ["json", "headers"])
def test_a_trickled_answer_ends_at_the_deadline(server: _Server, mode: str) -> None:
    server.mode = mode
    with _client(server) as client, pytest.raises(APITimeoutError, match="total deadline"):
        client.assets.get("a1")
    assert server.paths == ["/asset/a1"]  # timed out on the deadline: not retried


def test_the_deadline_holds_with_the_callers_own_http_client(server: _Server) -> None:
    server.mode = "json"
    with (
        httpx.Client(timeout=DEADLINE) as http,
        _client(server, http_client=http) as client,
        pytest.raises(APITimeoutError, match="total deadline"),
    ):
        client.assets.get("a1")


def test_a_trickled_download_ends_at_the_deadline_and_leaves_no_file(
    server: _Server, tmp_path: Path
) -> None:
    with _client(server) as client:
        with pytest.raises(APITimeoutError, match="total deadline"):
            client.media.download("m1", tmp_path / "v.mp4")
        with pytest.raises(APITimeoutError, match="total deadline"):
            client.assets.download("a1", tmp_path / "assets")
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


@pytest.mark.anyio
@pytest.mark.parametrize("backend", ["aiohttp", "httpx"])
async def test_async_calls_and_downloads_end_at_the_deadline(
    server: _Server, tmp_path: Path, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VIMMERSE_HTTP_BACKEND", backend)
    async with AsyncVimmerse(api_key=API_KEY, base_url=server.url, timeout=DEADLINE) as client:
        with pytest.raises(APITimeoutError, match="total deadline"):
            await client.media.download("m1", tmp_path / "v.mp4")
        with pytest.raises(APITimeoutError, match="total deadline"):
            await client.assets.download("a1", tmp_path / "assets")
        for mode in ("json", "headers"):
            server.mode = mode
            with pytest.raises(APITimeoutError, match="total deadline"):
                await client.assets.get("a1")
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_the_total_is_the_longest_phase() -> None:
    assert total_for(httpx.Timeout(30)) == 30
    assert total_for(httpx.Timeout(connect=5, read=600, write=60, pool=10)) == 600
    assert total_for(httpx.Timeout(None)) is None
    assert total_for(httpx.Timeout(5, read=None)) is None


@pytest.mark.anyio
async def test_the_async_deadline_holds_with_the_callers_own_http_client(
    server: _Server,
) -> None:
    server.mode = "json"
    async with (
        httpx.AsyncClient(timeout=DEADLINE) as http,
        AsyncVimmerse(
            api_key=API_KEY, base_url=server.url, timeout=DEADLINE, http_client=http
        ) as client,
    ):
        with pytest.raises(APITimeoutError, match="total deadline"):
            await client.assets.get("a1")


def test_the_sync_client_keeps_the_environments_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("all_proxy", "http_proxy", "https_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example.test:3128")
    with Vimmerse(api_key=API_KEY, base_url="https://api.example.test") as client:
        https = client._http._transport_for_url(httpx.URL("https://api.example.test/asset/a1"))
        local = client._http._transport_for_url(httpx.URL("http://127.0.0.1/asset/a1"))
    pools: list[Any] = [getattr(https, "_pool", None), getattr(local, "_pool", None)]
    assert isinstance(pools[0], httpcore.HTTPProxy)  # the proxy from the environment
    assert isinstance(pools[1]._network_backend, DeadlineBackend)  # ours, everywhere else


@pytest.mark.anyio
@pytest.mark.parametrize("client", ["sync", "aiohttp", "httpx"])
async def test_a_trickle_of_headers_is_cut_at_the_deadline_not_when_it_ends(
    server: _Server, client: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The deadline reaches the socket reads (the aiohttp transport's timer, the tagged phase
    # timeouts on httpx's): a check after the head would also raise, but TRICKLE s late.
    server.mode = "headers"
    started = time.monotonic()
    with pytest.raises(APITimeoutError, match="total deadline"):
        if client == "sync":
            with _client(server) as sync:
                sync.assets.get("a1")
        else:
            monkeypatch.setenv("VIMMERSE_HTTP_BACKEND", client)
            async with AsyncVimmerse(api_key=API_KEY, base_url=server.url, timeout=DEADLINE) as c:
                await c.assets.get("a1")
    assert time.monotonic() - started < TRICKLE / 3
