"""Waiting for jobs and downloading their results, with progress on stderr."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from .._errors import APIResponseValidationError, WaitTimeoutError
from ._exits import Exit, Explained, describe

if TYPE_CHECKING:
    from ._discover import JobCommand
    from ._progress import JobBar


@attrs.frozen
class Polling:
    interval: float
    timeout: float | None


class StoppedWaiting(Explained):
    """The CLI stopped waiting (``--wait-timeout`` or Ctrl-C) while the job goes on on the
    server: the message says how to resume, and ``code`` is the exit code."""


@contextmanager
def following(group: str | None) -> Iterator[None]:
    """An answer that did not parse but named its job (created, maybe charged): the error
    line says how to follow the job (``group``: the CLI group that waits on it)."""
    try:
        yield
    except APIResponseValidationError as exc:
        if exc.job_id is None or group is None:
            raise
        raise StoppedWaiting(
            f"{describe(exc)}; the job may go on: follow it with "
            f"`vimmerse {group} wait {exc.job_id}`",
            Exit.ERROR,
        ) from exc


@contextmanager
def _resumable(what: str, group: str, job_id: str, bar: JobBar, polling: Polling) -> Iterator[None]:
    def stopped(how: str) -> str:
        status = f" (status {bar.status})" if bar.status else ""
        return (
            f"{how} waiting for {what} {job_id}{status}; the job goes on: "
            f"resume with `vimmerse {group} wait {job_id}`"
        )

    try:
        with following(group):
            yield
    except WaitTimeoutError as exc:
        after = f" after {polling.timeout:g} s" if polling.timeout is not None else ""
        raise StoppedWaiting(stopped(f"gave up{after}"), Exit.WAIT_TIMEOUT) from exc
    except KeyboardInterrupt as exc:
        raise StoppedWaiting(stopped("interrupted"), Exit.INTERRUPTED) from exc


def _id(job_or_id: Any) -> str:
    return job_or_id if isinstance(job_or_id, str) else str(job_or_id.id)


def wait(client: Any, job: JobCommand, job_or_id: Any, polling: Polling) -> Any:
    """Follow a job to its end with a progress bar; an object read whole is handed over
    as it is (it may already be final: a request saved)."""
    from ._progress import job_bar  # rich's progress bars: not for `vimmerse --help`

    job_id = _id(job_or_id)
    with (
        job_bar(job.kind, job_id) as bar,
        _resumable(job.kind, job.group, job_id, bar, polling),
    ):
        return getattr(client, job.group).wait(
            job_or_id if job.whole else job_id,
            max_wait_seconds=polling.timeout,
            poll_interval=polling.interval,
            on_progress=bar,
        )


def download(client: Any, job: JobCommand, job_or_id: Any, folder: Path) -> list[Path]:
    """A job's results: every result file of a job read whole; a status-polled job's
    default file (e.g. the media's MP4), named by the server."""
    from ._progress import download_bars

    resource = getattr(client, job.group)
    with download_bars(f"{job.kind} {_id(job_or_id)}") as bars:
        if job.whole:
            paths: list[Path] = resource.download(job_or_id, folder, on_progress=bars)
            return paths
        folder.mkdir(parents=True, exist_ok=True)
        return [resource.download(_id(job_or_id), folder, on_progress=bars)]
