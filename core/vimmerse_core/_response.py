"""Raw access to an operation's HTTP answer: ``client.with_raw_response.<tag>.<operation>(...)``.

The wrappers keep each method's exact signature (ParamSpec) and only change the return
type to ``RawResponse[T]``. Each calls the method on a twin of its resource in raw mode,
whose ``_call`` puts ``raw`` in the call's ``CallContext``: nothing global is set, so
concurrent calls, sync or async, never see each other's mode.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

from . import _json
from ._errors import APIResponseValidationError, VimmerseError, parse_body, scrub
from ._logs import redact

T = TypeVar("T")
P = ParamSpec("P")

# How much of an unreadable answer its error keeps: enough to see what came back.
EXCERPT_CHARS = 300


# -- the one policy for answers the SDK cannot read --------------------------------------------


def excerpt(content: bytes) -> str:
    """The first ``EXCERPT_CHARS`` characters of a body, any bytes, keys redacted."""
    return redact(content[: EXCERPT_CHARS * 4].decode("utf-8", "replace")[:EXCERPT_CHARS])


def _job_id_in(body: object) -> str | None:
    # A job's id is its `id`, also inside the `data` wrapper(s) of the media routes: found,
    # the job that was created (and charged) can still be followed.
    for _ in range(3):
        if not isinstance(body, Mapping):
            return None
        if isinstance(body.get("id"), str) and body["id"]:
            return str(body["id"])
        body = body.get("data")
    return None


def unreadable(
    response: httpx.Response, exc: BaseException, *, job_id: str | None = None
) -> APIResponseValidationError:
    """The typed error for a 2xx answer that could not be read into its model: the status,
    the request, why (bounded), and the job's id when the answer or the caller knows it."""
    body = parse_body(response)
    job_id = job_id or _job_id_in(body)
    why = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
    request = response.request
    job = f" (job {job_id})" if job_id else ""
    error = APIResponseValidationError(
        f"The {response.status_code} answer to {request.method} {request.url.path} could not "
        f"be read{job}: {why}",
        response=response,
        body=body,
        excerpt=excerpt(response.content),
        job_id=job_id,
    )
    return scrub(error)  # a server that echoes a key: every registered one


def load_json(response: httpx.Response, *, job_id: str | None = None) -> Any:
    """A 2xx answer's JSON, or ``APIResponseValidationError``."""
    try:
        return _json.loads(response.content)
    except ValueError as exc:  # not JSON, not UTF-8, too deep
        raise unreadable(response, exc, job_id=job_id) from exc


def parse_success(
    response: httpx.Response, parse: Callable[[httpx.Response], T], *, job_id: str | None = None
) -> T:
    """Turn a 2xx answer into the operation's model, or raise ``APIResponseValidationError``.

    Whatever a generated parser raises on a body it cannot take (``from_dict``'s KeyError,
    TypeError, ValueError, ...) is a fact about the answer, not a bug to pass on untyped.
    """
    try:
        if _json.too_deep(response.content):
            raise _json.TooDeepError(f"JSON nested deeper than {_json.MAX_DEPTH} levels")
        return parse(response)
    except VimmerseError:
        raise
    except Exception as exc:
        raise unreadable(response, exc, job_id=job_id) from exc


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
        """The body's JSON (``APIResponseValidationError`` if it is none, or too deep)."""
        return load_json(self.http_response)

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


def _raw_twin(method: Callable[..., Any]) -> Callable[..., Any]:
    """The same method, bound to its resource's twin in raw mode (``_in_raw_mode``)."""
    twin = getattr(getattr(method, "__self__", None), "_in_raw_mode", None)
    if twin is None:
        raise TypeError(f"{method!r} is not a method of a resource")
    return cast(Callable[..., Any], getattr(twin(), method.__name__))


def to_raw_response_wrapper(func: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    raw = _raw_twin(func)

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        _refuse_wait(kwargs)
        return cast(RawResponse[T], raw(*args, **kwargs))

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]:
    raw = _raw_twin(func)

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        _refuse_wait(kwargs)
        return cast(RawResponse[T], await raw(*args, **kwargs))

    return wrapped
