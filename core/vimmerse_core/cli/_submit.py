"""A paid job's id is never lost by the CLI: Ctrl-C during the POST waits for the answer
(its id), and any failure after it (Ctrl-C, a disk error, a closed stdout) names the job
and the command that follows it."""

from __future__ import annotations

import errno
import os
import shlex
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

import typer

from .._errors import VimmerseError
from ._exits import Exit, describe, exit_code_for
from ._jobs import StoppedWaiting


def check_folder(folder: Path) -> None:
    """``--download DIR`` must be a folder we can write to, found out before the paid POST."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise typer.BadParameter(
            f"cannot use {folder} as the download folder: {exc.strerror or exc}",
            param_hint="'--download'",
        ) from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        raise typer.BadParameter(
            f"cannot write to {folder}: {os.strerror(errno.EACCES)}", param_hint="'--download'"
        )


@contextmanager
def answer_first() -> Iterator[list[bool]]:
    """Hold a Ctrl-C that comes while the request is out until its answer is in; a second
    one quits at once. Yields a list that is non-empty once Ctrl-C was pressed."""
    pressed: list[bool] = []
    if threading.current_thread() is not threading.main_thread():
        yield pressed  # signal handlers can only be set from the main thread
        return

    def held(signum: int, frame: FrameType | None) -> None:
        if pressed:
            raise KeyboardInterrupt
        pressed.append(True)
        sys.stderr.write(
            "vimmerse: waiting for the answer (the job id) of the request sent; "
            "Ctrl-C again to quit now\n"
        )

    previous = signal.signal(signal.SIGINT, held)
    try:
        yield pressed
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def job_kept(job_id: str | None, group: str | None, folder: Path | None) -> Iterator[None]:
    """Any failure once the job exists says its id and the command that follows it."""
    if job_id is None or group is None:
        yield
        return
    command = shlex.join(
        ["vimmerse", group, "wait", job_id, *(["--download", str(folder)] if folder else [])]
    )
    follow = f"the job {job_id} goes on: follow it with `{command}`"
    try:
        yield
    except StoppedWaiting:
        raise  # already names the job
    except KeyboardInterrupt as exc:
        raise StoppedWaiting(f"interrupted; {follow}", Exit.INTERRUPTED) from exc
    except (OSError, VimmerseError) as exc:
        code = exit_code_for(exc) if isinstance(exc, VimmerseError) else Exit.ERROR
        raise StoppedWaiting(f"{_reason(exc)}; {follow}", code) from exc


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and not isinstance(exc, VimmerseError):
        return f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")
    return describe(exc)


def emit_checked(emit: Callable[[], None]) -> None:
    """Print the answer now (flushed), so that a closed or full stdout fails here, where
    the job can still be named; then stdout is let go, so exit prints no second error."""
    try:
        emit()
        sys.stdout.flush()
    except OSError:
        _quiet_stdout()
        raise


def _quiet_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
