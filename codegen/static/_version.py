"""The SDK's version (the installed distribution's), sent in the User-Agent."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("vimmerse")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
