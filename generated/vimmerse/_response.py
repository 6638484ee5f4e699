"""Raw access to an operation's HTTP answer: ``client.with_raw_response.<tag>.<operation>(...)``.

The wrappers keep each method's exact signature (ParamSpec) and only change the return
type to ``RawResponse[T]``. They work by setting a context variable that the resource's
``_call`` reads: contextvars follow the call into a coroutine, so the same trick serves the
async client, and concurrent calls never see each other's flag.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

from ._errors import APIResponseValidationError, parse_body

T = TypeVar("T")
P = ParamSpec("P")

_raw_mode: ContextVar[bool] = ContextVar("vimmerse_raw_response", default=False)


def raw_mode() -> bool:
    return _raw_mode.get()


def parse_success(response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
    """Turn a 2xx answer into the operation's model, or raise a typed error if it does not fit."""
    try:
        return parse(response)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise APIResponseValidationError(
            f"The {response.status_code} answer does not match the documented schema: {exc!r}",
            response=response,
            body=parse_body(response),
        ) from exc


class RawResponse(Generic[T]):
    """An operation's HTTP answer (always 2xx: errors are raised) plus its lazy parse.

    Attributes:
        http_response: the underlying ``httpx.Response``.
    """

    def __init__(self, http_response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: tuple[T] | None = None

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    @property
    def request(self) -> httpx.Request:
        return self.http_response.request

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> T:
        """The typed model, exactly what the plain method would have returned."""
        if self._parsed is None:
            self._parsed = (parse_success(self.http_response, self._parse),)
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self.request.method} {self.request.url.path}>"


def _refuse_wait(kwargs: dict[str, Any]) -> None:
    # A raw response is the submit's own answer: waiting would answer a later poll instead,
    # so say so rather than skip the wait in silence.
    if kwargs.get("wait"):
        raise TypeError(
            "with_raw_response answers the submit itself and cannot wait=True: take the "
            "job's id from .parse() and call client.assets.wait(id)"
        )


def to_raw_response_wrapper(func: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        _refuse_wait(kwargs)
        token = _raw_mode.set(True)
        try:
            return cast(RawResponse[T], func(*args, **kwargs))
        finally:
            _raw_mode.reset(token)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]:
    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        _refuse_wait(kwargs)
        token = _raw_mode.set(True)
        try:
            return cast(RawResponse[T], await func(*args, **kwargs))
        finally:
            _raw_mode.reset(token)

    return wrapped
