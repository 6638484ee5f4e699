"""Decoding JSON from the network within a nesting cap.

``json.loads`` recurses once per level: a body nested a few hundred levels deep raises
``RecursionError`` (not a ``ValueError``) there, or later, wherever the parsed value is
walked again (a model, a repr, the CLI's printer) closer to the interpreter's limit. Real
answers are a few levels deep; past ``MAX_DEPTH`` a body is refused before it is decoded,
as the mock refuses such requests.
"""

from __future__ import annotations

import itertools
import json
import re
from typing import Any

MAX_DEPTH = 200

# A JSON string, escapes included (the unrolled form runs in linear time).
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
# Openers to +1, closers to -1 (as signed bytes).
_STEPS = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")


class TooDeepError(ValueError):
    """The document nests arrays and objects deeper than ``MAX_DEPTH``."""


def too_deep(raw: bytes) -> bool:
    """Whether arrays and objects in ``raw`` nest deeper than ``MAX_DEPTH`` (brackets inside
    strings do not count): strings are cut out, brackets become +1/-1 bytes, and their
    running sum, C loops all, peaks at the depth."""
    if raw.count(b"[") + raw.count(b"{") <= MAX_DEPTH:
        return False  # it cannot nest deeper than it opens: most answers stop here
    steps = _STRING.sub(b"", raw).translate(_STEPS, _NOT_BRACKETS)
    return max(itertools.accumulate(memoryview(steps).cast("b"))) > MAX_DEPTH


def loads(raw: bytes | str) -> Any:
    """``json.loads`` that raises ``ValueError`` (``TooDeepError``) for too deep a document."""
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
    if too_deep(data):
        raise TooDeepError(f"JSON nested deeper than {MAX_DEPTH} levels")
    try:
        return json.loads(data)
    except RecursionError as exc:  # a smaller stack than usual (a thread, a deep caller)
        raise TooDeepError("JSON nested too deep to decode") from exc
