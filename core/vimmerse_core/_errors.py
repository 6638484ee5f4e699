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
    ├── DownloadError                 (a result could not be saved; no partial file is left)
    │   ├── IncompleteDownloadError        (the body ended short of its Content-Length)
    │   ├── DownloadTooLargeError          (past the download size cap, counted decoded)
    │   └── NoFreeNameError                (every free name taken; also a FileExistsError)
    ├── InsecureTransportError        (refused to send the key over plain http)
    ├── InvalidAPIKeyError            (a key that cannot be a header value; also ValueError)
    ├── InvalidBaseURLError           (a base URL that is not an http(s) URL; also ValueError)
    └── MissingAPIKeyError
"""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from ._json import loads
from ._logs import REDACTED, SENSITIVE_HEADERS, known_secrets, redact

if TYPE_CHECKING:  # httpx and the retry rules load where used: `vimmerse --help` needs neither
    import httpx

OUTCOME_UNKNOWN = (
    "Outcome unknown: the server may have acted on the request (a paid job may have started;"
    " its id was never read). It was not sent again; check before sending it again."
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "DownloadError",
    "DownloadTooLargeError",
    "IncompleteDownloadError",
    "InsecureTransportError",
    "InsufficientCreditError",
    "InternalServerError",
    "InvalidAPIKeyError",
    "InvalidBaseURLError",
    "InvalidPathParameterError",
    "JobFailedError",
    "MissingAPIKeyError",
    "NoFreeNameError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "ValidationIssue",
    "VimmerseError",
    "WaitTimeoutError",
    "make_status_error",
    "scrub",
]


class VimmerseError(Exception):
    """Base class of every exception this SDK raises on purpose."""


class InvalidPathParameterError(VimmerseError, ValueError):
    """A path parameter that would send the request to another route: empty, ``.`` or ``..``
    (see ``_path``). Nothing was sent."""


class MissingAPIKeyError(VimmerseError):
    """No API key was passed and ``VIMMERSE_API_KEY`` is not set."""


class InvalidAPIKeyError(VimmerseError, ValueError):
    """The API key cannot travel as a header value: it holds a line break, another control
    character or a non-ASCII one, or starts or ends with a space (a key read from a file
    with Windows line endings ends with CR). Refused when the client is built, before
    anything is sent; the message names the problem, never the key."""


class InvalidBaseURLError(VimmerseError, ValueError):
    """``base_url`` is not an absolute ``http://`` or ``https://`` URL, or no URL at all."""


class DownloadError(VimmerseError, OSError):
    """A result could not be saved: its body did not decode, it was larger than the cap,
    its URL was unusable or redirected in a loop, or no free name was left. The temp file
    is removed: no partial file is ever left under any name.

    Attributes:
        url: the URL being downloaded ("" when not known).
    """

    def __init__(self, message: str, *, url: str = "") -> None:
        super().__init__(message)
        self.url = url

    def __str__(self) -> str:  # the message alone: OSError's adds "[Errno 17]" once set
        return str(self.args[0]) if self.args else ""


class IncompleteDownloadError(DownloadError):
    """The body ended before Content-Length bytes arrived."""


class DownloadTooLargeError(DownloadError):
    """The body (counted decoded, so a compressed bomb stops too) passed the download cap
    (``max_download_bytes``).

    Attributes:
        limit: the cap, in bytes.
    """

    def __init__(self, message: str, *, url: str = "", limit: int = 0) -> None:
        super().__init__(message, url=url)
        self.limit = limit


class NoFreeNameError(DownloadError, FileExistsError):
    """Every name tried for a download was taken (``x.png``, ``x-1.png``, ...)."""

    def __init__(self, message: str, *, path: str) -> None:
        super().__init__(message)
        self.errno = errno.EEXIST
        self.filename = path


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

    @property
    def outcome_unknown(self) -> bool:
        """True when the failed request may still have done its work: a POST (not
        idempotent) that reached the server and got no answer the SDK could read a job id
        from. It was not sent again; sending it again may run and charge a job twice."""
        from ._retry import is_idempotent

        if self.job_id is not None or is_idempotent(self.request.method):
            return False
        return self._may_have_acted()

    def _may_have_acted(self) -> bool:
        return False

    def __str__(self) -> str:
        return f"{self.message} {OUTCOME_UNKNOWN}" if self.outcome_unknown else self.message


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

    def _may_have_acted(self) -> bool:
        from ._retry import refused_unprocessed

        return not refused_unprocessed(self.status_code, self.response.headers)

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

    def _may_have_acted(self) -> bool:
        from ._retry import never_sent

        return not never_sent(self)


def transport_reason(exc: BaseException) -> str:
    """Why a request got no answer, in words: the OS's reason (``connection refused``,
    ``name or service not known``) where one is in the chain of causes, else httpx's text,
    with the exception's class for searching (``... (ConnectError)``)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError) and seen.strerror:
            # The errno's own words where it has one: asyncio says "Connect call failed
            # ('127.0.0.1', 1)" for a refused connection; getaddrinfo's errnos are negative.
            code = seen.errno
            reason = os.strerror(code) if code is not None and code in errno.errorcode else ""
            reason = reason or seen.strerror
            return f"{reason.lower()} ({type(exc).__name__})"
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

    def _may_have_acted(self) -> bool:
        return True  # accepted (2xx), but no job id could be read from the answer

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


def make_status_error(
    response: httpx.Response, *, redact: Sequence[str] | None = None
) -> APIStatusError:
    """Build the exception for a non-2xx answer (whose body has been read), with the
    ``redact`` secrets (default: every key the process registered) scrubbed from it."""
    body = parse_body(response)
    message = f"{response.status_code} {_message_from_body(body, response)}"
    error = _status_class(response.status_code)(message, response=response, body=body)
    return scrub(error, redact)


def _scrubbed(value: object, secrets: Sequence[str] | None) -> Any:
    if isinstance(value, str):
        return redact(value, secrets)
    if isinstance(value, dict):
        return {_scrubbed(k, secrets): _scrubbed(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrubbed(v, secrets) for v in value]
    return value


_E = TypeVar("_E", bound=APIError)


def scrub(error: _E, secrets: Sequence[str] | None = None) -> _E:
    """``error`` with every secret (default: every registered key) replaced, wherever a
    server that echoes a key may have put it: the message and args, ``.body``, the answer's
    bytes (``.response.content``, ``.text``, ``.json()``) and the key headers of the request.

    Called once an error is final: nothing reads the answer or sends the request again."""
    import httpx  # loaded already: an error has a request

    error.message = redact(error.message, secrets)
    error.args = tuple(_scrubbed(arg, secrets) for arg in error.args)
    error.body = _scrubbed(error.body, secrets)
    response = getattr(error, "response", None)
    if isinstance(response, httpx.Response) and hasattr(response, "_content"):
        content = response.content
        for secret in known_secrets() if secrets is None else secrets:
            if secret:
                content = content.replace(secret.encode("utf-8", "replace"), REDACTED.encode())
        if content != response.content:
            response._content = content  # .text and .json() are read from it
            response.stream = httpx.ByteStream(content)
            response.__dict__.pop("_text", None)
    headers = error.request.headers
    for name in [k for k in headers if k.lower() in SENSITIVE_HEADERS]:
        headers[name] = REDACTED
    return error
