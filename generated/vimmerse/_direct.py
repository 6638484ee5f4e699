"""API requests on an HTTP client the SDK built itself, past httpx's client layers.

``httpx.AsyncClient.build_request`` and ``send`` merge a base URL, params and cookies of the
client's own, then pass each request through auth, event hooks, redirects and the cookie
jar: ~15 % of the async client's CPU per request under fan-out (make bench's CPU row). A
client the SDK built has none of them (no base URL, params, auth or hooks; ``_NoCookies``;
an API request never follows a redirect), so these do what httpx would do for it, and
nothing else: the same request, through the transport httpx would choose (an environment
proxy's too), with the same answer (``elapsed``, ``default_encoding``, ``next_request``,
httpx's own log line). A caller's ``http_client`` always goes through httpx's ``send``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Any

import httpx
from httpx._client import BoundAsyncStream

_HTTPX_LOG = logging.getLogger("httpx")


def build_request(http: httpx.AsyncClient, args: Mapping[str, Any]) -> httpx.Request:
    """``http.build_request(**args)`` for an absolute URL on a client with no base URL,
    params or cookies: the client's headers under the request's, its timeout unless given."""
    kwargs = dict(args)
    method, url = kwargs.pop("method"), kwargs.pop("url")
    headers: httpx.Headers = http.headers  # httpx.Request copies it
    extra = kwargs.pop("headers", None)
    if extra:
        headers = httpx.Headers(headers)
        headers.update(extra)
    extensions = kwargs.pop("extensions", None) or {}
    timeout = kwargs.pop("timeout", None)
    if "timeout" not in extensions:
        phases = http.timeout if timeout is None else httpx.Timeout(timeout)
        extensions = {**extensions, "timeout": phases.as_dict()}
    return httpx.Request(method, url, headers=headers, extensions=extensions, **kwargs)


async def send(http: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
    """``await http.send(request, stream=True, follow_redirects=False)`` on such a client."""
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
