"""Live progress on stderr (stdout stays clean for ``--json``): a status line for assets,
a percentage bar for media, a byte bar per download."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    SpinnerColumn,
    Task,
    TaskID,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TransferSpeedColumn,
)
from rich.text import Text

from .._polling import JobProgress


def stderr() -> Console:
    # Built per use: Console(stderr=True) looks sys.stderr up when it writes, so test
    # runners that swap the stream still capture it.
    return Console(stderr=True, highlight=False)


class JobBar:
    """``on_progress`` for ``assets.wait`` / ``media.wait``."""

    def __init__(self, progress: Progress, what: str, job_id: str) -> None:
        self._progress = progress
        self._label = f"{what} {job_id}"
        # Added on the first answer, so an unknown id fails (404) without a bar at 0 %.
        self._task: TaskID | None = None
        self.status = ""  # the last status seen, for "interrupted while ..." messages

    def __call__(self, update: JobProgress[Any]) -> None:
        if update.percent is None:
            # Assets report no percentage: show the status, fill the bar when done.
            percent = 100 if update.state.value == "done" else 0
        else:
            percent = max(0, min(100, update.percent))
        self.status = update.status
        if self._task is None:
            self._task = self._progress.add_task(self._label, total=100, status=update.status)
        self._progress.update(self._task, completed=percent, status=update.status)


@contextmanager
def job_bar(what: str, job_id: str) -> Iterator[JobBar]:
    columns = (
        SpinnerColumn(finished_text="[green]✓[/]"),
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[status]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=stderr()) as progress:
        yield JobBar(progress, what, job_id)


class DownloadBars:
    """``on_progress`` for downloads: (bytes written, total or None) after each chunk.

    One call may download several files in turn (an asset's results): a count that drops
    back means the next file started, which gets its own bar.
    """

    def __init__(self, progress: Progress, label: str) -> None:
        self._progress = progress
        self._label = label
        self._task: TaskID | None = None
        self._last = 0
        self._files = 0

    def __call__(self, written: int, total: int | None) -> None:
        if self._task is None or written < self._last:
            self._files += 1
            self._task = self._progress.add_task(f"{self._label} #{self._files}", total=total)
        self._last = written
        self._progress.update(self._task, completed=written, total=total)

    def settle(self) -> None:
        """Show finished files of unknown size as complete."""
        for task in self._progress.tasks:
            if task.total is None:
                self._progress.update(task.id, total=task.completed)


class SpeedColumn(TransferSpeedColumn):
    """Bytes per second, or nothing while unknown: rich's column shows a bare ``?`` there,
    which is all a small file (done before a second sample) ever gets."""

    def render(self, task: Task) -> Text:
        return (
            Text("") if task.finished_speed is None and task.speed is None else super().render(task)
        )


@contextmanager
def download_bars(label: str) -> Iterator[DownloadBars]:
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        SpeedColumn(),
    )
    with Progress(*columns, console=stderr()) as progress:
        bars = DownloadBars(progress, label)
        yield bars
        bars.settle()
