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

import importlib.util
import os
import sys
import urllib.request
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any

import httpx

from ._deadline import AsyncDeadlineTransport

# The extra installed (found, not imported: see __getattr__); else httpx's own pool.
AIOHTTP = all(importlib.util.find_spec(name) is not None for name in ("aiohttp", "httpx_aiohttp"))

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


def is_ours(http: httpx.AsyncClient) -> bool:
    """Whether ``http`` is a ``DefaultAioHttpClient`` (without importing aiohttp to tell:
    none can exist before its module is loaded)."""
    module = sys.modules.get(f"{__package__}._aiohttp")
    return module is not None and isinstance(http, module.DefaultAioHttpClient)


def default_async_client(*, timeout: httpx.Timeout, headers: dict[str, str]) -> httpx.AsyncClient:
    """The client ``AsyncVimmerse`` builds for itself. Redirects are not followed: one could
    carry the key to another host."""
    if use_aiohttp():
        from ._aiohttp import DefaultAioHttpClient

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

    def __getattr__(name: str) -> Any:
        # aiohttp loads when the async client first needs it (a tenth of a second or more):
        # `from vimmerse import Vimmerse` and the CLI never import it.
        if name == "DefaultAioHttpClient":
            from ._aiohttp import DefaultAioHttpClient

            return DefaultAioHttpClient
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    "is_ours",
]
