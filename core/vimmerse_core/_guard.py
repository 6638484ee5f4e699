"""Where the SDK's API requests may go while the test kit is in charge.

Inside a ``vimmerse_mock`` test or a ``with MockAPI()`` block, a client that the code under
test builds itself must not reach the paid API with whatever key the environment holds:
every API request is checked here before it is sent, and one to any origin but the mock's
raises ``ForeignHostError`` (nothing is sent) and is recorded, so that the pytest plugin
fails the test even when the code under test swallowed the error.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from ._errors import VimmerseError

_lock = threading.Lock()
# The scopes in force, innermost last: (the mock's origin, the lines refused meanwhile).
_scopes: list[tuple[str, list[str]]] = []


class ForeignHostError(VimmerseError):
    """An API request to a host other than the test kit's mock: refused, nothing sent."""


def origin(url: httpx.URL | str) -> str:
    parsed = httpx.URL(url)
    return f"{parsed.scheme}://{parsed.netloc.decode('ascii')}"


def check(url: httpx.URL) -> None:
    """Refuse an API request to any origin but the mocks' while a scope is in force."""
    if not _scopes:  # the common case, outside the test kit: one read, no lock
        return
    found = origin(url)
    with _lock:
        if not _scopes or any(allowed == found for allowed, _ in _scopes):
            return
        line = (
            f"an API request to {found} was refused: inside the Vimmerse test kit only the "
            f"mock at {_scopes[-1][0]} is reached (nothing was sent)"
        )
        for _, refused in _scopes:
            refused.append(line)
    raise ForeignHostError(line)


@contextmanager
def only(url: str) -> Iterator[list[str]]:
    """While inside, API requests go to ``url``'s origin only (or an enclosing scope's);
    yields the list of the lines refused meanwhile."""
    scope: tuple[str, list[str]] = (origin(url), [])
    with _lock:
        _scopes.append(scope)
    try:
        yield scope[1]
    finally:
        with _lock:
            _scopes.remove(scope)
