"""The recording format: a directory of exchanges, one JSON file each, with `files/` beside.

    0001-upload_image.json     {"operation", "request", "response", "job"?, "files"?}
    files/3f9a...e1.png        a result file, or an answer body that is not JSON or text

`request`: method, path, query (name -> values), headers, and `body` as `{"json": ...}`,
`{"form": ..., "files": {field: {filename, size, sha256}}}` (an upload's bytes are not
kept, only their digest) or `{"sha256", "size"}`. `response`: status, headers and `body`
as `{"json": ...}`, `{"text": ...}` or `{"file": "files/..."}`. `job` (a poll of a job):
its id, seconds since the answer that first named it (`since_submit`) and that answer's
file. `files`: result URL -> stored file. Files are content-addressed, so recording the
same result twice stores it once; exchanges are numbered in the order they happened,
and a new session in the same directory continues the numbering (a merge).
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vimmerse_mock.recording.secrets import Secrets

FILES = "files"
PREFIX = "/_recordings"  # the routes record and replay serve themselves
HEALTH = PREFIX + "/health"
_NAME = re.compile(r"^(\d{4,})-[A-Za-z0-9_.-]+\.json$")


@dataclass
class Exchange:
    name: str  # the file's name, e.g. 0007-text_to_image.json
    data: dict[str, Any]

    @property
    def request(self) -> dict[str, Any]:
        return dict(self.data["request"])

    @property
    def response(self) -> dict[str, Any]:
        return dict(self.data["response"])

    @property
    def job(self) -> dict[str, Any] | None:
        job = self.data.get("job")
        return dict(job) if isinstance(job, dict) else None

    @property
    def files(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in (self.data.get("files") or {}).items()}


class Recordings:
    """One recordings directory: read its exchanges, add new ones, store files."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)

    def exchanges(self) -> list[Exchange]:
        if not self.root.is_dir():
            raise FileNotFoundError(f"no recordings directory {self.root}")
        found = []
        for path in sorted(self.root.iterdir()):
            if _NAME.match(path.name):
                try:
                    data = json.loads(path.read_text(encoding="utf-8"))
                except ValueError as exc:
                    raise ValueError(f"{path}: not a recording: {exc}") from None
                found.append(Exchange(path.name, data))
        return found

    def __iter__(self) -> Iterator[Exchange]:
        return iter(self.exchanges())

    def clear(self) -> None:
        """Start afresh (`--record-mode rewrite`): the exchanges and files go."""
        if not self.root.is_dir():
            return
        for path in self.root.iterdir():
            if _NAME.match(path.name):
                path.unlink()
        shutil.rmtree(self.root / FILES, ignore_errors=True)

    def next_number(self) -> int:
        if not self.root.is_dir():
            return 1
        numbers = [int(m.group(1)) for p in self.root.iterdir() if (m := _NAME.match(p.name))]
        return max(numbers, default=0) + 1

    def write(self, name: str, data: dict[str, Any], secrets: Secrets) -> Path:
        self.root.mkdir(parents=True, exist_ok=True)
        text = secrets.scrub_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        path = self.root / name
        tmp = path.with_name(f".{name}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)  # a reader never sees half an exchange
        return path

    def store(self, content: bytes, media_type: str) -> str:
        """Keep `content` under files/ (named by its digest); its name relative to root."""
        ext = mimetypes.guess_extension(media_type.split(";")[0].strip()) or ".bin"
        name = f"{FILES}/{hashlib.sha256(content).hexdigest()[:24]}{ext}"
        path = self.root / name
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.tmp")
            tmp.write_bytes(content)
            os.replace(tmp, path)
        return name

    def path_of(self, name: str) -> Path | None:
        """A stored file by its relative name, never outside the directory."""
        if not name.startswith(FILES + "/"):
            return None
        path = (self.root / name).resolve()
        files = (self.root / FILES).resolve()
        return path if path.is_relative_to(files) and path.is_file() else None


def file_name(number: int, operation: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", operation) or "unknown"
    return f"{number:04d}-{safe}.json"
