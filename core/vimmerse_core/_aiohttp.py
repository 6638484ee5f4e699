"""The async client's aiohttp backend (``DefaultAioHttpClient``), imported only when used:
``_transport`` says whether it is installed and loads it on first use."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import aiohttp
import httpx
import httpx_aiohttp
from httpx_aiohttp.transport import AiohttpResponseStream, map_aiohttp_exceptions

from ._body import MAX_ANSWER_BYTES
from ._deadline import deadline_of
from ._transport import _TIMEOUTS_KEPT, DEFAULT_LIMITS, READ_WHOLE

__all__ = ["DefaultAioHttpClient"]


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


class DefaultAioHttpClient(httpx_aiohttp.HttpxAiohttpClient):
    """An ``httpx.AsyncClient`` on aiohttp, for ``AsyncVimmerse(http_client=...)``.

    The client builds one for itself when aiohttp is installed; pass your own to set its
    options (``limits``, ``proxy``, ``verify``). Close it yourself (``async with``).
    """

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("limits", DEFAULT_LIMITS)
        super().__init__(**kwargs)

    # Keyword arguments passed through as httpx gives them: the signatures differ by design.
    def _init_transport(self, **kwargs: Any) -> httpx.AsyncBaseTransport:  # type: ignore[override]
        transport = kwargs.get("transport")
        if transport is not None:
            return transport  # type: ignore[no-any-return]
        return _AiohttpTransport(**_transport_options(kwargs))

    def _init_proxy_transport(  # type: ignore[override]
        self, proxy: httpx.Proxy, **kwargs: Any
    ) -> httpx.AsyncBaseTransport:
        return _AiohttpTransport(proxy=proxy, **_transport_options(kwargs))


def _transport_options(kwargs: dict[str, Any]) -> dict[str, Any]:
    names = ("verify", "cert", "trust_env", "http1", "http2", "limits")
    return {name: kwargs[name] for name in names if name in kwargs}
