"""The async client's HTTP backend: aiohttp through httpx-aiohttp when installed, else httpx.

Under fan-out httpcore's pool churns (encode/httpcore#1035): ``make bench``'s CPU row
measured ~2.9 ms of client CPU per request with httpx's own pool, ~0.4 ms with
httpx-aiohttp's transport and ~0.1 ms with raw aiohttp. So, as openai-python does
(``openai[aiohttp]``), ``pip install 'vimmerse[aiohttp]'`` gives ``DefaultAioHttpClient``,
and the client builds one for itself when the package is there. Both backends keep
connections per origin and bound them in all at ``MAX_SOCKETS``: the client's own slots
(``MAX_CONCURRENT_REQUESTS`` API requests, ``MAX_CONCURRENT_DOWNLOADS`` streamed bodies)
add up to it, so no request of the client's ever waits for the pool itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import urllib.request
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any

import httpx

from ._body import MAX_ANSWER_BYTES
from ._deadline import AsyncDeadlineTransport, deadline_of

try:
    import aiohttp
    import httpx_aiohttp
    from httpx_aiohttp.transport import AiohttpResponseStream, map_aiohttp_exceptions
except ImportError:  # the extra is not installed: httpx's own pool
    AIOHTTP = False
else:
    AIOHTTP = True

# API requests in flight (their answers read whole); polls queue ahead of the rest.
MAX_CONCURRENT_REQUESTS = 64
# Bodies streamed to the caller (downloads) in flight beside them: a slow CDN holds these,
# never the sockets that polls need.
MAX_CONCURRENT_DOWNLOADS = 32
MAX_SOCKETS = MAX_CONCURRENT_REQUESTS + MAX_CONCURRENT_DOWNLOADS
# A request extension: the caller reads this answer whole (an API answer, not a download),
# so the aiohttp transport may read it in one go, within the call's deadline, instead of
# through httpx's stream layers (~14 % of the client's CPU per request, make bench's CPU row).
# Only an answer of a declared length within the cap, not encoded (gzip): any other streams
# as before, so the cap (``_body``) still counts decoded bytes.
READ_WHOLE = "vimmerse_read_whole"
KEEPALIVE_EXPIRY = 5.0
_TIMEOUTS_KEPT = 32  # distinct aiohttp.ClientTimeout values a transport keeps for reuse
BACKEND_VARIABLE = "VIMMERSE_HTTP_BACKEND"
DEFAULT_LIMITS = httpx.Limits(
    max_connections=MAX_SOCKETS,
    max_keepalive_connections=MAX_SOCKETS,
    keepalive_expiry=KEEPALIVE_EXPIRY,
)


class ReleaseOnClose(httpx.AsyncByteStream):
    """A response body that calls ``release`` once, when it is closed."""

    def __init__(self, stream: httpx.AsyncByteStream, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release: Callable[[], None] | None = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            release, self._release = self._release, None
            if release is not None:
                release()


def use_aiohttp() -> bool:
    """Whether the client builds its own on aiohttp: when installed, unless
    ``VIMMERSE_HTTP_BACKEND=httpx`` (respx, for one, mocks httpx's transports only)."""
    choice = os.environ.get(BACKEND_VARIABLE, "").strip().lower()
    if choice not in ("", "aiohttp", "httpx"):
        raise ValueError(f"{BACKEND_VARIABLE} must be aiohttp or httpx, not {choice!r}")
    if choice == "aiohttp" and not AIOHTTP:
        raise ValueError(f"{BACKEND_VARIABLE}=aiohttp needs: pip install 'vimmerse[aiohttp]'")
    return AIOHTTP and choice != "httpx"


def default_async_client(*, timeout: httpx.Timeout, headers: dict[str, str]) -> httpx.AsyncClient:
    """The client ``AsyncVimmerse`` builds for itself. Redirects are not followed: one could
    carry the key to another host."""
    if use_aiohttp():
        return DefaultAioHttpClient(timeout=timeout, headers=headers, follow_redirects=False)
    # Mounted on "all://", the deadline's transport sits behind any more specific proxy that
    # httpx reads from the environment (HTTPS_PROXY, NO_PROXY); ALL_PROXY replaces it.
    mounts: dict[str, httpx.AsyncBaseTransport] = {}
    if "all" not in urllib.request.getproxies():
        mounts["all://"] = AsyncDeadlineTransport(limits=DEFAULT_LIMITS)
    return httpx.AsyncClient(
        timeout=timeout,
        headers=headers,
        follow_redirects=False,
        limits=DEFAULT_LIMITS,
        mounts=mounts,
    )


if TYPE_CHECKING or not AIOHTTP:

    class DefaultAioHttpClient(httpx.AsyncClient):
        """An ``httpx.AsyncClient`` on aiohttp: ``pip install 'vimmerse[aiohttp]'``."""

        def __init__(self, **kwargs: Any) -> None:
            raise RuntimeError(
                "DefaultAioHttpClient needs aiohttp: pip install 'vimmerse[aiohttp]'"
            )

else:

    def _remapped(exc: httpx.TransportError) -> httpx.TransportError:
        """httpx-aiohttp 0.2 reports every ``ClientConnectionError`` as ``ConnectTimeout``,
        a server hanging up mid-answer too; the retry policy reads ``ConnectTimeout`` as
        "nothing was sent" and may send a POST again, and a refused connection read as a
        timeout. Name what happened instead."""
        cause = exc.__cause__
        if not isinstance(exc, httpx.ConnectTimeout) or isinstance(
            cause, aiohttp.ConnectionTimeoutError
        ):
            return exc
        text = str(exc) or type(cause).__name__
        if isinstance(cause, aiohttp.ClientConnectorError):  # refused, unreachable, no DNS
            return httpx.ConnectError(text)
        if isinstance(cause, aiohttp.ServerDisconnectedError):
            return httpx.RemoteProtocolError(text)
        return httpx.ReadError(text)

    def _unmapped(exc: aiohttp.ClientError) -> httpx.TransportError:
        """An aiohttp error httpx-aiohttp lets through (a malformed answer, say)."""
        text = str(exc) or type(exc).__name__
        if isinstance(exc, aiohttp.ClientResponseError):
            return httpx.RemoteProtocolError(text)
        return httpx.TransportError(text)

    @contextlib.contextmanager
    def _refused_headers() -> Iterator[None]:
        """aiohttp refuses a header value with a line break as a bare ``ValueError`` (the
        API key's is checked before, ``_header_values``; an extra header's is not): the
        same error as httpx gives for it, without the value."""
        try:
            yield
        except ValueError as exc:
            if "header" not in str(exc).lower():
                raise
            raise httpx.LocalProtocolError(f"a header value was refused: {exc}") from None

    def _pairs(headers: httpx.Headers) -> list[tuple[str, str]]:
        """The headers as aiohttp takes them: ``multi_items()``, whose text encoding is
        chosen by trying ASCII first, so ASCII headers (any API request's) are decoded
        directly, without it (~2.5 us a request)."""
        try:
            return [(key.decode("ascii"), value.decode("ascii")) for key, value in headers.raw]
        except UnicodeDecodeError:
            return headers.multi_items()

    class _Body(httpx.AsyncByteStream):
        """An answer's body with the same errors as ``_AiohttpTransport``'s."""

        def __init__(self, stream: httpx.AsyncByteStream) -> None:
            self._stream = stream

        async def __aiter__(self) -> AsyncIterator[bytes]:
            try:
                async for chunk in self._stream:
                    yield chunk
            except httpx.TransportError as exc:
                raise _remapped(exc) from exc.__cause__
            except aiohttp.ClientError as exc:
                raise _unmapped(exc) from exc

        async def aclose(self) -> None:
            await self._stream.aclose()

    class _AiohttpTransport(httpx_aiohttp.AiohttpTransport):
        """httpx-aiohttp's transport with connections per origin, bounded in all, no cookie
        jar (the API sets none; the httpx client above has its own), truthful errors, and
        the call's total deadline over the answer's head (its body is checked per chunk)."""

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self._timeouts: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}

        def get_client(self) -> aiohttp.ClientSession:
            connector = aiohttp.TCPConnector(
                limit=self.limits.max_connections or 0,
                limit_per_host=0,
                keepalive_timeout=self.limits.keepalive_expiry,
                ssl=self.ssl_context,
            )
            return aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar())

        def _pool_full(self) -> bool:
            # aiohttp's one "connect" timeout covers the wait for a free connection and the
            # connect itself; its own count (private, in every 3.x) tells which it was.
            connector = (
                self.client.connector if isinstance(self.client, aiohttp.ClientSession) else None
            )
            limit = connector.limit if connector is not None else 0
            return bool(limit) and len(getattr(connector, "_acquired", ())) >= limit

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            left = deadline_of(request).time_left()
            pool_full = self._pool_full()
            try:
                async with asyncio.timeout(left):
                    response = await self._answer(request, left)
            except TimeoutError as exc:
                raise httpx.ReadTimeout("the call's total deadline passed") from exc
            except httpx.ConnectTimeout as exc:
                if pool_full and isinstance(exc.__cause__, aiohttp.ConnectionTimeoutError):
                    raise httpx.PoolTimeout(str(exc)) from exc.__cause__
                raise _remapped(exc) from exc.__cause__
            except httpx.TransportError as exc:
                raise _remapped(exc) from exc.__cause__
            except aiohttp.ClientError as exc:
                raise _unmapped(exc) from exc
            if not hasattr(response, "_content"):
                assert isinstance(response.stream, httpx.AsyncByteStream)
                response.stream = _Body(response.stream)
            return response

        def _timeout(
            self, request: httpx.Request, whole: bool, left: float | None
        ) -> tuple[aiohttp.ClientTimeout, float | None]:
            """httpx's phases as httpx-aiohttp maps them (one ``ClientTimeout`` per set of
            values), and the read timeout left out, if it was.

            An answer read whole is read within the call's deadline (handle_async_request),
            so a read timeout no shorter than the time left could never fire first: it is
            left out (aiohttp re-arms its timer on every read: ~5 % of the client's CPU per
            request) and set on the connection again if the answer streams after all."""
            phases = request.extensions.get("timeout", {})
            read = phases.get("read")
            dropped = None
            if whole and read is not None and left is not None and read >= left:
                read, dropped = None, read
            key = (phases.get("connect"), read, phases.get("pool"))
            timeout = self._timeouts.get(key)
            if timeout is None:
                if len(self._timeouts) >= _TIMEOUTS_KEPT:  # per-call timeouts computed anew
                    self._timeouts.clear()
                timeout = aiohttp.ClientTimeout(sock_connect=key[0], sock_read=read, connect=key[2])
                self._timeouts[key] = timeout
            return timeout, dropped

        async def _answer(self, request: httpx.Request, left: float | None) -> httpx.Response:
            # httpx-aiohttp's handle_async_request, building one httpx.Response (not one to
            # stream and a copy once read whole) and handing aiohttp plain header pairs.
            if not isinstance(self.client, aiohttp.ClientSession):
                self.client = self.get_client()
            whole = bool(request.extensions.get(READ_WHOLE))
            data: bytes | httpx.AsyncByteStream | None
            try:
                data = request.content or None
            except httpx.RequestNotRead:
                assert isinstance(request.stream, httpx.AsyncByteStream)
                data = request.stream
                request.headers.pop("transfer-encoding", None)  # aiohttp chunks it itself
            timeout, dropped_read = self._timeout(request, whole, left)
            url = request.url
            if url.userinfo:  # httpx sent it as basic auth: aiohttp refuses both (ValueError)
                url = url.copy_with(userinfo=b"")
            proxy = self.proxy
            with map_aiohttp_exceptions(), _refused_headers():
                answer = await self.client.request(
                    request.method,
                    str(url),
                    headers=_pairs(request.headers),
                    data=data,
                    allow_redirects=False,
                    auto_decompress=False,
                    compress=False,
                    timeout=timeout,
                    server_hostname=request.extensions.get("sni_hostname"),
                    proxy=str(proxy.url) if proxy else None,
                    proxy_auth=aiohttp.BasicAuth(*proxy.auth) if proxy and proxy.auth else None,
                    proxy_headers=proxy.headers if proxy else None,
                )
            extensions = {"http_version": b"HTTP/1.1"}
            if answer.reason:
                extensions["reason_phrase"] = answer.reason.encode()
            if (
                not whole
                or answer.content_length is None
                or answer.content_length > MAX_ANSWER_BYTES
                or answer.headers.get("Content-Encoding", "identity") != "identity"
            ):
                protocol = answer.connection.protocol if answer.connection else None
                if dropped_read is not None and protocol is not None:
                    # Streamed after all, past the deadline's scope: the read timeout again.
                    protocol.read_timeout = dropped_read
                    protocol.start_timeout()
                return httpx.Response(
                    answer.status,
                    headers=answer.raw_headers,
                    stream=AiohttpResponseStream(answer),
                    request=request,
                    extensions=extensions,
                )
            try:
                with map_aiohttp_exceptions():
                    content = await answer.read()
            except BaseException:
                answer.close()  # a connection cut mid-body is not reused
                raise
            answer.release()
            response = httpx.Response(
                answer.status,
                headers=answer.raw_headers,
                stream=httpx.ByteStream(content),
                request=request,
                extensions=extensions,
            )
            response._content = content  # what httpx's read() leaves: the body is in memory
            return response

    class DefaultAioHttpClient(httpx_aiohttp.HttpxAiohttpClient):  # type: ignore[no-redef]
        """An ``httpx.AsyncClient`` on aiohttp, for ``AsyncVimmerse(http_client=...)``.

        The client builds one for itself when aiohttp is installed; pass your own to set its
        options (``limits``, ``proxy``, ``verify``). Close it yourself (``async with``).
        """

        def __init__(self, **kwargs: Any) -> None:
            kwargs.setdefault("limits", DEFAULT_LIMITS)
            super().__init__(**kwargs)

        def _init_transport(self, **kwargs: Any) -> httpx.AsyncBaseTransport:
            transport = kwargs.get("transport")
            if transport is not None:
                return transport  # type: ignore[no-any-return]
            return _AiohttpTransport(**_transport_options(kwargs))

        def _init_proxy_transport(
            self, proxy: httpx.Proxy, **kwargs: Any
        ) -> httpx.AsyncBaseTransport:
            return _AiohttpTransport(proxy=proxy, **_transport_options(kwargs))

    def _transport_options(kwargs: dict[str, Any]) -> dict[str, Any]:
        names = ("verify", "cert", "trust_env", "http1", "http2", "limits")
        return {name: kwargs[name] for name in names if name in kwargs}


__all__ = [
    "AIOHTTP",
    "DEFAULT_LIMITS",
    "MAX_CONCURRENT_DOWNLOADS",
    "MAX_CONCURRENT_REQUESTS",
    "MAX_SOCKETS",
    "READ_WHOLE",
    "DefaultAioHttpClient",
    "ReleaseOnClose",
    "default_async_client",
]
