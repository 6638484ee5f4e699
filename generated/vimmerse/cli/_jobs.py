"""Waiting for jobs and downloading their results, with progress on stderr."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import attrs

from .._client import Vimmerse
from .._errors import APIResponseValidationError, WaitTimeoutError
from ..models.asset import Asset
from ..models.media import Media
from ._exits import Exit, describe
from ._progress import JobBar, download_bars, job_bar


@attrs.frozen
class Polling:
    interval: float
    timeout: float | None


class StoppedWaiting(Exception):
    """The CLI stopped waiting (``--wait-timeout`` or Ctrl-C) while the job goes on on the
    server: the message says how to resume, and ``code`` is the exit code."""

    def __init__(self, message: str, code: Exit) -> None:
        super().__init__(message)
        self.code = code


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


def wait_asset(client: Vimmerse, asset: Asset | str, polling: Polling) -> Asset:
    job_id = asset if isinstance(asset, str) else asset.id
    with job_bar("asset", job_id) as bar, _resumable("asset", "assets", job_id, bar, polling):
        return client.assets.wait(
            asset, timeout=polling.timeout, poll_interval=polling.interval, on_progress=bar
        )


def wait_media(client: Vimmerse, media_id: str, polling: Polling) -> Media:
    with job_bar("media", media_id) as bar, _resumable("media", "media", media_id, bar, polling):
        return client.media.wait(
            media_id, timeout=polling.timeout, poll_interval=polling.interval, on_progress=bar
        )


def download_asset(client: Vimmerse, asset: Asset | str, folder: Path) -> list[Path]:
    label = f"asset {asset if isinstance(asset, str) else asset.id}"
    with download_bars(label) as bars:
        return client.assets.download(asset, folder, on_progress=bars)


def download_media(client: Vimmerse, media_id: str, folder: Path) -> list[Path]:
    """The media's default file (its bullet video MP4), named by the server."""
    folder.mkdir(parents=True, exist_ok=True)
    with download_bars(f"media {media_id}") as bars:
        return [client.media.download(media_id, folder, on_progress=bars)]
