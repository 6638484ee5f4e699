"""Files on disk: uploads, and the generated results that job URLs point at.

Uploads are copied from starlette's spooled temporary file to disk in chunks; results
are generated on first request and served from disk afterwards (generation is
deterministic, so two workers racing to write one file is harmless). Both are written
through a temporary name (disk.py): a file under its final name is always whole.

The URLs the mock hands out carry a capability token (`?t=`), an HMAC of the path under
a secret kept in the database: a job's id alone does not open its files.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from vimmerse_mock import formats, jsonio, pictures
from vimmerse_mock.disk import Budget, remove_stale_temps, storage_full, write_atomically

__all__ = ["Files", "render", "storage_full"]
TOKEN = "t"  # the query parameter of a file URL's capability token

CHUNK = 1024 * 1024
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")

# Magic numbers of the image types the upload route accepts (JPEG, PNG, WebP).
IMAGE_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"WEBP", 8, "image/webp"),
)
# What the mock can make, by file extension: a result type (`x-vimmerse-results`) not here
# is refused at start-up. Text and JSON results are placeholders that say what made them.
EXTENSIONS = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "gif": "image/gif",
    "mp4": "video/mp4",
    "wav": "audio/wav",
    "mp3": "audio/mpeg",
    "txt": "text/plain",
    "json": "application/json",
}


def safe_name(name: str | None, fallback: str = "file") -> str:
    cleaned = _SAFE.sub("_", os.path.basename(name or "")).strip("._")[:100]
    return cleaned or fallback


def sniff_image(head: bytes) -> str | None:
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    for magic, offset, mime in IMAGE_SIGNATURES:
        if magic != b"WEBP" and head[offset : offset + len(magic)] == magic:
            return mime
    return None


def sniff_video(head: bytes) -> str | None:
    """The container of a video's first bytes: ISO BMFF (MP4, MOV), Matroska/WebM, AVI."""
    if head[4:8] in (b"ftyp", b"moov", b"mdat", b"wide", b"free"):
        return "video/quicktime" if head[8:10] == b"qt" else "video/mp4"
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return "video/webm"
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return "video/x-msvideo"
    return None


def _chunks(source: BinaryIO) -> Iterator[bytes]:
    source.seek(0)
    while chunk := source.read(CHUNK):
        yield chunk


class Files:
    def __init__(self, root: Path, secret: bytes = b"") -> None:
        self.root = root
        self.secret = secret
        self.budget = Budget()
        (root / "uploads").mkdir(parents=True, exist_ok=True)
        (root / "generated").mkdir(parents=True, exist_ok=True)
        remove_stale_temps(root)  # what a crash or a full disk left half written

    @property
    def disk_free(self) -> int | None:
        return self.budget.free

    @disk_free.setter
    def disk_free(self, free: int | None) -> None:
        self.budget.free = free

    def token(self, path: str) -> str:
        """The capability token of a file URL's path."""
        return hmac.new(self.secret, path.encode(), hashlib.sha256).hexdigest()[:32]

    def signed(self, path: str) -> str:
        return f"{path}?{TOKEN}={self.token(path)}"

    def token_ok(self, path: str, token: str | None) -> bool:
        return token is not None and hmac.compare_digest(self.token(path), token)

    def save_upload(self, source: BinaryIO, filename: str | None) -> tuple[str, str, int]:
        """Copy an upload to disk in chunks: (file id, stored name, size)."""
        file_id = uuid.uuid4().hex
        name = safe_name(filename)
        folder = self.root / "uploads" / file_id
        folder.mkdir(parents=True)
        try:
            size = write_atomically(folder / name, _chunks(source), self.budget)
        except BaseException:
            folder.rmdir()
            raise
        return file_id, name, size

    def upload_path(self, file_id: str, name: str) -> Path | None:
        if safe_name(name) != name or not re.fullmatch(r"[0-9a-f]{32}", file_id):
            return None
        path = self.root / "uploads" / file_id / name
        return path if path.is_file() else None

    def generated(self, key: str, make: Callable[[], bytes]) -> Path:
        """The cached file for `key`, generating it first if needed."""
        path = self.root / "generated" / safe_name(key)
        if not path.is_file():
            write_atomically(path, [make()], self.budget)
        return path


def render(
    kind: str,
    seed: str,
    aspect_ratio: str | None,
    seconds: float,
    transparent: bool,
    width: int | None = None,
    label: str = "",
    source: Path | None = None,
) -> bytes:
    """The bytes of a generated result of `kind` (an extension of EXTENSIONS).

    A picture shows `label` (what made it) over `source` (its input image) if given.
    """
    if kind == "png":
        w, h = formats.frame_size(aspect_ratio, formats.IMAGE_LONG_SIDE)
        return pictures.png(w, h, seed, label, source, transparent)
    if kind == "jpg":
        return formats.jpeg(*formats.frame_size(aspect_ratio, formats.IMAGE_LONG_SIDE), seed)
    if kind == "wav":
        return formats.wav(seconds, seed)
    if kind == "mp3":
        return formats.mp3(seconds)
    if kind == "txt":
        return f"{label or 'result'} ({seed})\n".encode("utf-8", "surrogatepass")
    if kind == "json":
        return jsonio.dumps({"result": seed, "made_by": label})
    if width is None:
        w, h = formats.frame_size(aspect_ratio, formats.VIDEO_LONG_SIDE)
    else:
        # `width` is the output width whatever the orientation; keep frames small.
        rw, rh = formats.frame_size(aspect_ratio, 1000)
        w = max(16, min(640, width))
        h = max(2, min(1136, round(w * rh / rw)))
    if kind == "gif":
        return formats.gif(w, h, seed)
    return formats.mp4(w, h, seconds, seed, label)
