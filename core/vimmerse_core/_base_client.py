"""The one place where request policy lives: configuration, auth, retries, errors, logging.

``SyncAPIClient`` and ``AsyncAPIClient`` share every decision through ``_BaseClient`` and
``_retry``; they differ only in how they send and how they sleep.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import secrets
import urllib.request
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any, Generic, Self, TypeVar, cast

import anyio
import anyio.to_thread
import attrs
import httpx

from . import _body, _deadline, _defaults
from ._deadline import Deadline, DeadlineTransport
from ._direct import Direct, can_go_direct
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    InsecureTransportError,
    MissingAPIKeyError,
    make_status_error,
    transport_reason,
)
from ._hooks import Hooks
from ._logs import SENSITIVE_HEADERS, logger, redact_headers, register_secret, setup_logging
from ._pacing import Pacer
from ._request_options import (
    NO_OPTIONS,
    NOT_GIVEN,
    CallContext,
    NotGiven,
    RequestOptions,
    coerce_timeout,
)
from ._retry import Decision, RetryPolicy, decide_exception, decide_status
from ._surface import Surface
from ._transport import (
    MAX_CONCURRENT_DOWNLOADS,
    MAX_CONCURRENT_REQUESTS,
    READ_WHOLE,
    DefaultAioHttpClient,
    ReleaseOnClose,
    default_async_client,
)
from ._urls import BaseURL
from ._version import __version__

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "AsyncAPIClient",
    "Hooks",
    "SyncAPIClient",
]

# Their public names (vimmerse.DEFAULT_*); the values are set in _defaults.
DEFAULT_MAX_RETRIES = _defaults.MAX_RETRIES
DEFAULT_TIMEOUT = _defaults.TIMEOUT
USER_AGENT = f"vimmerse-python/{__version__}"


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.") or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _coerce_timeout(
    value: float | httpx.Timeout | NotGiven | None,
) -> httpx.Timeout | NotGiven:
    # NOT_GIVEN stays: a caller's own http_client then keeps its own timeout.
    return value if isinstance(value, NotGiven) else coerce_timeout(value)


def _resolve_api_key(api_key: str | None) -> str:
    if api_key is None:
        api_key = os.environ.get("VIMMERSE_API_KEY")
    if not api_key:
        raise MissingAPIKeyError(
            "No API key: pass api_key=... to the client or set the VIMMERSE_API_KEY "
            "environment variable."
        )
    return api_key


def _check_retries(value: int) -> int:
    if value < 0:
        raise ValueError("max_retries must be >= 0")
    return value


def _resolve_base_url(url: str | None, surface: Surface) -> str:
    return url or os.environ.get("VIMMERSE_BASE_URL") or surface.base_url


def _strip_slash(url: str) -> str:
    return url.rstrip("/")


def _copy_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    return dict(headers or {})


def _redacted(_: str) -> str:
    return "'<redacted>'"


@attrs.frozen(kw_only=True)
class ClientOptions:
    """A client's settings, as one value: the constructor resolves it (arguments, then the
    environment, then defaults), ``with_options`` evolves it, and the repr prints it with
    the key redacted.

    Args:
        api_key: the API key; defaults to ``$VIMMERSE_API_KEY``.
        base_url: defaults to ``$VIMMERSE_BASE_URL``, then the spec's server.
        timeout: seconds (one number for every phase) or an ``httpx.Timeout``. The default is
            5 s to connect, 600 s to read or write, 10 s to get a pooled connection. Its
            longest phase also bounds each call and each download in all (``_deadline``).
            ``NOT_GIVEN`` with a caller's ``http_client``: that client's own timeout.
        max_retries: how many times a failed request may be retried (default 2; 0 disables).
        default_headers: extra headers for every request.
        allow_insecure_http: send the key over plain ``http://`` to a non-loopback host.
    """

    surface: Surface = attrs.field(repr=False, eq=False)  # the generated SDK's manifest
    api_key: str = attrs.field(converter=_resolve_api_key, repr=_redacted)
    base_url: str = attrs.field(converter=_strip_slash)
    timeout: httpx.Timeout | NotGiven = attrs.field(
        default=DEFAULT_TIMEOUT, converter=_coerce_timeout
    )
    max_retries: int = attrs.field(default=DEFAULT_MAX_RETRIES, converter=_check_retries)
    default_headers: Mapping[str, str] = attrs.field(
        factory=dict, converter=_copy_headers, repr=False
    )
    allow_insecure_http: bool = attrs.field(default=False, repr=False)

    def __attrs_post_init__(self) -> None:
        # Checked once, here: every API request's URL is base_url + "/" + path, so it goes to
        # this scheme and host (a path, however odd, cannot change the authority).
        url = httpx.URL(self.base_url)
        if url.scheme not in ("http", "https") or not url.host:
            # Else httpx fails on each request with UnsupportedProtocol: say it here, once.
            raise ValueError(
                f"base_url must be an absolute http:// or https:// URL, "
                f"e.g. {self.surface.base_url} (got {self.base_url!r})"
            )
        if url.scheme == "http" and not is_loopback(url.host) and not self.allow_insecure_http:
            raise InsecureTransportError(
                f"Refusing to send the API key over plain http to {url.host}: use https, or "
                "pass allow_insecure_http=True if you really mean it.",
                host=url.host,
            )

    def headers(self) -> dict[str, str]:
        """What every API request carries (unless the operation overrides a header)."""
        return {
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            self.surface.api_key_header: self.api_key,
            **self.default_headers,
        }


@attrs.define(eq=False)
class _Shared:
    """What a client and its ``with_options`` copies hold by reference: the HTTP client
    (closed by whoever built it), what the pacer learned, the hooks, the async slots."""

    http: Any  # httpx.Client | httpx.AsyncClient
    owns_http: bool
    # The options whose headers and timeout are set on `http` (None: a caller's client):
    # a client with exactly these sends only its per-request extras.
    baked: ClientOptions | None
    hooks: Hooks
    pacer: Pacer = attrs.field(factory=Pacer)
    slots: Any = None  # _Slots, async clients only
    downloads: Any = None  # _Slots for streamed bodies, async clients only
    # API requests past httpx's layers: async, on our own client or a DefaultAioHttpClient.
    direct: Direct | None = None


_HttpT = TypeVar("_HttpT", httpx.Client, httpx.AsyncClient)


class _BaseClient(Generic[_HttpT]):
    """Policy shared by both clients; their state is ``_options`` and ``_shared``.

    Args: those of ``ClientOptions``, and ``http_client``: your own ``httpx.Client`` (sync)
    or ``httpx.AsyncClient`` (async), used as it is (its timeout, proxies, cookies).
    """

    _surface: Surface  # the generated client's manifest (a class attribute there)
    _options: ClientOptions
    _shared: _Shared
    _retry_policy: RetryPolicy
    _base_url: BaseURL
    # API requests skip httpx's client layers (_direct): on a client the SDK built or a
    # caller's DefaultAioHttpClient, unless the base URL carries credentials (httpx's send
    # turns those into basic auth).
    _direct: Direct | None
    # The SDK's headers that the HTTP client does not carry (None: it does, _Shared.baked);
    # one dict per client copy, so _direct can keep them merged with the client's.
    _sdk_headers: dict[str, str] | None

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: _HttpT | None = None,
        allow_insecure_http: bool = False,
        _hooks: Hooks | None = None,
    ) -> None:
        if isinstance(timeout, NotGiven) and http_client is None:
            timeout = DEFAULT_TIMEOUT  # a caller's http_client keeps its own unless given
        options = ClientOptions(
            surface=self._surface,
            api_key=api_key,  # None: the converter reads the environment
            base_url=_resolve_base_url(base_url, self._surface),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            allow_insecure_http=allow_insecure_http,
        )
        self._setup(options, self._new_shared(options, http_client, _hooks or Hooks()))

    def _new_shared(self, options: ClientOptions, http_client: Any, hooks: Hooks) -> _Shared:
        raise NotImplementedError

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool | None = None,
    ) -> Self:
        """A copy of this client with some settings changed (None: keep; headers are added
        to); it shares the connection pool, what the pacer learned and the hooks.

        ``client.with_options(timeout=30, max_retries=0).image.text_to_image(...)``
        """
        changes: dict[str, Any] = {
            name: value
            for name, value in (
                ("api_key", api_key),
                ("base_url", base_url),
                ("max_retries", max_retries),
                ("allow_insecure_http", allow_insecure_http),
            )
            if value is not None
        }
        if not isinstance(timeout, NotGiven):
            changes["timeout"] = timeout
        if default_headers is not None:
            changes["default_headers"] = {**self._options.default_headers, **default_headers}
        copy = object.__new__(type(self))
        copy._setup(attrs.evolve(self._options, **changes), self._shared)
        return copy

    def _setup(self, options: ClientOptions, shared: _Shared) -> None:
        setup_logging()
        register_secret(options.api_key)
        self._options = options
        self._shared = shared
        self._retry_policy = RetryPolicy(max_retries=options.max_retries)
        self._base_url = BaseURL(options.base_url)
        userinfo = httpx.URL(options.base_url).userinfo
        self._direct = None if userinfo else shared.direct
        self._sdk_headers = None if self._defaults_on_http_client else options.headers()

    # -- read-only views of the configuration ------------------------------------------------

    @property
    def options(self) -> ClientOptions:
        return self._options

    @property
    def api_key(self) -> str:
        return self._options.api_key

    @property
    def base_url(self) -> str:
        return self._options.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeout calls get: the one given, else the caller's ``http_client``'s."""
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._options.max_retries

    # The runtime's handles on the shared state.
    @property
    def _hooks(self) -> Hooks:
        return self._shared.hooks

    @property
    def _pacer(self) -> Pacer:
        return self._shared.pacer

    @property
    def _api_key(self) -> str:
        return self._options.api_key

    @property
    def _timeout(self) -> httpx.Timeout:
        given = self._options.timeout
        if isinstance(given, NotGiven):
            own: httpx.Timeout = self._shared.http.timeout
            return own
        return given

    def _context(
        self, call: RequestOptions = NO_OPTIONS, *, raw: bool = False, poll: bool = False
    ) -> CallContext:
        """The one value a call carries down: made at its top, its deadline starting now."""
        return CallContext.resolve(call, self._timeout, raw=raw, poll=poll)

    def _resolved(self, call: RequestOptions | CallContext) -> CallContext:
        return call if isinstance(call, CallContext) else self._context(call)

    @property
    def _max_retries(self) -> int:
        return self._options.max_retries

    @property
    def _defaults_on_http_client(self) -> bool:
        # Identity: with_options copies have options of their own, so they send every header.
        return self._shared.baked is self._options

    @property
    def _owns_http(self) -> bool:
        # Only the client that built the pool closes it: never a copy, never a caller's pool.
        return self._shared.owns_http and self._defaults_on_http_client

    def __repr__(self) -> str:
        return f"{type(self).__name__}{repr(self._options).removeprefix('ClientOptions')}"

    # -- request preparation (pure) ----------------------------------------------------------

    def _url(self, path: str) -> httpx.URL:
        # Plain concatenation keeps a path prefix in base_url (httpx's join would drop it).
        return self._base_url.join(path)

    def _with_sdk_headers(self, args: dict[str, Any]) -> dict[str, Any]:
        # httpx merges request headers into the client's one by one (~15 µs each), so a
        # client of our own carries the SDK's and a request only its own; _direct keeps
        # them merged for other clients, and this is for the rest.
        if not self._sdk_headers:
            return args
        return {**args, "headers": {**self._sdk_headers, **(args["headers"] or {})}}

    def _request_args(self, options: Mapping[str, Any], ctx: CallContext) -> dict[str, Any]:
        """Turn a generated request builder's dict and the call's context into
        ``httpx.Client.build_request`` kwargs."""
        args = ctx.options.apply(options)
        extra = dict(args.pop("headers", None) or {})
        if "files" in args and not args["files"] and not args.get("data"):
            # httpx sends no body at all for an empty form, but the operation requires a
            # multipart body: send an empty one (RFC 7578 allows zero parts).
            del args["files"]
            boundary = secrets.token_hex(16)
            extra["Content-Type"] = f"multipart/form-data; boundary={boundary}"
            args["content"] = f"--{boundary}--\r\n".encode()
        args["method"] = str(args["method"]).upper()
        args["url"] = self._url(str(args["url"]))
        args["headers"] = extra or None  # the request's own: see _with_sdk_headers
        args["extensions"] = ctx.extensions()  # the timeout (httpx reads it) and deadline
        return args

    def _cdn_request(self, url: str, ctx: CallContext) -> httpx.Request:
        # Built without the HTTP client's default headers, which may hold the API key, and
        # without the call's extra headers, which may too: only the call's timeout applies.
        return httpx.Request(
            "GET", url, headers={"User-Agent": USER_AGENT}, extensions=ctx.extensions()
        )

    def _log_request(self, request: httpx.Request, attempt: int) -> None:
        if not logger.isEnabledFor(logging.DEBUG):  # redacting headers costs ~20 µs a call
            return
        logger.debug(
            "HTTP request (attempt %d): %s %s headers=%s",
            attempt,
            request.method,
            request.url,
            redact_headers(request.headers),
        )

    def _log_response(
        self, request: httpx.Request, response: httpx.Response, started: float
    ) -> None:
        logger.info(
            "%s %s -> %d (%.2fs)",
            request.method,
            request.url,
            response.status_code,
            self._hooks.monotonic() - started,
        )

    def _log_retry(
        self, request: httpx.Request, delay: float, reason: str, retries_done: int
    ) -> None:
        logger.info(
            "Retrying %s %s in %.2fs (%s; retry %d of %d)",
            request.method,
            request.url.path,
            delay,
            reason,
            retries_done + 1,
            self._max_retries,
        )

    def _decide_exception(
        self, policy: RetryPolicy, request: httpx.Request, exc: Exception, retries_done: int
    ) -> Decision:
        decision = decide_exception(
            policy,
            method=request.method,
            exc=exc,
            retries_done=retries_done,
            random=self._hooks.random,
        )
        if decision.retry:
            self._log_retry(request, decision.delay, decision.reason, retries_done)
        else:
            logger.info("%s %s failed: %r", request.method, request.url.path, exc)
        return decision

    def _decide_status(
        self,
        policy: RetryPolicy,
        request: httpx.Request,
        response: httpx.Response,
        retries_done: int,
    ) -> Decision:
        decision = decide_status(
            policy,
            method=request.method,
            status=response.status_code,
            headers=response.headers,
            retries_done=retries_done,
            random=self._hooks.random,
            now=self._hooks.now,
        )
        if decision.retry:
            self._log_retry(request, decision.delay, decision.reason, retries_done)
        return decision

    def _status_error(self, response: httpx.Response) -> Exception:
        # A server that echoes a key back must not leak it: the client's, or one the call
        # sent in a header of its own.
        secrets = [self._api_key]
        secrets += [
            v for k, v in response.request.headers.items() if k.lower() in SENSITIVE_HEADERS
        ]
        return make_status_error(response, redact=secrets)

    def _connection_error(
        self, exc: Exception, request: httpx.Request, deadline: Deadline
    ) -> APIConnectionError:
        passed = deadline.overdue()
        if passed is not None:
            return _deadline.timed_out(passed, request)
        if isinstance(exc, httpx.PoolTimeout):  # the server was never asked
            return APITimeoutError(
                f"No free connection in the HTTP client's pool {_within(self._timeout.pool)}"
                " (all busy: raise its limits or send fewer requests at once): "
                f"{request.method} {request.url.path}",
                request=request,
            )
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(
                f"Request timed out: {request.method} {request.url.path}", request=request
            )
        return APIConnectionError(
            f"Connection error on {request.method} {request.url.path}: {transport_reason(exc)}",
            request=request,
        )


def _within(seconds: float | None) -> str:
    return "in time" if seconds is None else f"within {seconds:g} s"


class _ThreadedStream(httpx.AsyncByteStream):
    """Feeds a synchronous request body (httpx's multipart encoder reading a file) to the
    async transport, doing each read in a worker thread so disk I/O never blocks the loop."""

    def __init__(self, stream: httpx.SyncByteStream) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        iterator: Iterator[bytes] = iter(self._stream)
        # A unique object: the encoder yields b"" for an empty form field (e.g. title=""),
        # and a b"" sentinel would end the body there, short of its Content-Length.
        end = object()
        while True:
            chunk = await anyio.to_thread.run_sync(next, iterator, end)
            if chunk is end:
                return
            yield cast(bytes, chunk)


# Per client (and its with_options copies), at most MAX_CONCURRENT_REQUESTS requests are in
# flight and MAX_CONCURRENT_DOWNLOADS streamed bodies beside them (see _transport); the
# rest queue in _Slots, in order (a wait's polls first), not in the HTTP client's pool.


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


class _Slots:
    """At most ``size`` requests in flight; the rest wait in order, polls ahead of the rest.

    A poll is cheap and someone is waiting on its answer, while a burst of submits can keep
    every slot busy for seconds: served first, polls see a job's end when it happens. A
    release hands its slot straight to the next waiter, so nobody jumps the queue.
    """

    def __init__(self, size: int) -> None:
        self._free = size
        self._waiting: tuple[deque[anyio.Event], deque[anyio.Event]] = (deque(), deque())

    async def acquire(self, *, poll: bool) -> None:
        polls, others = self._waiting
        if self._free and not polls and not others:
            self._free -= 1  # no checkpoint: the request that follows yields soon enough
            return
        turn = anyio.Event()
        queue = polls if poll else others
        queue.append(turn)
        try:
            await turn.wait()
        except BaseException:  # cancelled: give back a slot handed over meanwhile
            if turn.is_set():
                self.release()
            else:
                queue.remove(turn)
            raise

    def release(self) -> None:
        for queue in self._waiting:
            if queue:
                queue.popleft().set()
                return
        self._free += 1


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
            if isinstance(http_client, DefaultAioHttpClient) and can_go_direct(http_client):
                # Its transport is ours: the same fast path whenever httpx's layers would
                # do nothing (Direct.usable); a plain httpx.AsyncClient always uses send().
                shared.direct = Direct(http_client, own=False)
        else:
            http = _default_async_http(_own_timeout(options), options.headers())
            shared = _Shared(http=http, owns_http=True, baked=options, hooks=hooks)
            shared.direct = Direct(http)
        shared.slots = _Slots(MAX_CONCURRENT_REQUESTS)
        shared.downloads = _Slots(MAX_CONCURRENT_DOWNLOADS)
        return shared

    @property
    def _http(self) -> httpx.AsyncClient:
        http: httpx.AsyncClient = self._shared.http
        return http

    @property
    def _slots(self) -> _Slots:
        slots: _Slots = self._shared.slots
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
            request.stream = _ThreadedStream(request.stream)
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
            self._log_request(request, retries_done + 1)
            started = self._hooks.monotonic()
            try:
                response = await self._send_in_slot(request, ctx, stream, api, direct)
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
        downloads: _Slots = self._shared.downloads
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
