"""File inputs for uploads: a path, bytes, or a binary file object.

Nothing here reads a whole file: paths are opened and handed to httpx, whose multipart
encoder streams file objects in 64 KiB chunks and takes the length from ``fstat``/``seek``
(so the body has a Content-Length and a 1 GiB video never sits in memory). httpx rewinds
file objects before each send, so a retried upload resends the whole file.
"""

from __future__ import annotations

import io
import mimetypes
import os
from contextlib import ExitStack
from pathlib import PurePath
from typing import IO, BinaryIO, TypeAlias, cast

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


def _peek(stream: IO[bytes]) -> bytes:
    """First bytes of a seekable stream, leaving its position unchanged."""
    try:
        position = stream.tell()
        head = stream.read(_SNIFF_BYTES)
        stream.seek(position)
    except (OSError, ValueError, AttributeError):
        return b""
    return head if isinstance(head, bytes) else b""


def to_file(value: FileInput, stack: ExitStack, *, default_name: str = "upload") -> File:
    """Normalise an upload argument. Files this function opens are closed by ``stack``."""
    if isinstance(value, File):
        return value
    if isinstance(value, str | os.PathLike):
        path = os.fspath(value)
        stream = stack.enter_context(open(path, "rb"))  # noqa: SIM115 - closed by stack
        name = PurePath(path).name
        return File(payload=stream, file_name=name, mime_type=guess_mime(name, _peek(stream)))
    if isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        mime = guess_mime(None, data[:_SNIFF_BYTES])
        ext = mimetypes.guess_extension(mime) or ""
        return File(payload=io.BytesIO(data), file_name=f"{default_name}{ext}", mime_type=mime)
    if hasattr(value, "read"):
        raw_name = getattr(value, "name", None)
        known = PurePath(raw_name).name if isinstance(raw_name, str) and raw_name else None
        mime = guess_mime(known, _peek(value))
        name = known or f"{default_name}{mimetypes.guess_extension(mime) or ''}"
        # httpx streams any object with read(); File merely annotates it as BinaryIO.
        return File(payload=cast(BinaryIO, value), file_name=name, mime_type=mime)
    raise TypeError(
        f"Expected a path, bytes or a binary file object for an upload, got {type(value).__name__}"
    )
