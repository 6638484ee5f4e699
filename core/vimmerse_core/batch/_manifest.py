"""``DIR/manifest.jsonl``: one line per input row, as the batch goes.

A line is appended when a row ends; the whole file is rewritten from the journal (one line
per row, in row order, latest state) when a run starts and ends, so after any run it holds
each row once. The journal stays the record; this is its readable copy.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TextIO

from ._journal import Entry

MANIFEST = "manifest.jsonl"


def line(entry: Entry) -> str:
    return json.dumps(entry.manifest(), separators=(",", ":")) + "\n"


class Manifest:
    def __init__(self, folder: Path) -> None:
        self.path = folder / MANIFEST
        self._handle: TextIO | None = None  # open for appending between rewrites

    def rewrite(self, entries: list[Entry]) -> None:
        self.close()
        tmp = self.path.with_name(f".{MANIFEST}.tmp")
        tmp.write_text("".join(line(e) for e in entries), encoding="utf-8")
        os.replace(tmp, self.path)

    def append(self, entry: Entry) -> None:
        """One line, in the file when this returns (a reader sees every whole line)."""
        if self._handle is None:
            self._handle = self.path.open("a", encoding="utf-8")
        self._handle.write(line(entry))
        self._handle.flush()

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def read(folder: Path) -> list[dict[str, object]]:
    """The manifest's lines, the last one of each row winning."""
    found: dict[int, dict[str, object]] = {}
    path = folder / MANIFEST
    if path.is_file():
        for text in path.read_text(encoding="utf-8").splitlines():
            if text.strip():
                data = json.loads(text)
                found[int(data["row"])] = data
    return [found[k] for k in sorted(found)]
