"""API requests past httpx's client layers, on the SDK's own async HTTP client or a caller's
``DefaultAioHttpClient``.

``httpx.AsyncClient.build_request`` and ``send`` merge a base URL, params and cookies of the
client's own, then pass each request through auth, event hooks, redirects and the cookie
jar: ~15 % of the async client's CPU per request under fan-out (make bench's CPU row). An
API request needs none of them when the client has no params, auth, hooks or cookies (an
API request never follows a redirect), so ``Direct`` does what httpx would do for it, and
nothing else: the same request, through the transport httpx would choose (an environment
proxy's too), with the same answer (``elapsed``, ``default_encoding``, ``next_request``,
httpx's own log line, a cookie it sets kept in the jar). The SDK's own client never has
them; a caller's ``DefaultAioHttpClient`` is checked on every call (``usable``), and goes
through httpx when it has. Any other ``http_client`` always goes through httpx's ``send``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Any

import httpx
from httpx._client import USE_CLIENT_DEFAULT, BoundAsyncStream, ClientState
from httpx._content import encode_request

_HTTPX_LOG = logging.getLogger("httpx")
# The body arguments the quick build takes; any other goes through httpx.Request's own.
_BODIES = frozenset({"content", "json"})
_SENDING = ("POST", "PUT", "PATCH")  # httpx sends "Content-Length: 0" for these, bodiless
_BASES_KEPT = 32  # (host, headers) pairs kept: with_options copies each have their own


def can_go_direct(http: httpx.AsyncClient) -> bool:
    """Whether ``http`` sends and builds as httpx's own ``AsyncClient`` does (a subclass
    that changes either must be honoured)."""
    cls = type(http)
    return (
        cls.send is httpx.AsyncClient.send and cls.build_request is httpx.AsyncClient.build_request
    )


class Direct:
    """API requests on ``http``, an ``httpx.AsyncClient`` whose transport the SDK knows."""

    __slots__ = ("_bases", "_own", "http")

    def __init__(self, http: httpx.AsyncClient, *, own: bool = True) -> None:
        self.http = http
        self._own = own  # built by the SDK: no params, auth, hooks or cookie jar, ever
        # Per (host, SDK headers): the headers the client sent them with, and Host, the
        # client's headers and the SDK's (the headers of a caller's client may change).
        self._bases: dict[
            tuple[bytes, int], tuple[list[tuple[bytes, bytes]], object, httpx.Headers]
        ] = {}

    def usable(self) -> bool:
        """Whether an API request may skip httpx's layers now: none of them would act."""
        if self._own:
            return True
        http = self.http
        hooks = http.event_hooks
        return not (
            hooks["request"] or hooks["response"] or http.auth or http.params or http.cookies
        )

    def _base(self, netloc: bytes, defaults: Mapping[str, str] | None) -> httpx.Headers:
        raw = self.http.headers.raw
        key = (netloc, id(defaults))  # the entry holds `defaults`: its id is not reused
        found = self._bases.get(key)
        if found is not None and found[1] is defaults and found[0] == raw:
            return found[2]
        base = httpx.Headers([(b"Host", netloc), *raw])
        if defaults:
            base.update(defaults)
        if len(self._bases) >= _BASES_KEPT:
            self._bases.clear()
        self._bases[key] = (raw, defaults, base)
        return base

    def build_request(
        self, args: Mapping[str, Any], defaults: Mapping[str, str] | None = None
    ) -> httpx.Request:
        """``http.build_request(**args)``, for an absolute URL, with ``defaults`` (the SDK's
        headers, when the client does not carry them) between the client's headers and the
        request's; the client's timeout unless the request has one."""
        http = self.http
        kwargs = dict(args)
        method, url = kwargs.pop("method"), kwargs.pop("url")
        extensions = kwargs.pop("extensions", None) or {}
        timeout = kwargs.pop("timeout", USE_CLIENT_DEFAULT)  # None: no timeout, as in httpx
        if "timeout" not in extensions:
            phases = http.timeout if timeout is USE_CLIENT_DEFAULT else httpx.Timeout(timeout)
            extensions = {**extensions, "timeout": phases.as_dict()}
        extra = kwargs.pop("headers", None)
        if not isinstance(url, httpx.URL) or kwargs.keys() - _BODIES:  # a form, files, params
            headers = httpx.Headers(http.headers)
            if defaults:
                headers.update(defaults)
            headers.update(extra)
            return httpx.Request(method, url, headers=headers, extensions=extensions, **kwargs)
        # What httpx.Request's own preparation gives (Host, the client's headers, the
        # request's, the body's), without merging the same headers again each time.
        headers = httpx.Headers(self._base(url.netloc, defaults))
        if extra:
            headers.update(extra)
        stream: httpx.SyncByteStream | httpx.AsyncByteStream = httpx.ByteStream(b"")
        if kwargs:
            body = encode_request(content=kwargs.get("content"), json=kwargs.get("json"))
            defaults_of_body, stream = body
            for key, value in defaults_of_body.items():
                if key.lower() == "transfer-encoding" and "Content-Length" in headers:
                    continue
                headers.setdefault(key, value)
        if (
            method in _SENDING
            and "Content-Length" not in headers
            and "Transfer-Encoding" not in headers
        ):
            headers["Content-Length"] = "0"
        request = httpx.Request(method, url, headers=headers, stream=stream, extensions=extensions)
        if isinstance(stream, httpx.ByteStream):
            request.read()  # as httpx.Request does with a body in memory
        return request

    async def send(self, request: httpx.Request) -> httpx.Response:
        """``await http.send(request, stream=True, follow_redirects=False)``."""
        http = self.http
        if http.is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        http._state = ClientState.OPENED  # as send does: `async with` it now is a mistake
        transport = http._transport_for_url(request.url)
        started = time.perf_counter()
        try:
            response = await transport.handle_async_request(request)
        except httpx.RequestError as exc:
            exc.request = request  # as httpx's request_context does
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.request = request
        response.stream = BoundAsyncStream(response.stream, response=response, start=started)
        response.default_encoding = http._default_encoding
        if not self._own and "set-cookie" in response.headers:
            http.cookies.extract_cookies(response)  # the jar is the caller's to keep
        if _HTTPX_LOG.isEnabledFor(logging.INFO):
            _HTTPX_LOG.info(
                'HTTP Request: %s %s "%s %d %s"',
                request.method,
                request.url,
                response.http_version,
                response.status_code,
                response.reason_phrase,
            )
        if response.has_redirect_location:
            response.next_request = http._build_redirect_request(request, response)
        return response
