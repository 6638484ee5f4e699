"""The Vimmerse SDK's hand-written runtime: the client core, errors, retries, jobs and
polling, downloads, the CLI, the test kit and drift.

The generated package (``vimmerse``) imports it and re-exports what is listed here; it
never imports the generated package: what it needs of it comes from the package's
manifest (``_surface.Surface``) and the classes the package hands over.

Loaded lazily (PEP 562): the mock and the tools import ``vimmerse_core.spec`` without the
client core (aiohttp alone takes a tenth of a second to import); the generated package
re-exports these names lazily too, so ``import vimmerse`` loads none of them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what mypy and readers see; at run time, __getattr__ imports each
    from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, NOT_GIVEN
    from ._body import ResponseTooLargeError, UndecodableAnswerError
    from ._errors import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        DownloadError,
        DownloadTooLargeError,
        IncompleteDownloadError,
        InsecureTransportError,
        InsufficientCreditError,
        InternalServerError,
        InvalidAPIKeyError,
        InvalidBaseURLError,
        InvalidPathParameterError,
        JobFailedError,
        MissingAPIKeyError,
        NoFreeNameError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        UnprocessableEntityError,
        ValidationIssue,
        VimmerseError,
        WaitTimeoutError,
    )
    from ._files import FileInput, UploadNotRewindableError
    from ._polling import JobProgress
    from ._response import RawResponse
    from ._transport import DefaultAioHttpClient
    from ._version import __version__
    from ._waits import asset_url, asset_urls

# Each module and what it exports (tests/sdk/test_lazy_import.py: the same names as __all__).
_EXPORTS = {
    "_base_client": (
        "DEFAULT_MAX_RETRIES",
        "DEFAULT_TIMEOUT",
        "NOT_GIVEN",
    ),
    "_body": ("ResponseTooLargeError", "UndecodableAnswerError"),
    "_errors": (
        "APIConnectionError",
        "APIError",
        "APIResponseValidationError",
        "APIStatusError",
        "APITimeoutError",
        "AuthenticationError",
        "BadRequestError",
        "DownloadError",
        "DownloadTooLargeError",
        "IncompleteDownloadError",
        "InsecureTransportError",
        "InsufficientCreditError",
        "InternalServerError",
        "InvalidAPIKeyError",
        "InvalidBaseURLError",
        "InvalidPathParameterError",
        "JobFailedError",
        "MissingAPIKeyError",
        "NoFreeNameError",
        "NotFoundError",
        "PermissionDeniedError",
        "RateLimitError",
        "UnprocessableEntityError",
        "ValidationIssue",
        "VimmerseError",
        "WaitTimeoutError",
    ),
    "_files": (
        "FileInput",
        "UploadNotRewindableError",
    ),
    "_polling": ("JobProgress",),
    "_response": ("RawResponse",),
    "_transport": ("DefaultAioHttpClient",),
    "_version": ("__version__",),
    "_waits": (
        "asset_url",
        "asset_urls",
    ),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # found once: later reads skip this hook
    return value


__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "DefaultAioHttpClient",
    "DownloadError",
    "DownloadTooLargeError",
    "FileInput",
    "IncompleteDownloadError",
    "InsecureTransportError",
    "InsufficientCreditError",
    "InternalServerError",
    "InvalidAPIKeyError",
    "InvalidBaseURLError",
    "InvalidPathParameterError",
    "JobFailedError",
    "JobProgress",
    "MissingAPIKeyError",
    "NoFreeNameError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ResponseTooLargeError",
    "UndecodableAnswerError",
    "UnprocessableEntityError",
    "UploadNotRewindableError",
    "ValidationIssue",
    "VimmerseError",
    "WaitTimeoutError",
    "__version__",
    "asset_url",
    "asset_urls",
]
