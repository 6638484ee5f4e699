"""The mock's HTTP protocol: uvicorn's httptools protocol, each answer in one write."""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.config import Config
from uvicorn.importer import import_from_string
from uvicorn.server import ServerState

from vimmerse_mock.cli import http_protocol
from vimmerse_mock.protocol import (
    CoalescingHttpToolsProtocol,
    CoalescingTransport,
    MockHttpProtocol,
)

GET = b"GET /thing HTTP/1.1\r\nHost: mock\r\n\r\n"


async def _next_turn() -> None:
    """Yield once to the event loop: the callbacks already scheduled run first."""
    loop = asyncio.get_running_loop()
    turn = loop.create_future()
    loop.call_soon(turn.set_result, None)
    await turn


class FakeTransport(asyncio.Transport):
    """Records what the protocol hands to the socket, write by write."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[bytes] = []
        self.events: list[str] = []
        self.closing = False
        self.changed = asyncio.Event()

    def write(self, data: Any) -> None:
        assert not self.closing, "write after close"
        self.writes.append(bytes(data))
        self.events.append("write")
        self.changed.set()

    def close(self) -> None:
        self.closing = True
        self.events.append("close")
        self.changed.set()

    def is_closing(self) -> bool:
        return self.closing

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return {"peername": ("127.0.0.1", 50000), "sockname": ("127.0.0.1", 4011)}.get(
            name, default
        )

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass

    def get_write_buffer_size(self) -> int:
        return 0

    async def until(self, done: Any) -> None:
        while not done():
            self.changed.clear()
            await asyncio.wait_for(self.changed.wait(), timeout=10)


async def _serve(app: Any, request: bytes, done: Any) -> FakeTransport:
    config = Config(app=app, lifespan="off", log_config=None, proxy_headers=False)
    protocol = CoalescingHttpToolsProtocol(
        config, ServerState(), app_state={}, _loop=asyncio.get_running_loop()
    )
    transport = FakeTransport()
    protocol.connection_made(transport)
    protocol.data_received(request)
    await transport.until(lambda: done(transport))
    return transport


async def _small(scope: Any, receive: Any, send: Any) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", b"11")]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": b'{"ok":true}'})


def test_an_answer_leaves_in_one_write() -> None:
    def done(t: FakeTransport) -> bool:
        return b'{"ok":true}' in b"".join(t.writes)

    transport = asyncio.run(_serve(_small, GET, done))
    assert len(transport.writes) == 1, transport.writes
    head, _, body = transport.writes[0].partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 OK") and body == b'{"ok":true}'
    assert not transport.closing  # keep-alive


def test_connection_close_sends_the_answer_before_closing() -> None:
    request = b"GET /thing HTTP/1.1\r\nHost: mock\r\nConnection: close\r\n\r\n"
    transport = asyncio.run(_serve(_small, request, lambda t: t.closing))
    assert transport.events == ["write", "close"]
    assert transport.writes[0].endswith(b'{"ok":true}')


def test_a_streamed_body_goes_out_chunk_by_chunk_in_order() -> None:
    chunks = [bytes([65 + i]) * 70_000 for i in range(5)]
    handed_out: list[int] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        headers = [(b"content-length", str(sum(map(len, chunks))).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        for chunk in chunks:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await _next_turn()  # the handler awaits (e.g. a file read): pending goes out
            handed_out.append(len(transport_ref[0].writes))
        await send({"type": "http.response.body", "body": b""})

    transport_ref: list[FakeTransport] = []

    async def main() -> FakeTransport:
        transport = FakeTransport()
        transport_ref.append(transport)
        config = Config(app=app, lifespan="off", log_config=None, proxy_headers=False)
        protocol = CoalescingHttpToolsProtocol(
            config, ServerState(), app_state={}, _loop=asyncio.get_running_loop()
        )
        protocol.connection_made(transport)
        protocol.data_received(GET)
        await transport.until(lambda: sum(map(len, transport.writes)) > 350_000)
        return transport

    transport = asyncio.run(main())
    wire = b"".join(transport.writes)
    assert wire.partition(b"\r\n\r\n")[2] == b"".join(chunks)
    # Not held back until the end: every chunk left before the next was produced.
    assert handed_out == [1, 2, 3, 4, 5]


def test_writes_in_one_callback_are_joined_in_order_and_close_flushes() -> None:
    async def main() -> FakeTransport:
        real = FakeTransport()
        t = CoalescingTransport(real, asyncio.get_running_loop())
        t.write(b"a")
        t.write(bytearray(b"b"))
        t.write(b"")
        t.writelines([b"c", memoryview(b"d")])
        assert real.writes == [] and t.get_write_buffer_size() == 4
        await real.until(lambda: bool(real.writes))
        t.write(b"e")
        t.close()
        t.write(b"late")  # after close: dropped, never written to a closed transport
        await _next_turn()  # the flush scheduled by the late write runs
        return real

    real = asyncio.run(main())
    assert real.writes == [b"abcd", b"e"]
    assert real.events == ["write", "write", "close"]


def test_the_cli_runs_this_protocol() -> None:
    assert import_from_string(http_protocol()) is MockHttpProtocol
