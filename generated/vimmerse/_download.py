"""Streaming a response body to disk: constant memory, atomic.

Bytes go to a hidden temp file beside the destination and are renamed over it with
``os.replace`` only once complete, so a file under the final name is always whole. On any
error the temp file is removed.
"""

from __future__ import annotations

import contextlib
import mimetypes
import os
import re
import tempfile
from collections.abc import AsyncIterable, Callable, Iterable
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

import anyio
import anyio.to_thread
import httpx

DownloadProgress = Callable[[int, int | None], object]
"""Called after each chunk with (bytes written so far, total bytes or None if unknown)."""

Destination = str | os.PathLike[str]


class IncompleteDownloadError(OSError):
    """The body ended before Content-Length bytes arrived."""


def _safe_name(name: str) -> str:
    name = re.sub(r"[^\w.\-]+", "_", name).strip("._")
    return name[:200] or "download"


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


def resolve_destination(dest: Destination, response: httpx.Response, fallback: str) -> Path:
    """``dest`` itself, or a file inside it when it is an existing directory."""
    path = Path(dest)
    if path.is_dir():
        return path / filename_for(response, fallback)
    return path


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
    path.parent.mkdir(parents=True, exist_ok=True)
    return tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)


def _check_complete(written: int, total: int | None) -> None:
    if total is not None and written != total:
        raise IncompleteDownloadError(f"Download incomplete: got {written} of {total} bytes")


def _discard(tmp: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)


def write_atomic(
    chunks: Iterable[bytes], dest: Path, *, total: int | None, on_progress: DownloadProgress | None
) -> Path:
    fd, tmp = _temp_for(dest)
    try:
        written = 0
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
                written += len(chunk)
                if on_progress is not None:
                    on_progress(written, total)
            _check_complete(written, total)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dest)
    except BaseException:
        _discard(tmp)
        raise
    return dest


async def async_write_atomic(
    chunks: AsyncIterable[bytes],
    dest: Path,
    *,
    total: int | None,
    on_progress: DownloadProgress | None,
) -> Path:
    """Like ``write_atomic``; every disk operation runs in a worker thread."""
    fd, tmp = await anyio.to_thread.run_sync(_temp_for, dest)
    try:
        written = 0
        out = anyio.wrap_file(os.fdopen(fd, "wb"))
        async with out:
            async for chunk in chunks:
                await out.write(chunk)
                written += len(chunk)
                if on_progress is not None:
                    on_progress(written, total)
            _check_complete(written, total)
            await out.flush()
            await anyio.to_thread.run_sync(os.fsync, out.wrapped.fileno())
        await anyio.to_thread.run_sync(os.replace, tmp, dest)
    except BaseException:
        await anyio.to_thread.run_sync(_discard, tmp)
        raise
    return dest
