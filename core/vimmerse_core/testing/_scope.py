"""Safe by default: while a test kit's mock is in charge, the environment points every
client the code under test builds at the mock, and API requests to any other host are
refused (``_guard``)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from .. import _guard
from .._defaults import API_KEY_VARIABLE, BASE_URL_VARIABLE


@contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextmanager
def pointed_at(base_url: str, api_key: str, *, guard: bool = True) -> Iterator[list[str]]:
    """``VIMMERSE_BASE_URL`` and ``VIMMERSE_API_KEY`` name the mock (restored after);
    with ``guard``, API requests elsewhere are refused. Yields the lines refused."""
    with _environment({BASE_URL_VARIABLE: base_url, API_KEY_VARIABLE: api_key}):
        if not guard:
            yield []
            return
        with _guard.only(base_url) as refused:
            yield refused
