"""The async client's default transport: one small httpcore pool per connection.

httpcore 1.0's pool hands a newly idle HTTP/1.1 connection to every queued request at once;
all but one then fail with ``ConnectionNotAvailable`` and queue again, and every attempt
rescans the pool (encode/httpcore#1035, still open; fixed in the pydantic/httpx2 fork,
#1075). With 1,000 concurrent waits that churn took most of the client's CPU: ``make
bench``'s fan-out ran 3x slower with it. Here each connection lives in a pool of its own,
and a request takes a free pool off a stack, so httpcore never queues, never races, and
never rescans. Everything on the wire is still httpx and httpcore, so proxies, TLS,
timeouts and respx work as before.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Callable

import anyio
import httpx

from ._deadline import on_deadline

# Each pool keeps its one connection alive for this long after its last request.
KEEPALIVE_EXPIRY = 5.0
_ONE_CONNECTION = httpx.Limits(
    max_connections=1, max_keepalive_connections=1, keepalive_expiry=KEEPALIVE_EXPIRY
)


class _ReturnOnClose(httpx.AsyncByteStream):
    """A response body that gives its pool back once the body is closed."""

    def __init__(self, stream: httpx.AsyncByteStream, give_back: Callable[[], None]) -> None:
        self._stream = stream
        self._give_back: Callable[[], None] | None = give_back

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            give_back, self._give_back = self._give_back, None
            if give_back is not None:
                give_back()


class ConnectionStackTransport(httpx.AsyncBaseTransport):
    """At most ``max_connections`` keep-alive connections, each in its own httpcore pool.

    A request that finds every connection busy waits for one, up to the request's ``pool``
    timeout (``httpx.PoolTimeout``), as it would in httpx's own pool.
    """

    def __init__(self, *, max_connections: int, verify: ssl.SSLContext | bool = True) -> None:
        if max_connections < 1:
            raise ValueError("max_connections must be >= 1")
        self._max_connections = max_connections
        # Loading the CA bundle costs milliseconds: load it once for every pool.
        self._ssl = (
            verify
            if isinstance(verify, ssl.SSLContext)
            else httpx.create_ssl_context(verify=verify)
        )
        self._free: list[httpx.AsyncHTTPTransport] = []  # a stack: warm connections first
        self._pools: list[httpx.AsyncHTTPTransport] = []
        self._slots: anyio.Semaphore | None = None  # made in the event loop on first use

    @property
    def max_connections(self) -> int:
        return self._max_connections

    async def _take(self, request: httpx.Request) -> httpx.AsyncHTTPTransport:
        if self._slots is None:
            self._slots = anyio.Semaphore(self._max_connections, fast_acquire=True)
        try:
            self._slots.acquire_nowait()  # the usual case: no cancel scope for the timeout
        except anyio.WouldBlock:
            timeout = request.extensions.get("timeout", {}).get("pool")
            try:
                with anyio.fail_after(timeout):
                    await self._slots.acquire()
            except TimeoutError as exc:
                raise httpx.PoolTimeout("Timed out waiting for a free connection") from exc
        if self._free:
            return self._free.pop()
        pool = on_deadline(httpx.AsyncHTTPTransport(verify=self._ssl, limits=_ONE_CONNECTION))
        self._pools.append(pool)
        return pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        pool = await self._take(request)
        slots = self._slots
        assert slots is not None

        def give_back() -> None:
            self._free.append(pool)
            slots.release()

        try:
            response = await pool.handle_async_request(request)
        except BaseException:
            give_back()
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _ReturnOnClose(response.stream, give_back)
        return response

    async def aclose(self) -> None:
        pools, self._pools, self._free = self._pools, [], []
        for pool in pools:
            await pool.aclose()
