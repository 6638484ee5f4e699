"""A total deadline for each call and each download, whatever the server's pace.

httpx's timeouts bound each phase and each read: a server that trickles a byte a second
never trips them and holds a call forever. The client's ``timeout`` therefore also bounds
a whole call (every attempt and the pauses between them) and a whole download, at its
longest phase: the default 600 s, ``timeout=30`` 30 s.

The clients' own transports run on a network backend that cuts every connect, read and
write short at the deadline, so a trickle of headers is caught too; with a caller's own
``http_client`` the deadline is checked between body chunks (and an environment proxy's
transport, httpx's own, is checked the same way). A cancel scope per call would do it for
the async client at ~60 us a call; the deadline here is a context variable, a few us a
call, which follows each call into httpcore's reads.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from contextvars import ContextVar, Token
from typing import Any, TypeVar

import httpcore
import httpx

from ._errors import APITimeoutError

# (monotonic time by which the current call must end, its length in s), if it is bounded.
_DEADLINE: ContextVar[tuple[float, float] | None] = ContextVar("vimmerse_deadline", default=None)
# A socket timeout set to the time left may fire a hair before the monotonic clock agrees.
_SLACK = 0.01


class DeadlinePassed(Exception):
    """Internal: the current call ran out of time (raised to the user as APITimeoutError)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took longer than its total deadline of {seconds:g} s")
        self.seconds = seconds


def timed_out(passed: DeadlinePassed, request: httpx.Request) -> APITimeoutError:
    return APITimeoutError(f"{request.method} {request.url.path} {passed}", request=request)


def total_for(timeout: httpx.Timeout) -> float | None:
    """The whole-call bound a ``timeout`` implies: its longest phase (None: unbounded)."""
    if timeout.read is None or timeout.write is None:
        return None
    phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    return max(p for p in phases if p is not None)


def _left() -> tuple[float, float] | None:
    """(seconds left, the deadline's length) of the current call, if it is bounded."""
    current = _DEADLINE.get()
    if current is None:
        return None
    at, seconds = current
    return at - time.monotonic(), seconds


def time_left() -> float | None:
    """Seconds left for the current call (at least 0), or None if it is unbounded."""
    left = _left()
    return None if left is None else max(left[0], 0.0)


class bounded:
    """Everything sent and read inside ends within ``seconds`` (nested: the earliest wins)."""

    __slots__ = ("_seconds", "_token")

    def __init__(self, seconds: float | None) -> None:
        self._seconds = seconds
        self._token: Token[tuple[float, float] | None] | None = None

    def __enter__(self) -> None:
        if self._seconds is None:
            return
        at = time.monotonic() + self._seconds
        outer = _DEADLINE.get()
        if outer is None or outer[0] > at:
            self._token = _DEADLINE.set((at, self._seconds))

    def __exit__(self, *exc_info: object) -> None:
        if self._token is not None:
            _DEADLINE.reset(self._token)
            self._token = None


def overdue() -> DeadlinePassed | None:
    """The current call's deadline, if it has passed."""
    left = _left()
    return DeadlinePassed(left[1]) if left is not None and left[0] <= _SLACK else None


def check() -> None:
    passed = overdue()
    if passed is not None:
        raise passed


def allows(delay: float) -> bool:
    """Whether a pause of ``delay`` seconds (before a retry) still ends before the deadline."""
    left = _left()
    return left is None or delay < left[0]


def checked(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The chunks of a body, stopping with ``DeadlinePassed`` once the deadline passes."""
    for chunk in chunks:
        check()
        yield chunk


async def async_checked(chunks: AsyncIterable[bytes]) -> AsyncIterator[bytes]:
    async for chunk in chunks:
        check()
        yield chunk


def _shorten(timeout: float | None, expired: type[Exception]) -> float | None:
    left = _left()
    if left is None:
        return timeout
    if left[0] <= 0:
        raise expired(f"the total deadline of {left[1]:g} s passed")
    return left[0] if timeout is None else min(timeout, left[0])


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _shorten(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _shorten(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _shorten(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's sync backend, with every socket operation cut short at the deadline."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        timeout = _shorten(timeout, httpcore.ConnectTimeout)
        stream = self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        timeout = _shorten(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncDeadlineStream(httpcore.AsyncNetworkStream):
    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, _shorten(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, _shorten(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = _shorten(timeout, httpcore.ConnectTimeout)
        stream = await self._stream.start_tls(ssl_context, server_hostname, timeout)
        return _AsyncDeadlineStream(stream)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    """Async twin of ``DeadlineBackend``."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = _shorten(timeout, httpcore.ConnectTimeout)
        stream = await self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
        return _AsyncDeadlineStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.AsyncNetworkStream:
        timeout = _shorten(timeout, httpcore.ConnectTimeout)
        stream = await self._backend.connect_unix_socket(path, timeout, socket_options)
        return _AsyncDeadlineStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


_Transport = TypeVar("_Transport", httpx.HTTPTransport, httpx.AsyncHTTPTransport)


def on_deadline(transport: _Transport) -> _Transport:
    """``transport`` with its socket operations cut short at the deadline."""
    pool = transport._pool
    # httpx takes no network backend; its httpcore pool does, and reads it per connection.
    if isinstance(transport, httpx.AsyncHTTPTransport):
        pool._network_backend = AsyncDeadlineBackend(pool._network_backend)
    else:
        pool._network_backend = DeadlineBackend(pool._network_backend)
    return transport
