# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""Python SDK for the Vimmerse API.

from vimmerse import Vimmerse

client = Vimmerse()  # reads VIMMERSE_API_KEY
asset = client.image.text_to_image(prompt="a red fox in the snow", wait=True)
print(asset.results)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what mypy and readers see; at run time, __getattr__ imports each
    from vimmerse_core import (
        DEFAULT_MAX_RETRIES,
        DEFAULT_TIMEOUT,
        NOT_GIVEN,
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        DefaultAioHttpClient,
        DownloadError,
        DownloadTooLargeError,
        FileInput,
        IncompleteDownloadError,
        InsecureTransportError,
        InsufficientCreditError,
        InternalServerError,
        InvalidAPIKeyError,
        InvalidBaseURLError,
        InvalidPathParameterError,
        JobFailedError,
        JobProgress,
        MissingAPIKeyError,
        NoFreeNameError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        RawResponse,
        ResponseTooLargeError,
        UndecodableAnswerError,
        UnprocessableEntityError,
        UploadNotRewindableError,
        ValidationIssue,
        VimmerseError,
        WaitTimeoutError,
        __version__,
        asset_url,
        asset_urls,
    )

    from . import webhooks
    from ._client import DEFAULT_BASE_URL, AsyncVimmerse, Vimmerse

# Loaded on first use (PEP 562), so `import vimmerse` (and the CLI's --help) imports no HTTP
# stack and no model: the module each name comes from ("." for this package's own).
_MODULE_OF = {
    "DEFAULT_BASE_URL": "._client",
    "AsyncVimmerse": "._client",
    "Vimmerse": "._client",
    "webhooks": ".",
    "APIConnectionError": "vimmerse_core",
    "APIError": "vimmerse_core",
    "APIResponseValidationError": "vimmerse_core",
    "APIStatusError": "vimmerse_core",
    "APITimeoutError": "vimmerse_core",
    "AuthenticationError": "vimmerse_core",
    "BadRequestError": "vimmerse_core",
    "DEFAULT_MAX_RETRIES": "vimmerse_core",
    "DEFAULT_TIMEOUT": "vimmerse_core",
    "DefaultAioHttpClient": "vimmerse_core",
    "DownloadError": "vimmerse_core",
    "DownloadTooLargeError": "vimmerse_core",
    "FileInput": "vimmerse_core",
    "IncompleteDownloadError": "vimmerse_core",
    "InsecureTransportError": "vimmerse_core",
    "InsufficientCreditError": "vimmerse_core",
    "InternalServerError": "vimmerse_core",
    "InvalidAPIKeyError": "vimmerse_core",
    "InvalidBaseURLError": "vimmerse_core",
    "InvalidPathParameterError": "vimmerse_core",
    "JobFailedError": "vimmerse_core",
    "JobProgress": "vimmerse_core",
    "MissingAPIKeyError": "vimmerse_core",
    "NOT_GIVEN": "vimmerse_core",
    "NoFreeNameError": "vimmerse_core",
    "NotFoundError": "vimmerse_core",
    "PermissionDeniedError": "vimmerse_core",
    "RateLimitError": "vimmerse_core",
    "RawResponse": "vimmerse_core",
    "ResponseTooLargeError": "vimmerse_core",
    "UndecodableAnswerError": "vimmerse_core",
    "UnprocessableEntityError": "vimmerse_core",
    "UploadNotRewindableError": "vimmerse_core",
    "ValidationIssue": "vimmerse_core",
    "VimmerseError": "vimmerse_core",
    "WaitTimeoutError": "vimmerse_core",
    "__version__": "vimmerse_core",
    "asset_url": "vimmerse_core",
    "asset_urls": "vimmerse_core",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if module == ".":
        value = importlib.import_module(f".{name}", __name__)
    else:
        value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # found once: later reads skip this hook
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = (
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncVimmerse",
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
    "Vimmerse",
    "VimmerseError",
    "WaitTimeoutError",
    "__version__",
    "asset_url",
    "asset_urls",
    "webhooks",
)
