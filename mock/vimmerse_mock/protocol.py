"""The HTTP protocol the mock runs under uvicorn: httptools, with each answer sent in one write.

uvicorn writes a response's head (at `http.response.start`) and its body with separate
`transport.write` calls, and uvloop sends each at once: two `send()` syscalls, two TCP
segments and two wake-ups of the client for every answer. Under load those writes were a
third of the mock's CPU (py-spy, make bench's throughput row). Here the writes made while
one callback of the event loop runs are joined and handed to the transport when it ends
(`loop.call_soon`), so a small answer leaves as one segment, as Node's (Prism's) do.
Order is kept, `close()` sends what is pending first, and a large streamed body still
goes out chunk by chunk: a chunk waits at most until the handler next awaits.

`MockHttpProtocol` adds a deadline for a request's head: uvicorn's only timer is the
keep-alive one, which any byte cancels, so a client trickling a header line every few
seconds held a connection (and its memory) for ever. The body has its own idle timeout
in the app (app.py `_limited`). cli.py selects it
(`uvicorn.run(http="vimmerse_mock.protocol:MockHttpProtocol")`).
"""

from __future__ import annotations

import asyncio
import functools
from typing import Any, cast

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from vimmerse_mock.settings import Settings


class CoalescingTransport(asyncio.Transport):
    """A transport that holds writes until the running callback ends, then writes them once."""

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self._transport = transport
        self._loop = loop
        self._pending: list[bytes] = []

    def write(self, data: bytes | bytearray | memoryview[Any]) -> None:
        if not data:
            return
        if not self._pending:
            self._loop.call_soon(self.flush)
        self._pending.append(bytes(data))

    def writelines(self, list_of_data: Any) -> None:
        for data in list_of_data:
            self.write(data)

    def flush(self) -> None:
        """Hand the pending writes to the transport as one (dropped if it is closing)."""
        pending = self._pending
        if not pending:
            return
        self._pending = []
        if not self._transport.is_closing():
            self._transport.write(pending[0] if len(pending) == 1 else b"".join(pending))

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def abort(self) -> None:
        self._pending = []
        self._transport.abort()

    def is_closing(self) -> bool:
        return self._transport.is_closing()

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return self._transport.get_extra_info(name, default)

    def set_protocol(self, protocol: asyncio.BaseProtocol) -> None:
        self._transport.set_protocol(protocol)

    def get_protocol(self) -> asyncio.BaseProtocol:
        return self._transport.get_protocol()

    def is_reading(self) -> bool:
        return self._transport.is_reading()

    def pause_reading(self) -> None:
        self._transport.pause_reading()

    def resume_reading(self) -> None:
        self._transport.resume_reading()

    def set_write_buffer_limits(self, high: int | None = None, low: int | None = None) -> None:
        self._transport.set_write_buffer_limits(high, low)

    def get_write_buffer_size(self) -> int:
        return self._transport.get_write_buffer_size() + sum(map(len, self._pending))

    def get_write_buffer_limits(self) -> tuple[int, int]:
        return self._transport.get_write_buffer_limits()

    def can_write_eof(self) -> bool:
        return self._transport.can_write_eof()

    def write_eof(self) -> None:
        self.flush()
        self._transport.write_eof()


class CoalescingHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol, writing through a `CoalescingTransport`."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's transports are not asyncio.Transport subclasses, only alike.
        real = cast(asyncio.Transport, transport)
        super().connection_made(CoalescingTransport(real, self.loop))


@functools.cache
def _head_timeout() -> float:
    return Settings.from_env().read_timeout  # once per worker process, not per connection


_TIMED_OUT = (
    b"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\n"
    b'content-length: 29\r\nconnection: close\r\n\r\n{"message":"REQUEST_TIMEOUT"}'
)


class MockHttpProtocol(CoalescingHttpToolsProtocol):
    """A request's head must arrive whole within `read_timeout` seconds, else 408 and close."""

    _head_timer: asyncio.TimerHandle | None = None
    _head_begun = False  # a request line arrived and its head is not complete yet

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        self._arm_head_timer()  # a connection that never sends a request line is cut too

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        # Timed only if this chunk left a head unfinished: most heads arrive whole, and a
        # timer per request was ~2 % of the mock's CPU under load.
        if self._head_begun:
            self._arm_head_timer()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head_begun = True

    def on_headers_complete(self) -> None:
        self._head_begun = False
        self._cancel_head_timer()
        super().on_headers_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_head_timer()
        super().connection_lost(exc)

    def _arm_head_timer(self) -> None:
        if self._head_timer is None:
            self._head_timer = self.loop.call_later(_head_timeout(), self._head_timed_out)

    def _cancel_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.transport.is_closing():
            return
        if self.cycle is None or self.cycle.response_complete:  # not mid-answer
            self.transport.write(_TIMED_OUT)
        self.transport.close()
