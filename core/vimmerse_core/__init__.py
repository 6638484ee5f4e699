"""The Vimmerse SDK's hand-written runtime: the client core, errors, retries, jobs and
polling, downloads, the CLI, the test kit and drift.

The generated package (``vimmerse``) imports it and re-exports what is listed here; it
never imports the generated package: what it needs of it comes from the package's
manifest (``_surface.Surface``) and the classes the package hands over.
"""

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, NOT_GIVEN
from ._body import ResponseTooLargeError
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
from ._response import RawResponse
from ._transport import DefaultAioHttpClient
from ._version import __version__
from ._waits import asset_url, asset_urls

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
    "VimmerseError",
    "WaitTimeoutError",
    "__version__",
    "asset_url",
    "asset_urls",
]
