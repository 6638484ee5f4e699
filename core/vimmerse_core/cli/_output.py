"""What a command prints on stdout: the API's object as JSON (``--json``), or a short
human summary. Progress and errors go to stderr, so stdout can be piped."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any


def jsonable(value: Any) -> Any:
    """Plain JSON data for an SDK result: models through their ``to_dict``."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return [jsonable(v) for v in value]
    return value


def print_json(result: Any, downloaded: Sequence[Path] | None) -> None:
    data = jsonable(result)
    if downloaded is not None:
        # Only when files were written: their paths, beside the API's object.
        files = [str(p) for p in downloaded]
        data = {**data, "downloaded": files} if isinstance(data, dict) else {"downloaded": files}
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool) and value != ""


def _timestamp(text: str) -> datetime | None:
    """A date with a time, in ISO 8601 as the API writes it: assets with a "T", media with a
    space (and at times no UTC offset), as the pages show them both."""
    if len(text) < len("2025-01-01 00:00") or text[10:11] not in ("T", " "):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def shown(value: Any) -> str:
    """A value as the summary shows it. Timestamps in one form, whichever kind of object
    they come from: to the second, a space before the time, the offset only where the API
    gave one. ``--json`` keeps the API's own strings."""
    moment = _timestamp(value) if isinstance(value, str) else None
    return str(value) if moment is None else moment.isoformat(sep=" ", timespec="seconds")


def _rows(data: dict[str, Any]) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for key, value in data.items():
        if _scalar(value):
            rows.append((key, shown(value)))
        elif isinstance(value, list) and value and all(_scalar(v) for v in value):
            rows.extend((key if i == 0 else "", shown(v)) for i, v in enumerate(value))
    return rows


def print_human(result: Any, downloaded: Sequence[Path] | None) -> None:
    """Top-level fields as ``key  value`` lines: plain text, never folded, so a URL can be
    copied whole from any terminal."""
    data = jsonable(result)
    lines: list[str] = []
    if isinstance(data, dict):
        rows = _rows(data)
        width = max((len(k) for k, _ in rows), default=0)
        lines += [f"{key:<{width}}  {value}" for key, value in rows]
    elif data is not None:
        lines.append(str(data))
    lines += [f"saved {path}" for path in downloaded or ()]
    sys.stdout.write("".join(f"{line}\n" for line in lines))
