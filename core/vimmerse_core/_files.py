"""File inputs for uploads: a path, bytes, or a binary file object.

Nothing here reads a whole file: paths are opened and handed to httpx, whose multipart
encoder streams file objects in 64 KiB chunks and takes the length from ``fstat``/``seek``
(so the body has a Content-Length and a 1 GiB video never sits in memory). httpx rewinds
file objects before each send, so a retried upload resends the whole file.

A stream that cannot rewind (a pipe, an HTTP response's ``.raw``) is wrapped in
``_OneShot``: the bytes read to guess its type are given back before the rest, and a
retry that would need the stream again is refused instead of sending the file short.
"""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import AsyncIterator, Iterator
from contextlib import ExitStack
from pathlib import PurePath
from typing import IO, BinaryIO, TypeAlias, cast

import anyio
import anyio.to_thread
import httpx

from ._errors import VimmerseError
from .types import File

FileInput: TypeAlias = str | os.PathLike[str] | bytes | IO[bytes] | File
"""What an upload argument accepts: a path, raw bytes, a binary file object, or a File."""

_SNIFF_BYTES = 16
_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "image/png"),
    (0, b"\xff\xd8\xff", "image/jpeg"),
    (0, b"GIF87a", "image/gif"),
    (0, b"GIF89a", "image/gif"),
    (0, b"\x1a\x45\xdf\xa3", "video/webm"),
    (0, b"ID3", "audio/mpeg"),
    (0, b"fLaC", "audio/flac"),
    (0, b"OggS", "audio/ogg"),
    (0, b"BM", "image/bmp"),
)


def sniff_mime(head: bytes) -> str | None:
    """Guess a MIME type from a file's first bytes (formats the API accepts)."""
    if head[:4] == b"RIFF" and len(head) >= 12:
        return {b"WEBP": "image/webp", b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo"}.get(
            head[8:12]
        )
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand == b"qt  ":
            return "video/quicktime"
        if brand in (b"heic", b"heix", b"mif1"):
            return "image/heic"
        if brand.startswith(b"M4A"):
            return "audio/mp4"
        return "video/mp4"
    for offset, magic, mime in _SIGNATURES:
        if head[offset : offset + len(magic)] == magic:
            return mime
    return None


def guess_mime(name: str | None, head: bytes) -> str:
    if name:
        guessed, _ = mimetypes.guess_type(name, strict=False)
        if guessed:
            return guessed
    return sniff_mime(head) or "application/octet-stream"


class UploadNotRewindableError(VimmerseError):
    """A retry needed an upload stream again, and the stream cannot go back to its start."""


class _OneShot:
    """A stream read once, start to end, with its first bytes put back in front.

    It has no ``fileno``/``tell``, so httpx sends it chunked rather than trust a size (a
    pipe's ``fstat`` says 0). httpx calls ``seek(0)`` before each send: allowed before the
    first read, refused after it, since the bytes sent are gone.
    """

    def __init__(self, stream: IO[bytes], head: bytes) -> None:
        self._stream = stream
        self._head = head
        self._started = False

    def read(self, size: int = -1) -> bytes:
        self._started = True
        if not self._head:
            return self._stream.read(size)
        if size < 0:
            data, self._head = self._head + self._stream.read(), b""
            return data
        data, self._head = self._head[:size], self._head[size:]
        return data

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if (offset, whence) == (0, io.SEEK_SET) and not self._started:
            return 0
        raise UploadNotRewindableError(
            "The upload stream was sent once and cannot be rewound to send it again (a "
            "retry): pass a file path, bytes or a seekable file to allow retries."
        )


def _rewindable(stream: IO[bytes]) -> bool:
    try:
        if callable(getattr(stream, "seekable", None)):
            return bool(stream.seekable())
        stream.seek(stream.tell())
    except (OSError, ValueError, AttributeError):
        return False
    return True


def _peek(stream: IO[bytes]) -> tuple[bytes, IO[bytes]]:
    """First bytes of a stream, and the stream to upload, which still starts with them."""
    try:
        if not _rewindable(stream):
            head = stream.read(_SNIFF_BYTES)
            head = head if isinstance(head, bytes) else b""
            return head, cast(IO[bytes], _OneShot(stream, head))
        position = stream.tell()
        head = stream.read(_SNIFF_BYTES)
        stream.seek(position)
    except (OSError, ValueError, AttributeError):
        return b"", stream
    return (head if isinstance(head, bytes) else b""), stream


def to_file(value: FileInput, stack: ExitStack, *, default_name: str = "upload") -> File:
    """Normalise an upload argument. Files this function opens are closed by ``stack``."""
    if isinstance(value, File):
        if _rewindable(value.payload):
            return value
        one_shot = cast(BinaryIO, _OneShot(value.payload, b""))
        return File(payload=one_shot, file_name=value.file_name, mime_type=value.mime_type)
    if isinstance(value, str | os.PathLike):
        path = os.fspath(value)
        stream = stack.enter_context(open(path, "rb"))  # noqa: SIM115 - closed by stack
        name = PurePath(path).name
        head, payload = _peek(stream)  # a named pipe cannot seek either
        return File(
            payload=cast(BinaryIO, payload), file_name=name, mime_type=guess_mime(name, head)
        )
    if isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        mime = guess_mime(None, data[:_SNIFF_BYTES])
        ext = mimetypes.guess_extension(mime) or ""
        return File(payload=io.BytesIO(data), file_name=f"{default_name}{ext}", mime_type=mime)
    if hasattr(value, "read"):
        raw_name = getattr(value, "name", None)
        known = PurePath(raw_name).name if isinstance(raw_name, str) and raw_name else None
        head, upload = _peek(value)
        mime = guess_mime(known, head)
        name = known or f"{default_name}{mimetypes.guess_extension(mime) or ''}"
        # httpx streams any object with read(); File merely annotates it as BinaryIO.
        return File(payload=cast(BinaryIO, upload), file_name=name, mime_type=mime)
    raise TypeError(
        f"Expected a path, bytes or a binary file object for an upload, got {type(value).__name__}"
    )


class ThreadedStream(httpx.AsyncByteStream):
    """Feeds a synchronous request body (httpx's multipart encoder reading a file) to the
    async transport, doing each read in a worker thread so disk I/O never blocks the loop."""

    def __init__(self, stream: httpx.SyncByteStream) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        iterator: Iterator[bytes] = iter(self._stream)
        # A unique object: the encoder yields b"" for an empty form field (e.g. title=""),
        # and a b"" sentinel would end the body there, short of its Content-Length.
        end = object()
        while True:
            chunk = await anyio.to_thread.run_sync(next, iterator, end)
            if chunk is end:
                return
            yield cast(bytes, chunk)
