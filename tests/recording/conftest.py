"""The CLI app, as the CLI tests build it; async tests run on asyncio."""

import pytest

from tests.cli.conftest import app

__all__ = ["anyio_backend", "app"]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
