"""A total deadline for each call and each download, whatever the server's pace.

httpx's timeouts bound each phase and each read: a server that trickles a byte a second
never trips them and holds a call forever. The client's ``timeout`` therefore also bounds
a whole call (every attempt and the pauses between them) and a whole download, at its
longest phase: the default 600 s, ``timeout=30`` 30 s.

A call's ``Deadline`` is made once, with its ``CallContext`` (``_call``), and passed down
explicitly: to the retry loop, to the body reads, and to the transport in the request's
extensions (``DEADLINE``). The clients' own transports cut every connect, read and write
short at it, so a trickle of headers is caught too: httpcore hands each socket operation
only its phase's timeout, so ``DeadlineTransport`` tags those timeouts with the deadline
(``_Phase``) for the network backend to read. With a caller's own ``http_client`` the
deadline is checked between body chunks (and an environment proxy's transport, httpx's
own, is checked the same way).
"""

from __future__ import annotations

import math
import time
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import Any

import httpcore
import httpx

from ._errors import APITimeoutError

# The request extension that carries the call's Deadline to the transport.
DEADLINE = "vimmerse_deadline"
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


class Deadline:
    """When one call must end: ``seconds`` (None: never) from when it was made. Immutable."""

    __slots__ = ("at", "seconds")

    at: float | None  # on the monotonic clock
    seconds: float | None

    def __init__(self, seconds: float | None) -> None:
        object.__setattr__(self, "seconds", seconds)
        object.__setattr__(self, "at", None if seconds is None else time.monotonic() + seconds)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a Deadline is immutable")

    def __repr__(self) -> str:
        return "Deadline(None)" if self.seconds is None else f"Deadline({self.seconds:g} s)"

    def time_left(self) -> float | None:
        """Seconds left (at least 0), or None if the call is unbounded."""
        return None if self.at is None else max(self.at - time.monotonic(), 0.0)

    def overdue(self) -> DeadlinePassed | None:
        """``DeadlinePassed``, if the deadline has passed."""
        if self.at is None or self.at - time.monotonic() > _SLACK:
            return None
        assert self.seconds is not None
        return DeadlinePassed(self.seconds)

    def check(self) -> None:
        passed = self.overdue()
        if passed is not None:
            raise passed

    def allows(self, delay: float) -> bool:
        """Whether a pause of ``delay`` seconds (before a retry) still ends in time."""
        return self.at is None or delay < self.at - time.monotonic()

    def checked(self, chunks: Iterable[bytes]) -> Iterator[bytes]:
        """The chunks of a body, stopping with ``DeadlinePassed`` once the deadline passes."""
        for chunk in chunks:
            self.check()
            yield chunk

    async def async_checked(self, chunks: AsyncIterable[bytes]) -> AsyncIterator[bytes]:
        async for chunk in chunks:
            self.check()
            yield chunk


UNBOUNDED = Deadline(None)


def deadline_of(request: httpx.Request) -> Deadline:
    """The deadline of the call that sent ``request`` (``UNBOUNDED`` if none was given)."""
    found = request.extensions.get(DEADLINE)
    return found if isinstance(found, Deadline) else UNBOUNDED


# -- the transports' side: the deadline inside httpcore ---------------------------------------


class _Phase(float):
    """A phase's timeout (inf: none) that knows its call's deadline: what httpcore passes to
    each socket operation, so the network backend can cut it short."""

    __slots__ = ("deadline",)
    deadline: Deadline


def _tagged(phases: dict[str, Any], deadline: Deadline) -> dict[str, Any]:
    tagged = dict(phases)
    for name in ("connect", "read", "write"):  # the pool's wait is httpcore's own
        value = phases.get(name)
        phase = _Phase(math.inf if value is None else value)
        phase.deadline = deadline
        tagged[name] = phase
    return tagged


def _shorten(timeout: float | None, expired: type[Exception]) -> float | None:
    if not isinstance(timeout, _Phase):
        return timeout
    deadline = timeout.deadline
    assert deadline.at is not None and deadline.seconds is not None
    left = deadline.at - time.monotonic()
    if left <= 0:
        raise expired(f"the total deadline of {deadline.seconds:g} s passed")
    return min(float(timeout), left)


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


def _bound(request: httpx.Request) -> dict[str, Any] | None:
    """Give ``request`` phase timeouts tagged with its deadline, for httpcore to hand to the
    backend (its body is read later, with the same ones); the extensions it had, or None."""
    deadline = deadline_of(request)
    if deadline.at is None:
        return None
    given = request.extensions
    request.extensions = {**given, "timeout": _tagged(given.get("timeout", {}), deadline)}
    return given


class DeadlineTransport(httpx.HTTPTransport):
    """httpx's transport, each call's socket operations cut short at its deadline."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # httpx takes no network backend; its httpcore pool does, and reads it per connection.
        self._pool._network_backend = DeadlineBackend(self._pool._network_backend)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        given = _bound(request)
        try:
            return super().handle_request(request)
        finally:
            if given is not None:  # httpcore keeps the tagged ones; the caller sees its own
                request.extensions = given


class AsyncDeadlineTransport(httpx.AsyncHTTPTransport):
    """Async twin of ``DeadlineTransport``."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._pool._network_backend = AsyncDeadlineBackend(self._pool._network_backend)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        given = _bound(request)
        try:
            return await super().handle_async_request(request)
        finally:
            if given is not None:
                request.extensions = given
