"""A path parameter as exactly one URL segment.

Escaping (``/``, ``?``, ``#``, ``%``) keeps a value inside its segment, but three values
would still send the request elsewhere: an empty one leaves ``/asset/`` (another route),
and ``.`` or ``..`` are removed by URL normalisation (RFC 3986, section 5.2.4), so
``assets.get("..")`` would ask for the base URL itself. No id the API gives out is one of
these, so they are refused before anything is sent.
"""

from __future__ import annotations

from urllib.parse import quote

from ._errors import InvalidPathParameterError

_MOVES_THE_URL = ("", ".", "..")


def moves_the_url(value: object) -> bool:
    """Whether ``value`` as a path segment would send the request to another route."""
    return str(value) in _MOVES_THE_URL


def path_segment(name: str, value: object) -> str:
    """``value`` escaped as one path segment; InvalidPathParameterError (a ValueError) for
    one that would move the URL."""
    text = str(value)
    if moves_the_url(text):
        raise InvalidPathParameterError(f"{name} must be a non-empty id, not {text!r}")
    return quote(text, safe="")
