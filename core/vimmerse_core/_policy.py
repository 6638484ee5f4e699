"""The one place where request policy lives: configuration, auth, retries, errors, logging.

``SyncAPIClient`` and ``AsyncAPIClient`` (``_base_client``) share every decision through
``_BaseClient`` here and ``_retry``; they differ only in how they send and how they sleep.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Mapping
from typing import Any, Generic, Self, TypeVar

import attrs
import httpx

from . import _deadline
from ._deadline import Deadline
from ._direct import Direct
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    DownloadError,
    make_status_error,
    scrub,
    transport_reason,
)
from ._hooks import Hooks
from ._logs import (
    SENSITIVE_HEADERS,
    known_secrets,
    logger,
    redact_headers,
    register_secret,
    setup_logging,
)
from ._options import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    USER_AGENT,
    ClientOptions,
    resolve_base_url,
)
from ._pacing import Pacer
from ._request_options import (
    NO_OPTIONS,
    NOT_GIVEN,
    CallContext,
    NotGiven,
    RequestOptions,
)
from ._retry import Decision, RetryPolicy, decide_exception, decide_status
from ._surface import Surface
from ._urls import BaseURL


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
    slots: Any = None  # _slots.Slots, async clients only
    downloads: Any = None  # _slots.Slots for streamed bodies, async clients only
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
        max_download_bytes: int | NotGiven | None = NOT_GIVEN,
        _hooks: Hooks | None = None,
    ) -> None:
        if isinstance(timeout, NotGiven) and http_client is None:
            timeout = DEFAULT_TIMEOUT  # a caller's http_client keeps its own unless given
        options = ClientOptions(
            surface=self._surface,
            api_key=api_key,  # None: the converter reads the environment
            base_url=resolve_base_url(base_url, self._surface),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            allow_insecure_http=allow_insecure_http,
            **(
                {}
                if isinstance(max_download_bytes, NotGiven)
                else {"max_download_bytes": max_download_bytes}
            ),
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
        max_download_bytes: int | NotGiven | None = NOT_GIVEN,
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
        if not isinstance(max_download_bytes, NotGiven):  # None is a value: no cap
            changes["max_download_bytes"] = max_download_bytes
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
        cap = self._options.max_download_bytes
        return CallContext.resolve(call, self._timeout, raw=raw, poll=poll, max_download_bytes=cap)

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
        try:
            return httpx.Request(
                "GET", url, headers={"User-Agent": USER_AGENT}, extensions=ctx.extensions()
            )
        except httpx.InvalidURL as exc:  # a result URL from the answer: the server's doing
            raise DownloadError(f"Download failed: {url!r} is no URL: {exc}", url=url) from None

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

    def _secrets(self, request: httpx.Request) -> list[str]:
        """What an error about ``request`` must never show: the client's key, any key the
        call sent in a header of its own, and every key the process registered."""
        found = [self._api_key, *known_secrets()]
        found += [v for k, v in request.headers.items() if k.lower() in SENSITIVE_HEADERS]
        return sorted({s for s in found if s}, key=len, reverse=True)

    def _status_error(self, response: httpx.Response) -> Exception:
        # A server that echoes a key back must not leak it, in any part of the error.
        return make_status_error(response, redact=self._secrets(response.request))

    @staticmethod
    def _redirect_error(request: httpx.Request) -> DownloadError:
        # Only result URLs follow redirects (API requests never do): a loop, or too many.
        return DownloadError(
            f"Download failed: {request.url} redirected too many times (a redirect loop?)",
            url=str(request.url),
        )

    def _connection_error(
        self, exc: Exception, request: httpx.Request, deadline: Deadline
    ) -> APIConnectionError:
        error = self._unscrubbed_connection_error(exc, request, deadline)
        return scrub(error, self._secrets(request))

    def _unscrubbed_connection_error(
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
