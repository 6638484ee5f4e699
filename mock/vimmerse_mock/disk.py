"""A full disk: how it is recognised, how a file is written so that it never shows half
written, and a fault that makes one without filling a real disk.

Every file goes to a temporary name in its final folder and is renamed into place only
once whole, so a reader sees the whole file or none. A temporary name holds its writer's
pid: start-up removes the ones whose process is gone (a crash, a full disk).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

TMP_PREFIX = ".tmp-"
_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
_SQLITE_FULL = 13  # SQLITE_FULL: "database or disk is full"


def storage_full(exc: BaseException) -> bool:
    """Whether `exc` says the disk (or the database's room on it) is full."""
    if isinstance(exc, OSError):
        return exc.errno in _FULL_ERRNOS
    if isinstance(exc, sqlite3.Error):
        return getattr(exc, "sqlite_errorcode", None) == _SQLITE_FULL or "is full" in str(exc)
    return False


class Budget:
    """The bytes the disk may still take (None: as many as it has): the full-disk fault."""

    def __init__(self, free: int | None = None) -> None:
        self.free = free

    def take(self, size: int) -> None:
        if self.free is None:
            return
        if size > self.free:
            self.free = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.free -= size


def temp_name(folder: Path) -> Path:
    return folder / f"{TMP_PREFIX}{os.getpid()}-{os.urandom(6).hex()}"


def write_atomically(path: Path, chunks: Iterable[bytes], budget: Budget) -> int:
    """Write `chunks` to `path` through a temporary name: the bytes written. On any error
    the temporary file is removed and `path` is left as it was."""
    tmp = temp_name(path.parent)
    size = 0
    try:
        with open(tmp, "xb") as out:
            for chunk in chunks:
                budget.take(len(chunk))
                out.write(chunk)
                size += len(chunk)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return size


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temps(root: Path) -> int:
    """Remove the temporary files under `root` whose writer is gone: how many."""
    removed = 0
    for tmp in root.rglob(TMP_PREFIX + "*"):
        pid = tmp.name[len(TMP_PREFIX) :].split("-", 1)[0]
        if not pid.isdigit() or not _alive(int(pid)):
            tmp.unlink(missing_ok=True)
            removed += 1
    return removed
