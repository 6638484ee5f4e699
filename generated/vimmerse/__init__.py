# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""Python SDK for the Vimmerse API.

from vimmerse import Vimmerse

client = Vimmerse()  # reads VIMMERSE_API_KEY
asset = client.image.text_to_image(prompt="a red fox in the snow", wait=True)
print(asset.results)
"""

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
    FileInput,
    InsecureTransportError,
    InsufficientCreditError,
    InternalServerError,
    InvalidPathParameterError,
    JobFailedError,
    JobProgress,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RawResponse,
    ResponseTooLargeError,
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
