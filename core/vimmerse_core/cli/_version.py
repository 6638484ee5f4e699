"""The line ``vimmerse --version`` prints."""

from .._version import __version__


def version_line() -> str:
    return f"vimmerse {__version__}\n"
