"""Streaming a response body to disk: constant memory, atomic, and never over another file.

Bytes go to a hidden temp file beside the destination. Only once complete is it linked
under its final name with ``os.link``, which fails rather than replace a file that exists:
a download never overwrites anything, it takes the next free name (``x-1.png``). So a
file under a final name is always whole, and a second job's ``0.png`` cannot replace the
first's, nor a hostile server's name a file the caller already has. On any error the
temp file is removed. Files are created with mode 0666 less the umask, like any other.
"""

from __future__ import annotations

import contextlib
import errno
import mimetypes
import os
import re
import secrets
from collections.abc import AsyncIterable, Callable, Iterable
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from ._errors import DownloadTooLargeError, IncompleteDownloadError, NoFreeNameError

if TYPE_CHECKING:  # annotations only: the CLI's error handling loads without httpx
    import httpx

__all__ = [
    "Destination",
    "DownloadProgress",
    "IncompleteDownloadError",
    "async_write_atomic",
    "content_length",
    "resolve_destination",
    "write_atomic",
]

DownloadProgress = Callable[[int, int | None], object]
"""Called after each chunk with (bytes written so far, total bytes or None if unknown)."""

Destination = str | os.PathLike[str]

# Room for "-999" and the temp file's affixes within the usual 255-byte limit.
_MAX_NAME = 200
# Free names tried before giving up (x.png, x-1.png, ... x-999.png).
_MAX_NAME_TRIES = 1000
# link() is not offered everywhere (some network and FAT file systems, Android).
_NO_LINK = frozenset({errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.ENOSYS})


def _safe_name(name: str) -> str:
    name = re.sub(r"[^\w.\-]+", "_", name).strip("._")
    if len(name) > _MAX_NAME:  # cut the stem, keep a short extension
        stem, dot, ext = name.rpartition(".")
        keep = dot + ext if dot and len(ext) <= 16 else ""
        name = (stem if keep else name)[: _MAX_NAME - len(keep)] + keep
    return name or "download"


def filename_for(response: httpx.Response, fallback: str) -> str:
    """A safe file name: Content-Disposition's, else the URL's last segment, else fallback."""
    disposition = response.headers.get("content-disposition", "")
    match = re.search(r"filename\*=(?:UTF-8'')?([^;]+)|filename=\"?([^\";]+)\"?", disposition, re.I)
    if match:
        return _safe_name(unquote(match.group(1) or match.group(2) or ""))
    name = PurePosixPath(unquote(urlsplit(str(response.url)).path)).name
    if "." not in name:
        content_type = response.headers.get("content-type", "").split(";")[0].strip()
        ext = (mimetypes.guess_extension(content_type) or "") if content_type else ""
        name = f"{fallback}{ext}"
    return _safe_name(name)


def is_folder(dest: Destination) -> bool:
    """A trailing slash always means a folder (``Path`` would drop it); so does a folder."""
    text = os.fspath(dest)
    return text.endswith(("/", os.sep, os.altsep or "/")) or Path(text).is_dir()


def resolve_destination(
    dest: Destination, response: httpx.Response, fallback: str, *, job_id: str | None = None
) -> Path:
    """``dest`` itself, or a file inside it when it is a folder, named after the job.

    The server's name is prefixed with ``job_id`` unless it already holds it, so the
    results of two jobs never share a name.
    """
    if not is_folder(dest):
        return Path(dest)
    name = filename_for(response, fallback)
    if job_id:
        job = _safe_name(job_id)
        if job not in name:
            name = _safe_name(f"{job}-{name}")
    return Path(dest) / name


def content_length(response: httpx.Response) -> int | None:
    raw = response.headers.get("content-length")
    # A compressed body's length says nothing about the decoded bytes we write.
    if raw is None or response.headers.get("content-encoding", "identity") != "identity":
        return None
    try:
        return int(raw)
    except ValueError:
        return None


def _temp_for(path: Path) -> tuple[int, str]:
    # Not mkstemp: it makes 0600 files whatever the umask; O_EXCL with 0666 lets it apply.
    path.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        tmp = str(path.parent / f".{path.name}.{secrets.token_hex(6)}.part")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue


def _candidates(path: Path) -> Iterable[Path]:
    yield path
    for n in range(1, _MAX_NAME_TRIES):
        yield path.with_name(f"{path.stem}-{n}{path.suffix}")


def _place(tmp: str, dest: Path) -> Path:
    """Give the finished temp file the first free name from ``dest`` on; never replace."""
    for candidate in _candidates(dest):
        try:
            os.link(tmp, candidate)
        except FileExistsError:
            continue
        except OSError as exc:
            if exc.errno not in _NO_LINK:
                raise
            # No hard links here: claim the name with O_EXCL, then move the bytes over
            # our own empty claim (the name holds an empty file for that moment).
            try:
                os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            except FileExistsError:
                continue
            os.replace(tmp, candidate)
            return candidate
        _discard(tmp)
        return candidate
    raise NoFreeNameError(
        f"No free file name left for the download: {dest} and {_MAX_NAME_TRIES - 1} numbered"
        " names beside it are taken",
        path=str(dest),
    )


def _check_complete(written: int, total: int | None) -> None:
    if total is not None and written != total:
        raise IncompleteDownloadError(f"Download incomplete: got {written} of {total} bytes")


class _Cap:
    """The download size cap (None: none), on the decoded bytes: a declared length past it
    is refused before any byte is written, a body that grows past it at that byte."""

    def __init__(self, limit: int | None, total: int | None, url: str) -> None:
        self._limit = limit
        self._url = url
        if limit is not None and total is not None and total > limit:
            raise self._error(f"declares {total:,} bytes")

    def _error(self, what: str) -> DownloadTooLargeError:
        assert self._limit is not None
        return DownloadTooLargeError(
            f"Download refused: {self._url} {what}, past the cap of {self._limit:,} bytes"
            " (max_download_bytes); nothing was kept",
            url=self._url,
            limit=self._limit,
        )

    def check(self, written: int) -> None:
        if self._limit is not None and written > self._limit:
            raise self._error("is larger")


def _discard(tmp: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)


def write_atomic(
    chunks: Iterable[bytes],
    dest: Path,
    *,
    total: int | None,
    on_progress: DownloadProgress | None,
    limit: int | None = None,
    url: str = "",
) -> Path:
    """Write ``chunks`` under ``dest``, or the next free name: the path written is returned.
    More than ``limit`` bytes (None: no cap) is ``DownloadTooLargeError``, nothing kept."""
    cap = _Cap(limit, total, url)
    fd, tmp = _temp_for(dest)
    try:
        written = 0
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                written += len(chunk)
                cap.check(written)
                out.write(chunk)
                if on_progress is not None:
                    on_progress(written, total)
            _check_complete(written, total)
            out.flush()
            os.fsync(out.fileno())
        return _place(tmp, dest)
    except BaseException:
        _discard(tmp)
        raise


async def async_write_atomic(
    chunks: AsyncIterable[bytes],
    dest: Path,
    *,
    total: int | None,
    on_progress: DownloadProgress | None,
    limit: int | None = None,
    url: str = "",
) -> Path:
    """Like ``write_atomic``; every disk operation runs in a worker thread."""
    import anyio.to_thread  # here: the CLI's error handling imports this module, not anyio

    cap = _Cap(limit, total, url)
    fd, tmp = await anyio.to_thread.run_sync(_temp_for, dest)
    try:
        written = 0
        out = anyio.wrap_file(os.fdopen(fd, "wb"))
        async with out:
            async for chunk in chunks:
                written += len(chunk)
                cap.check(written)
                await out.write(chunk)
                if on_progress is not None:
                    on_progress(written, total)
            _check_complete(written, total)
            await out.flush()
            await anyio.to_thread.run_sync(os.fsync, out.wrapped.fileno())
        return await anyio.to_thread.run_sync(_place, tmp, dest)
    except BaseException:
        with anyio.CancelScope(shield=True):  # also when a deadline cancelled the download
            await anyio.to_thread.run_sync(_discard, tmp)
        raise
