"""The CLI app, as the CLI tests build it."""

from tests.cli.conftest import app

__all__ = ["app"]
