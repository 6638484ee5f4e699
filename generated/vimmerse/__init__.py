# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""Python SDK for the Vimmerse API.

from vimmerse import Vimmerse

client = Vimmerse()  # reads VIMMERSE_API_KEY
asset = client.image.text_to_image(prompt="a red fox in the snow", wait=True)
print(asset.results)
"""

from . import webhooks
from ._base_client import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, NOT_GIVEN
from ._body import ResponseTooLargeError
from ._client import AsyncVimmerse, Vimmerse
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InsecureTransportError,
    InsufficientCreditError,
    InternalServerError,
    InvalidPathParameterError,
    JobFailedError,
    MissingAPIKeyError,
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
from ._resources import asset_url, asset_urls
from ._response import RawResponse
from ._transport import DefaultAioHttpClient
from ._version import __version__

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
    "FileInput",
    "InsecureTransportError",
    "InsufficientCreditError",
    "InternalServerError",
    "InvalidPathParameterError",
    "JobFailedError",
    "JobProgress",
    "MissingAPIKeyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ResponseTooLargeError",
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
