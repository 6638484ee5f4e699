"""The two clients: ``SyncAPIClient`` and ``AsyncAPIClient`` send and sleep, each its own
way, and share every decision through ``_policy._BaseClient``; and the HTTP clients they
build for themselves.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Callable, Mapping
from typing import Any, Self, TypeVar

import httpx

from . import _body, _guard
from ._deadline import DeadlineTransport
from ._direct import Direct, can_go_direct
from ._files import ThreadedStream
from ._hooks import Hooks
from ._options import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ClientOptions
from ._policy import _BaseClient, _Shared
from ._request_options import (
    NO_OPTIONS,
    NOT_GIVEN,
    CallContext,
    RequestOptions,
)
from ._slots import Slots
from ._transport import (
    MAX_CONCURRENT_DOWNLOADS,
    MAX_CONCURRENT_REQUESTS,
    READ_WHOLE,
    ReleaseOnClose,
    default_async_client,
    is_ours,
)

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "AsyncAPIClient",
    "Hooks",
    "SyncAPIClient",
]


def _own_timeout(options: ClientOptions) -> httpx.Timeout:
    # Only a caller's http_client comes without a timeout given (see _BaseClient.__init__).
    return options.timeout if isinstance(options.timeout, httpx.Timeout) else DEFAULT_TIMEOUT


def _default_async_http(timeout: httpx.Timeout, headers: dict[str, str]) -> httpx.AsyncClient:
    return _without_cookies(default_async_client(timeout=timeout, headers=headers))


def _default_sync_http(timeout: httpx.Timeout, headers: dict[str, str]) -> httpx.Client:
    # Redirects are not followed: a redirect could carry the key to another host. The
    # deadline's transport is mounted like the async stack, since transport=... would turn
    # off the proxies httpx reads from the environment.
    mounts: dict[str, httpx.BaseTransport] = {}
    if "all" not in urllib.request.getproxies():
        mounts["all://"] = DeadlineTransport()
    return _without_cookies(
        httpx.Client(timeout=timeout, follow_redirects=False, headers=headers, mounts=mounts)
    )


class _NoCookies(httpx.Cookies):
    """A cookie jar that keeps nothing: the API authenticates with a header, sets no cookies.

    httpx reads every answer's headers into its jar through urllib's cookie machinery:
    ~6 % of the async client's CPU per request (py-spy on make bench's fan-out).
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


_HTTP = TypeVar("_HTTP", httpx.Client, httpx.AsyncClient)


def _without_cookies(client: _HTTP) -> _HTTP:
    # Only on the clients we build: a caller's own http_client keeps its jar. httpx offers
    # no switch for this; its client reads the jar from this attribute on every answer.
    client._cookies = _NoCookies()
    return client


class SyncAPIClient(_BaseClient[httpx.Client]):
    """Synchronous transport with retries. See ``vimmerse.Vimmerse`` for the public client."""

    def _new_shared(self, options: ClientOptions, http_client: Any, hooks: Hooks) -> _Shared:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(
                "http_client must be an httpx.Client (use AsyncVimmerse for httpx.AsyncClient)"
            )
        if http_client is not None:
            return _Shared(http=http_client, owns_http=False, baked=None, hooks=hooks)
        http = _default_sync_http(_own_timeout(options), options.headers())
        return _Shared(http=http, owns_http=True, baked=options, hooks=hooks)

    @property
    def _http(self) -> httpx.Client:
        http: httpx.Client = self._shared.http
        return http

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _send(
        self,
        options: Mapping[str, Any],
        *,
        stream: bool = False,
        call: RequestOptions | CallContext = NO_OPTIONS,
    ) -> httpx.Response:
        """Send an API request with retries. Returns a 2xx response; raises for anything else.

        ``call``: the call's options, or its context if already made (a download's, which
        spans the body too). With ``stream=True`` the body is not read: the caller must close
        the response.
        """
        ctx = self._resolved(call)
        args = self._with_sdk_headers(self._request_args(options, ctx))
        # A fresh request per attempt: httpx rewinds file bodies when it renders one.
        return self._send_loop(
            lambda: self._http.build_request(**args), ctx, stream=stream, api=True
        )

    def _get_unauthenticated(
        self, url: str, call: RequestOptions | CallContext = NO_OPTIONS
    ) -> httpx.Response:
        """Stream a GET of a result URL (a CDN, not the API): no key, redirects followed."""
        ctx = self._resolved(call)
        return self._send_loop(lambda: self._cdn_request(url, ctx), ctx, stream=True, api=False)

    def _send_loop(
        self, build: Callable[[], httpx.Request], ctx: CallContext, *, stream: bool, api: bool
    ) -> httpx.Response:
        deadline = ctx.deadline
        policy = self._retry_policy
        retries_done = 0
        while True:
            request = build()
            if api:
                _guard.check(request.url)
            self._log_request(request, retries_done + 1)
            started = self._hooks.monotonic()
            try:
                response = self._http.send(request, stream=True, follow_redirects=not api)
                if not stream or not response.is_success:
                    try:
                        _body.read(response, deadline)
                    finally:
                        response.close()
                    _body.unbind(response)
            except httpx.TooManyRedirects as exc:
                raise self._redirect_error(request) from exc
            except httpx.TransportError as exc:
                if deadline.overdue():  # the deadline cut it short: no retry
                    raise self._connection_error(exc, request, deadline) from exc
                decision = self._decide_exception(policy, request, exc, retries_done)
                if not (decision.retry and deadline.allows(decision.delay)):
                    raise self._connection_error(exc, request, deadline) from exc
            else:
                self._log_response(request, response, started)
                if response.is_success:
                    return response
                decision = self._decide_status(policy, request, response, retries_done)
                if not (decision.retry and deadline.allows(decision.delay)):
                    raise self._status_error(response)
            self._hooks.sleep(decision.delay)
            retries_done += 1


class AsyncAPIClient(_BaseClient[httpx.AsyncClient]):
    """Asynchronous twin of ``SyncAPIClient``; never blocks the event loop."""

    def _new_shared(self, options: ClientOptions, http_client: Any, hooks: Hooks) -> _Shared:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(
                "http_client must be an httpx.AsyncClient (use Vimmerse for httpx.Client)"
            )
        if http_client is not None:
            shared = _Shared(http=http_client, owns_http=False, baked=None, hooks=hooks)
            if is_ours(http_client) and can_go_direct(http_client):
                # Its transport is ours: the same fast path whenever httpx's layers would
                # do nothing (Direct.usable); a plain httpx.AsyncClient always uses send().
                shared.direct = Direct(http_client, own=False)
        else:
            http = _default_async_http(_own_timeout(options), options.headers())
            shared = _Shared(http=http, owns_http=True, baked=options, hooks=hooks)
            shared.direct = Direct(http)
        shared.slots = Slots(MAX_CONCURRENT_REQUESTS)
        shared.downloads = Slots(MAX_CONCURRENT_DOWNLOADS)
        return shared

    @property
    def _http(self) -> httpx.AsyncClient:
        http: httpx.AsyncClient = self._shared.http
        return http

    @property
    def _slots(self) -> Slots:
        slots: Slots = self._shared.slots
        return slots

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def _build(self, args: Mapping[str, Any], direct: Direct | None) -> httpx.Request:
        if direct is not None:
            request = direct.build_request(args, self._sdk_headers)
        else:
            request = self._http.build_request(**args)
        if "files" in args and isinstance(request.stream, httpx.SyncByteStream):
            request.stream = ThreadedStream(request.stream)
        return request

    async def _send(
        self,
        options: Mapping[str, Any],
        *,
        stream: bool = False,
        call: RequestOptions | CallContext = NO_OPTIONS,
    ) -> httpx.Response:
        """Send an API request with retries. Returns a 2xx response; raises for anything else."""
        ctx = self._resolved(call)
        args = self._request_args(options, ctx)
        if not stream:
            args["extensions"][READ_WHOLE] = True
        direct = self._direct if self._direct is not None and self._direct.usable() else None
        if direct is None:
            args = self._with_sdk_headers(args)
        return await self._send_loop(
            lambda: self._build(args, direct), ctx, stream=stream, api=True, direct=direct
        )

    async def _get_unauthenticated(
        self, url: str, call: RequestOptions | CallContext = NO_OPTIONS
    ) -> httpx.Response:
        """Stream a GET of a result URL (a CDN, not the API): no key, redirects followed."""
        ctx = self._resolved(call)
        return await self._send_loop(
            lambda: self._cdn_request(url, ctx), ctx, stream=True, api=False
        )

    async def _send_loop(
        self,
        build: Callable[[], httpx.Request],
        ctx: CallContext,
        *,
        stream: bool,
        api: bool,
        direct: Direct | None = None,
    ) -> httpx.Response:
        deadline = ctx.deadline
        policy = self._retry_policy
        retries_done = 0
        while True:
            request = build()
            if api:
                _guard.check(request.url)
            self._log_request(request, retries_done + 1)
            started = self._hooks.monotonic()
            try:
                response = await self._send_in_slot(request, ctx, stream, api, direct)
            except httpx.TooManyRedirects as exc:
                raise self._redirect_error(request) from exc
            except httpx.TransportError as exc:
                if deadline.overdue():  # the deadline cut it short: no retry
                    raise self._connection_error(exc, request, deadline) from exc
                decision = self._decide_exception(policy, request, exc, retries_done)
                if not (decision.retry and deadline.allows(decision.delay)):
                    raise self._connection_error(exc, request, deadline) from exc
            else:
                self._log_response(request, response, started)
                if response.is_success:
                    return response
                decision = self._decide_status(policy, request, response, retries_done)
                if not (decision.retry and deadline.allows(decision.delay)):
                    raise self._status_error(response)
            await self._hooks.async_sleep(decision.delay)
            retries_done += 1

    async def _send_in_slot(
        self,
        request: httpx.Request,
        ctx: CallContext,
        stream: bool,
        api: bool,
        direct: Direct | None,
    ) -> httpx.Response:
        """Send once within the slots: a streamed body holds a download slot until it is
        closed, so slow downloads never take the sockets that polls need."""
        downloads: Slots = self._shared.downloads
        if stream:
            await downloads.acquire(poll=False)
        try:
            await self._slots.acquire(poll=ctx.poll)
            try:
                if direct is not None:
                    response = await direct.send(request)
                else:
                    response = await self._http.send(request, stream=True, follow_redirects=not api)
                if not stream or not response.is_success:
                    try:
                        await _body.aread(response, ctx.deadline)
                    finally:
                        await response.aclose()
                    _body.unbind(response)
            finally:
                self._slots.release()
        except BaseException:
            if stream:
                downloads.release()
            raise
        if stream:
            if response.is_success:
                assert isinstance(response.stream, httpx.AsyncByteStream)
                response.stream = ReleaseOnClose(response.stream, downloads.release)
            else:
                downloads.release()
        return response
