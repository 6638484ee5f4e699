"""An API request's URL: the client's base URL, parsed once, joined with the request's path.

httpx parses and checks every URL string it is given, ~30 µs a request (13 % of the async
client's CPU per request under fan-out, make bench's CPU row). A path the generated request
builders made is already percent-encoded (each path parameter is quoted), so it is joined
to the parsed base as it is: only a path of characters that httpx's parser leaves alone,
with no dot segment, and a base that parses back to itself go this way; anything else is
parsed by httpx, so the URL is the same either way (tests/sdk/test_urls.py checks both).
"""

from __future__ import annotations

import re

import httpx

# What httpx's parser keeps as it is in a path: unreserved and sub-delimiter characters,
# ":", "@", "/" and percent-escapes (it quotes anything else).
_KEPT = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*")


def _has_dot_segment(path: str) -> bool:
    # httpx removes "." and ".." segments: leave such a path (and any like it) to httpx.
    return "/." in path


class BaseURL:
    """``join(path)`` is ``httpx.URL(f"{base}/{path.lstrip('/')}")``, without re-parsing."""

    __slots__ = ("_parsed", "_prefix", "_text")

    def __init__(self, base: str) -> None:
        self._text = base
        parsed = httpx.URL(base)
        canonical = (
            str(parsed) == base
            and parsed._uri_reference.query is None
            and parsed._uri_reference.fragment is None
        )
        self._parsed = parsed if canonical else None
        self._prefix = parsed._uri_reference.path

    def join(self, path: str) -> httpx.URL:
        path = path.lstrip("/")
        if self._parsed is None or not _KEPT.fullmatch(path) or _has_dot_segment("/" + path):
            return httpx.URL(f"{self._text}/{path}")
        url = httpx.URL.__new__(httpx.URL)  # httpx.URL keeps nothing else
        url._uri_reference = self._parsed._uri_reference._replace(path=f"{self._prefix}/{path}")
        return url
