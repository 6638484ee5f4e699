"""API requests on an HTTP client the SDK built itself, past httpx's client layers.

``httpx.AsyncClient.build_request`` and ``send`` merge a base URL, params and cookies of the
client's own, then pass each request through auth, event hooks, redirects and the cookie
jar: ~15 % of the async client's CPU per request under fan-out (make bench's CPU row). A
client the SDK built has none of them (no base URL, params, auth or hooks; ``_NoCookies``;
an API request never follows a redirect), so ``Direct`` does what httpx would do for it,
and nothing else: the same request, through the transport httpx would choose (an
environment proxy's too), with the same answer (``elapsed``, ``default_encoding``,
``next_request``, httpx's own log line). A caller's ``http_client`` always goes through
httpx's ``send``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Any

import httpx
from httpx._client import USE_CLIENT_DEFAULT, BoundAsyncStream
from httpx._content import encode_request

_HTTPX_LOG = logging.getLogger("httpx")
# The body arguments the quick build takes; any other goes through httpx.Request's own.
_BODIES = frozenset({"content", "json"})
_SENDING = ("POST", "PUT", "PATCH")  # httpx sends "Content-Length: 0" for these, bodiless


class Direct:
    """API requests on ``http``, an ``httpx.AsyncClient`` the SDK built."""

    __slots__ = ("_bases", "http")

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http
        self._bases: dict[bytes, httpx.Headers] = {}  # per host: Host, the client's headers

    def build_request(self, args: Mapping[str, Any]) -> httpx.Request:
        """``http.build_request(**args)``, for an absolute URL: the client's headers under
        the request's, its timeout unless the request has one."""
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
            headers.update(extra)
            return httpx.Request(method, url, headers=headers, extensions=extensions, **kwargs)
        # What httpx.Request's own preparation gives (Host, the client's headers, the
        # request's, the body's), without parsing the client's headers again each time.
        netloc = url.netloc
        base = self._bases.get(netloc)
        if base is None:
            base = self._bases[netloc] = httpx.Headers([(b"Host", netloc), *http.headers.raw])
        headers = httpx.Headers(base)
        if extra:
            headers.update(extra)
        stream: httpx.SyncByteStream | httpx.AsyncByteStream = httpx.ByteStream(b"")
        if kwargs:
            body = encode_request(content=kwargs.get("content"), json=kwargs.get("json"))
            defaults, stream = body
            for key, value in defaults.items():
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
