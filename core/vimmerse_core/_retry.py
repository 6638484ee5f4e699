"""Retry policy: pure decisions, shared by the sync and the async send loops.

The rule that matters most: a POST starts a paid job, so it is never sent twice unless the
server cannot have acted on the first attempt:

* the connection failed before any byte of the request was sent
  (``httpx.ConnectError``, ``httpx.ConnectTimeout``, ``httpx.PoolTimeout``);
* the server answered 429 (rate limited: rejected before any work);
* the server answered 503 *with a* ``Retry-After`` *header*. That pair is the API's
  "not processed, come back later" signal (load shedding). A bare 503, or any other 5xx,
  may have come after the job was accepted, so it is raised, not retried.

GET, PUT, DELETE, HEAD and OPTIONS are idempotent and are also retried on any connection
error, timeout, 408, 429 and 5xx.

Delays grow exponentially from ``initial_delay`` (x2 per attempt, capped at ``max_delay``)
with up to 25% jitter taken off, so that many clients do not retry in lockstep. A
``Retry-After`` header (seconds or an HTTP date) replaces the computed delay, capped at
``max_retry_after``: a server asking for longer than that is treated as a failure to surface.
"""

from __future__ import annotations

import email.utils
import math
from collections.abc import Callable, Mapping
from datetime import UTC, datetime

import attrs
import httpx

from . import _defaults

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

# The request never left the client: safe to resend even a paid POST.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)

RETRYABLE_STATUS_IDEMPOTENT = frozenset({408, 429})

# An idempotent request may be resent after any failure that can be transient.
RETRYABLE_ERRORS_IDEMPOTENT: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


@attrs.frozen
class RetryPolicy:
    """How many times and how long to wait. ``max_retries=0`` turns retries off."""

    max_retries: int = _defaults.MAX_RETRIES
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: float = 0.25


def is_idempotent(method: str) -> bool:
    return method.upper() in IDEMPOTENT_METHODS


def refused_unprocessed(status: int, headers: Mapping[str, str]) -> bool:
    """A status that says the server did no work: a 4xx, or 503 with ``Retry-After``."""
    return status < 500 or (status == 503 and "retry-after" in headers)


def never_sent(exc: BaseException) -> bool:
    """The failure, or one of its causes, happened before any byte of the request left."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, NOT_SENT_ERRORS):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def parse_retry_after(
    headers: Mapping[str, str], *, now: Callable[[], datetime] | None = None
) -> float | None:
    """Seconds to wait per ``Retry-After`` (also the ``retry-after-ms`` extension), or None.

    A date in the past means "now" (0 seconds). Unparseable values are ignored.
    """
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            value = float(ms) / 1000.0
        except ValueError:
            value = math.nan
        if math.isfinite(value) and value >= 0:
            return value
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = now() if now is not None else datetime.now(UTC)
    return max(0.0, (when - current).total_seconds())


def backoff_delay(policy: RetryPolicy, retries_done: int, random: Callable[[], float]) -> float:
    """Delay before retry number ``retries_done + 1``: 0.5, 1, 2, 4, 8, 8, ... minus jitter."""
    base = min(policy.max_delay, policy.initial_delay * (2.0**retries_done))
    return base * (1.0 - policy.jitter * random())


@attrs.frozen
class Decision:
    retry: bool
    delay: float = 0.0
    reason: str = ""


NO_RETRY = Decision(retry=False)


def _delay(
    policy: RetryPolicy,
    retries_done: int,
    headers: Mapping[str, str] | None,
    random: Callable[[], float],
    now: Callable[[], datetime] | None,
) -> Decision | float:
    if headers is not None:
        server_delay = parse_retry_after(headers, now=now)
        if server_delay is not None:
            if server_delay > policy.max_retry_after:
                return Decision(False, reason=f"Retry-After {server_delay:.0f}s exceeds the cap")
            return server_delay
    return backoff_delay(policy, retries_done, random)


def decide_status(
    policy: RetryPolicy,
    *,
    method: str,
    status: int,
    headers: Mapping[str, str],
    retries_done: int,
    random: Callable[[], float],
    now: Callable[[], datetime] | None = None,
) -> Decision:
    """Whether to retry after a non-2xx answer."""
    if retries_done >= policy.max_retries:
        return NO_RETRY
    if is_idempotent(method):
        retryable = status in RETRYABLE_STATUS_IDEMPOTENT or status >= 500
    else:
        retryable = status == 429 or (status == 503 and "retry-after" in headers)
    if not retryable:
        return NO_RETRY
    delay = _delay(policy, retries_done, headers, random, now)
    if isinstance(delay, Decision):
        return delay
    return Decision(True, delay, f"status {status}")


def decide_exception(
    policy: RetryPolicy,
    *,
    method: str,
    exc: Exception,
    retries_done: int,
    random: Callable[[], float],
) -> Decision:
    """Whether to retry after a transport error (no answer at all)."""
    if retries_done >= policy.max_retries:
        return NO_RETRY
    if isinstance(exc, NOT_SENT_ERRORS):
        retryable = True
    elif is_idempotent(method):
        retryable = isinstance(exc, RETRYABLE_ERRORS_IDEMPOTENT)
    else:
        retryable = False
    if not retryable:
        return NO_RETRY
    return Decision(True, backoff_delay(policy, retries_done, random), type(exc).__name__)
