"""A total deadline for each call and each download, whatever the server's pace.

httpx's timeouts bound each phase and each read: a server that trickles a byte a second
never trips them and holds a call forever. The client's ``timeout`` therefore also bounds
a whole call (every attempt and the pauses between them) and a whole download, at its
longest phase: the default 600 s, ``timeout=30`` 30 s.

The sync client enforces it inside every socket operation (``DeadlineBackend`` shortens
each connect, read and write to what is left), so a trickle of headers is caught too; with
a caller's own ``http_client`` it is checked between body chunks. The async client uses
a cancel scope, which needs no help from the transport.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from typing import Any

import anyio
import httpcore
import httpx

# The monotonic time by which the current call must end, if bounded.
_DEADLINE: ContextVar[tuple[float, float] | None] = ContextVar("vimmerse_deadline", default=None)
# A socket timeout set to the time left may fire a hair before the monotonic clock agrees.
_SLACK = 0.01


class DeadlinePassed(Exception):
    """Internal: the current call ran out of time (raised to the user as APITimeoutError)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took longer than its total deadline of {seconds:g} s")
        self.seconds = seconds


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


@contextlib.contextmanager
def bounded(seconds: float | None) -> Iterator[None]:
    """Sync: everything sent and read inside ends within ``seconds`` (the earliest wins)."""
    if seconds is None:
        yield
        return
    at = time.monotonic() + seconds
    outer = _DEADLINE.get()
    token = _DEADLINE.set(outer if outer is not None and outer[0] <= at else (at, seconds))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


@contextlib.contextmanager
def async_bounded(seconds: float | None) -> Iterator[None]:
    """Async: cancel what runs inside after ``seconds``, raising ``DeadlinePassed``."""
    if seconds is None:
        yield
        return
    try:
        with anyio.fail_after(seconds), bounded(seconds):
            yield
    except TimeoutError as exc:
        raise DeadlinePassed(seconds) from exc


def passed() -> bool:
    left = _left()
    return left is not None and left[0] <= _SLACK


def check() -> None:
    left = _left()
    if left is not None and left[0] <= _SLACK:
        raise DeadlinePassed(left[1])


def allows(delay: float) -> bool:
    """Whether a pause of ``delay`` seconds (before a retry) still ends before the deadline."""
    left = _left()
    return left is None or delay < left[0]


def checked(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The chunks of a body, stopping with ``DeadlinePassed`` once the deadline passes."""
    for chunk in chunks:
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


def sync_transport() -> httpx.HTTPTransport:
    """httpx's default transport, on a ``DeadlineBackend``."""
    transport = httpx.HTTPTransport()
    pool = transport._pool
    # httpx takes no network backend; its httpcore pool does, and reads it per connection.
    pool._network_backend = DeadlineBackend(pool._network_backend)
    return transport
