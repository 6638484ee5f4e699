"""Waiting for long jobs: a poll loop with growing intervals and a deadline.

The loop is written once for a generic ``fetch`` so assets (``status``) and media
(``progress_percentage``) share it, and its clock and sleep come from ``Hooks`` so tests run
it without real time passing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from enum import Enum
from typing import Any, Generic, TypeVar

import attrs

from . import _defaults
from ._errors import JobFailedError, WaitTimeoutError
from ._hooks import Hooks
from ._pacing import MAX_POLL_INTERVAL, POLL_BACKOFF, Schedule

__all__ = [
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_WAIT_TIMEOUT",
    "MAX_POLL_INTERVAL",
    "POLL_BACKOFF",
    "JobProgress",
    "State",
    "async_wait_until",
    "wait_until",
]

T = TypeVar("T")

DEFAULT_WAIT_TIMEOUT = _defaults.MAX_WAIT_SECONDS
DEFAULT_POLL_INTERVAL = _defaults.POLL_INTERVAL


class State(Enum):
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


@attrs.frozen
class JobProgress(Generic[T]):
    """What ``on_progress`` receives after every poll.

    Attributes:
        job_id: the asset or media id.
        status: the job's status string (``processing``, ``queue_bullet``, ``success``, ...).
        percent: progress from 0 to 100 when the API reports it, else None.
        state: whether the job is still running, done or failed.
        last: the object the poll fetched (an ``Asset``, or a media ``ProcessingStatus``).
    """

    job_id: str
    status: str
    percent: int | None
    state: State
    last: T


ProgressCallback = Callable[[JobProgress[Any]], object]


def status_text(value: object) -> str:
    """A status as plain text, whether the model holds a str or a str-valued Enum."""
    if isinstance(value, Enum):
        return str(value.value)
    return "" if value is None else str(value)


def percent_of(value: object) -> int | None:
    """``progress_percentage`` arrives as an int (media) or a string of digits (status route)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _next_sleep(
    progress: JobProgress[T], *, deadline: float | None, hooks: Hooks, delay: float, what: str
) -> float:
    """Raise on a final state or a passed deadline; else how long to sleep before the next poll."""
    if progress.state is State.DONE:
        return -1.0
    if progress.state is State.FAILED:
        raise JobFailedError(
            f"{what} {progress.job_id} failed (status {progress.status!r})",
            job_id=progress.job_id,
            result=progress.last,
        )
    if deadline is not None:
        remaining = deadline - hooks.monotonic()
        if remaining <= 0:
            raise WaitTimeoutError(
                f"Gave up waiting for {what} {progress.job_id} (status {progress.status!r}); "
                "the job goes on: wait again with the same id to resume.",
                job_id=progress.job_id,
                last=progress.last,
            )
        delay = min(delay, remaining)
    return delay


def wait_until(
    fetch: Callable[[], JobProgress[T]],
    *,
    hooks: Hooks,
    timeout: float | None,
    schedule: Schedule,
    on_progress: ProgressCallback | None,
    what: str,
) -> JobProgress[T]:
    """Poll until the job is done; raises JobFailedError or WaitTimeoutError."""
    deadline = None if timeout is None else hooks.monotonic() + timeout
    while True:
        progress = fetch()
        if on_progress is not None:
            on_progress(progress)
        sleep_for = _next_sleep(
            progress,
            deadline=deadline,
            hooks=hooks,
            delay=schedule.next_delay(hooks.monotonic()),
            what=what,
        )
        if sleep_for < 0:
            return progress
        hooks.sleep(sleep_for)


async def async_wait_until(
    fetch: Callable[[], Awaitable[JobProgress[T]]],
    *,
    hooks: Hooks,
    timeout: float | None,
    schedule: Schedule,
    on_progress: ProgressCallback | None,
    what: str,
) -> JobProgress[T]:
    deadline = None if timeout is None else hooks.monotonic() + timeout
    while True:
        progress = await fetch()
        if on_progress is not None:
            on_progress(progress)
        sleep_for = _next_sleep(
            progress,
            deadline=deadline,
            hooks=hooks,
            delay=schedule.next_delay(hooks.monotonic()),
            what=what,
        )
        if sleep_for < 0:
            return progress
        await schedule.pause(sleep_for, hooks)
