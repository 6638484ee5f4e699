"""Exceptions raised by the Vimmerse SDK.

Every non-2xx answer becomes an exception: callers never have to check a status code.

    VimmerseError
    ├── APIError
    │   ├── APIStatusError            (any non-2xx; one subclass per status below)
    │   │   ├── BadRequestError            400
    │   │   ├── AuthenticationError        401
    │   │   ├── InsufficientCreditError    402
    │   │   ├── PermissionDeniedError      403
    │   │   ├── NotFoundError              404
    │   │   ├── UnprocessableEntityError   422  (.detail: the parsed validation issues)
    │   │   ├── RateLimitError             429
    │   │   └── InternalServerError        5xx
    │   ├── APIConnectionError        (no usable answer: DNS, refused, reset, ...)
    │   │   └── APITimeoutError
    │   └── APIResponseValidationError (a 2xx the SDK cannot read: .excerpt, .job_id)
    ├── JobFailedError                (an asset or media job ended in ``fail``)
    ├── WaitTimeoutError              (gave up waiting; carries the job id to resume)
    ├── InsecureTransportError        (refused to send the key over plain http)
    └── MissingAPIKeyError
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:  # annotations only: the CLI's error handling loads without httpx
    import httpx

from ._json import loads

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "InsecureTransportError",
    "InsufficientCreditError",
    "InternalServerError",
    "InvalidPathParameterError",
    "JobFailedError",
    "MissingAPIKeyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "ValidationIssue",
    "VimmerseError",
    "WaitTimeoutError",
    "make_status_error",
]


class VimmerseError(Exception):
    """Base class of every exception this SDK raises on purpose."""


class InvalidPathParameterError(VimmerseError, ValueError):
    """A path parameter that would send the request to another route: empty, ``.`` or ``..``
    (see ``_path``). Nothing was sent."""


class MissingAPIKeyError(VimmerseError):
    """No API key was passed and ``VIMMERSE_API_KEY`` is not set."""


class InsecureTransportError(VimmerseError):
    """The API key would travel over plain ``http://`` to a host that is not loopback.

    Attributes:
        host: the host the key would have gone to.
    """

    def __init__(self, message: str, *, host: str = "") -> None:
        super().__init__(message)
        self.host = host


class APIError(VimmerseError):
    """A request to the API failed.

    Attributes:
        message: a human-readable reason, with the API key redacted.
        request: the ``httpx.Request`` that failed.
        body: the parsed JSON body of the answer, its text if it was not JSON, or None.
        job_id: the asset or media id when the request was part of waiting for a job
            (``wait``), or when an unreadable answer named the job it created, so the
            caller can resume; otherwise None.
    """

    message: str
    request: httpx.Request
    body: object | None
    job_id: str | None

    def __init__(self, message: str, *, request: httpx.Request, body: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body
        self.job_id = None


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    Attributes:
        status_code: the HTTP status.
        response: the ``httpx.Response`` (its body has been read).
    """

    status_code: int
    response: httpx.Response

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, request=response.request, body=body)
        self.response = response
        self.status_code = response.status_code

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class BadRequestError(APIStatusError):
    """400: the request was rejected, e.g. a missing or contradictory field."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""


class InsufficientCreditError(APIStatusError):
    """402: the account does not have enough credit for this job."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such media or asset (for this customer)."""


@attrs.frozen
class ValidationIssue:
    """One entry of a 422 ``detail`` list (FastAPI's validation error shape)."""

    loc: tuple[str | int, ...]
    msg: str
    type: str

    @classmethod
    def from_obj(cls, obj: object) -> ValidationIssue:
        if not isinstance(obj, dict):
            return cls(loc=(), msg=str(obj), type="")
        loc = obj.get("loc")
        return cls(
            loc=tuple(x for x in loc if isinstance(x, str | int)) if isinstance(loc, list) else (),
            msg=str(obj.get("msg", "")),
            type=str(obj.get("type", "")),
        )


class UnprocessableEntityError(APIStatusError):
    """422: a field failed validation. ``detail`` lists every failing field."""

    detail: list[ValidationIssue]

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, response=response, body=body)
        raw = body.get("detail") if isinstance(body, dict) else None
        self.detail = [ValidationIssue.from_obj(x) for x in raw] if isinstance(raw, list) else []


class RateLimitError(APIStatusError):
    """429: too many requests; retried automatically up to ``max_retries``."""


class InternalServerError(APIStatusError):
    """5xx: the API failed."""


class APIConnectionError(APIError):
    """No answer was received: DNS failure, connection refused or reset, protocol error."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message, request=request)


def transport_reason(exc: BaseException) -> str:
    """Why a request got no answer, in words: the OS's reason (``connection refused``,
    ``name or service not known``) where one is in the chain of causes, else httpx's text,
    with the exception's class for searching (``... (ConnectError)``)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError) and seen.strerror:
            return f"{seen.strerror.lower()} ({type(exc).__name__})"
        seen = seen.__cause__ or seen.__context__
    text = " ".join(str(exc).split())
    return f"{text} ({type(exc).__name__})" if text else type(exc).__name__


class APITimeoutError(APIConnectionError):
    """The request timed out (see the ``timeout`` client option)."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """A 2xx answer the SDK could not read: not JSON, not UTF-8, nested too deep, too large,
    or not of the documented shape (a required field missing, a wrong type).

    Attributes:
        status_code: the HTTP status.
        excerpt: the body's first characters (at most ``EXCERPT_CHARS``), keys redacted.
        job_id: the asset or media id when the answer named one (a job was created, so
            ``wait(err.job_id)`` follows it) or the wait that read it knew one; else None.
    """

    response: httpx.Response
    status_code: int
    excerpt: str

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        excerpt: str = "",
        job_id: str | None = None,
    ) -> None:
        super().__init__(message, request=response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.excerpt = excerpt
        self.job_id = job_id

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, job_id={self.job_id!r}, "
            f"message={self.message!r})"
        )


class JobFailedError(VimmerseError):
    """A generation job ended with status ``fail``.

    Attributes:
        job_id: the asset or media id.
        result: the last object fetched (an ``Asset`` or a ``Media``), for its details.
    """

    def __init__(self, message: str, *, job_id: str, result: Any) -> None:
        super().__init__(message)
        self.job_id = job_id
        self.result = result


class WaitTimeoutError(VimmerseError, TimeoutError):
    """Waiting for a job took longer than allowed. The job itself goes on on the server.

    Resume with ``client.assets.wait(err.job_id)`` (or ``client.media.wait(err.job_id)``).

    Attributes:
        job_id: the asset or media id.
        last: the last object fetched, or None if none was.
    """

    def __init__(self, message: str, *, job_id: str, last: Any = None) -> None:
        super().__init__(message)
        self.job_id = job_id
        self.last = last


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientCreditError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _status_class(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status, APIStatusError)


def _message_from_body(body: object | None, response: httpx.Response) -> str:
    if isinstance(body, dict):
        if isinstance(body.get("message"), str):
            return str(body["message"])
        detail = body.get("detail")
        if isinstance(detail, str):
            return detail
        if isinstance(detail, list) and detail:
            issues = [ValidationIssue.from_obj(x) for x in detail]
            return "; ".join(f"{'.'.join(map(str, i.loc)) or '?'}: {i.msg}" for i in issues)
    if isinstance(body, str) and body.strip():
        return body.strip()[:500]
    return response.reason_phrase or "error"


def parse_body(response: httpx.Response) -> object | None:
    """The answer's JSON, or its text when it is not JSON, or None when empty."""
    if not response.content:
        return None
    try:
        body: object = loads(response.content)
    except ValueError:  # not JSON, not UTF-8 or nested too deep: the text, as it came
        return response.text
    return body


def make_status_error(response: httpx.Response, *, redact: Sequence[str] = ()) -> APIStatusError:
    """Build the exception for a non-2xx answer (whose body has been read)."""
    body = parse_body(response)
    message = f"{response.status_code} {_message_from_body(body, response)}"
    # A server that echoes the key back must not leak it into tracebacks and logs.
    for secret in redact:
        if secret:
            message = message.replace(secret, "<redacted>")
    return _status_class(response.status_code)(message, response=response, body=body)
