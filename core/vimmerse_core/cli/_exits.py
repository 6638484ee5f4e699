"""Exit codes: one per class of failure, so scripts can tell a bad key from a failed job.

The table is data: the ``--help`` epilog and the README show it, and ``exit_code_for``
uses it, so the three cannot drift apart.
"""

from __future__ import annotations

import enum

from .._errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    DownloadError,
    InsecureTransportError,
    InsufficientCreditError,
    InvalidAPIKeyError,
    InvalidPathParameterError,
    JobFailedError,
    MissingAPIKeyError,
    NoFreeNameError,
    NotFoundError,
    PermissionDeniedError,
    UnprocessableEntityError,
    WaitTimeoutError,
)


class Explained(Exception):
    """A failure the CLI has already put in words: the message is the error line, ``code``
    the exit code."""

    def __init__(self, message: str, code: Exit) -> None:
        super().__init__(message)
        self.code = code


class Exit(enum.IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    AUTHENTICATION = 3
    CREDITS = 4
    VALIDATION = 5
    NETWORK = 6
    JOB_FAILED = 7
    WAIT_TIMEOUT = 8
    NOT_FOUND = 9
    SERVER = 10
    DRIFT = 11
    BATCH_FAILED = 12
    BATCH_BUDGET = 13
    INTERRUPTED = 130


MEANING: dict[Exit, str] = {
    Exit.OK: "success",
    Exit.ERROR: "any other error (an unexpected answer, a disk error)",
    Exit.USAGE: "usage: unknown option, bad value or choice, missing file, base URL not http(s),"
    " an id that is empty, . or ..",
    Exit.AUTHENTICATION: "authentication: no API key, key refused (401/403), key over plain http,"
    " a key that cannot be sent (a line break or non-ASCII character in it)",
    Exit.CREDITS: "credits: not enough credit for the job (402)",
    Exit.VALIDATION: "validation: the API rejected the request (400/422)",
    Exit.NETWORK: "network: no answer, connection refused, timeout, broken download (cut short,"
    " not decodable, a redirect loop, over the size cap)",
    Exit.JOB_FAILED: "job failed: the asset or media ended in `fail`",
    Exit.WAIT_TIMEOUT: (
        "wait timeout: gave up waiting; the job goes on (`assets wait ID` or `media wait ID` resumes)"
    ),
    Exit.NOT_FOUND: "not found: no such asset or media (404)",
    Exit.SERVER: "server: rate limited or server error after retries (429/5xx)",
    Exit.DRIFT: "drift: the API answered what the spec does not describe (`spec drift`)",
    Exit.BATCH_FAILED: "batch: some jobs failed or their outcome is unknown (see the manifest)",
    Exit.BATCH_BUDGET: "batch: stopped at the credit budget (`--max-credits`), or refused to start",
    Exit.INTERRUPTED: "interrupted (Ctrl-C)",
}

# Checked in order: subclasses before their bases.
_CLASSES: tuple[tuple[type[BaseException], Exit], ...] = (
    (InvalidPathParameterError, Exit.USAGE),  # refused before anything was sent
    (MissingAPIKeyError, Exit.AUTHENTICATION),
    (InvalidAPIKeyError, Exit.AUTHENTICATION),  # refused before anything was sent
    (InsecureTransportError, Exit.AUTHENTICATION),
    (AuthenticationError, Exit.AUTHENTICATION),
    (PermissionDeniedError, Exit.AUTHENTICATION),
    (InsufficientCreditError, Exit.CREDITS),
    (BadRequestError, Exit.VALIDATION),
    (UnprocessableEntityError, Exit.VALIDATION),
    (NotFoundError, Exit.NOT_FOUND),
    (APIStatusError, Exit.SERVER),  # 429 and 5xx, once the retries are spent
    (APIConnectionError, Exit.NETWORK),
    (NoFreeNameError, Exit.ERROR),  # a disk error
    (DownloadError, Exit.NETWORK),  # cut short, not decodable, a redirect loop, too large
    (JobFailedError, Exit.JOB_FAILED),
    (WaitTimeoutError, Exit.WAIT_TIMEOUT),
)


def exit_code_for(exc: BaseException) -> Exit:
    for cls, code in _CLASSES:
        if isinstance(exc, cls):
            if code is Exit.SERVER and isinstance(exc, APIStatusError) and exc.status_code < 500:
                return Exit.SERVER if exc.status_code == 429 else Exit.ERROR
            return code
    return Exit.ERROR


def table() -> str:
    """The table as Markdown list items, for the help epilog."""
    return "\n".join(f"- **{int(code)}** {meaning}" for code, meaning in MEANING.items())


_LABELS: dict[Exit, str] = {
    Exit.AUTHENTICATION: "authentication failed",
    Exit.CREDITS: "not enough credit",
    Exit.VALIDATION: "request rejected",
    Exit.NETWORK: "network error",
    Exit.JOB_FAILED: "job failed",
    Exit.WAIT_TIMEOUT: "gave up waiting",
    Exit.NOT_FOUND: "not found",
    Exit.SERVER: "server error",
}


def describe(exc: BaseException) -> str:
    """One line for the user; the SDK's messages already redact the key."""
    if isinstance(exc, MissingAPIKeyError):
        return "no API key: set VIMMERSE_API_KEY or pass --api-key"
    if isinstance(exc, InvalidAPIKeyError):  # the SDK's message names the problem, not the key
        return f"unusable API key: {exc}"
    if isinstance(exc, InsecureTransportError):  # the SDK's hint names an SDK-only option
        return (
            f"refusing to send the API key over plain http to {exc.host or 'that host'}: "
            "use an https:// base URL (plain http is only for 127.0.0.1 and localhost)"
        )
    code = exit_code_for(exc)
    text = " ".join(str(exc).split()) or type(exc).__name__
    if isinstance(exc, APIConnectionError):
        url = exc.request.url
        text = f"{text} (server {url.scheme}://{url.netloc.decode()})"
    label = _LABELS.get(code)
    return f"{label}: {text}" if label else text
