"""What a header value may hold, checked before a key is ever sent.

httpx, h11 and aiohttp each refuse a header value with a line break or a non-ASCII
character, but with the value in their message (``Illegal header value b'sk-...\\r'``), or
a bare ``ValueError``: a key read from a file with Windows line endings was printed whole.
So a key is checked when it is given, and the error names what is wrong, never the key.
"""

from __future__ import annotations

from ._errors import InvalidAPIKeyError

__all__ = ["check_key"]

_EDGES = " \t\r\n"  # whitespace a header value may not start or end with
_NAMES = {"\r": "a carriage return (CR)", "\n": "a line feed (LF)", "\t": "a tab"}


def _problem(value: str) -> str | None:
    if value != value.strip(_EDGES):
        at_end = value[-1] in _EDGES
        run = value[len(value.rstrip(_EDGES)) :] if at_end else value[: -len(value.lstrip(_EDGES))]
        what = " and ".join(dict.fromkeys(_NAMES.get(char, "a space") for char in run))
        return f"{'ends' if at_end else 'starts'} with {what} (read from a file? strip it)"
    for char in value:
        if char in _NAMES:
            return f"contains {_NAMES[char]}"
        if ord(char) < 0x20 or ord(char) == 0x7F:
            return f"contains a control character (U+{ord(char):04X})"
        if ord(char) > 0x7E:
            return "contains a non-ASCII character"
    return None


def check_key(value: str, what: str = "The API key") -> str:
    """``value`` if it can be sent as a header value; else ``InvalidAPIKeyError``."""
    problem = _problem(value)
    if problem is not None:
        raise InvalidAPIKeyError(f"{what} cannot be sent as a header: it {problem}")
    return value
