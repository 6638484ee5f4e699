"""A client's settings as one value (``ClientOptions``): resolved from the constructor's
arguments, the environment and the defaults, and checked once."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping

import attrs
import httpx

from . import _defaults
from ._errors import (
    InsecureTransportError,
    InvalidBaseURLError,
    MissingAPIKeyError,
)
from ._header_values import check_key
from ._logs import SENSITIVE_HEADERS
from ._request_options import (
    NotGiven,
    coerce_timeout,
)
from ._surface import Surface
from ._version import __version__

# Their public names (vimmerse.DEFAULT_*); the values are set in _defaults.
DEFAULT_MAX_RETRIES = _defaults.MAX_RETRIES
DEFAULT_TIMEOUT = httpx.Timeout(**_defaults.TIMEOUT)
USER_AGENT = f"vimmerse-python/{__version__}"
API_KEY_VARIABLE = _defaults.API_KEY_VARIABLE
BASE_URL_VARIABLE = _defaults.BASE_URL_VARIABLE


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.") or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _coerce_timeout(
    value: float | httpx.Timeout | NotGiven | None,
) -> httpx.Timeout | NotGiven:
    # NOT_GIVEN stays: a caller's own http_client then keeps its own timeout.
    return value if isinstance(value, NotGiven) else coerce_timeout(value)


def _resolve_api_key(api_key: str | None) -> str:
    if api_key is None:
        api_key = os.environ.get(API_KEY_VARIABLE)
    if not api_key:
        raise MissingAPIKeyError(
            "No API key: pass api_key=... to the client or set the VIMMERSE_API_KEY "
            "environment variable."
        )
    return check_key(api_key)


def _check_retries(value: int) -> int:
    if value < 0:
        raise ValueError("max_retries must be >= 0")
    return value


def resolve_base_url(url: str | None, surface: Surface) -> str:
    return url or os.environ.get(BASE_URL_VARIABLE) or surface.base_url


def _check_download_cap(value: int | None) -> int | None:
    if value is not None and value < 0:
        raise ValueError("max_download_bytes must be >= 0 (or None: no cap)")
    return value


def _strip_slash(url: str) -> str:
    return url.rstrip("/")


def _copy_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    return dict(headers or {})


def _redacted(_: str) -> str:
    return "'<redacted>'"


@attrs.frozen(kw_only=True)
class ClientOptions:
    """A client's settings, as one value: the constructor resolves it (arguments, then the
    environment, then defaults), ``with_options`` evolves it, and the repr prints it with
    the key redacted.

    Args:
        api_key: the API key; defaults to ``$VIMMERSE_API_KEY``.
        base_url: defaults to ``$VIMMERSE_BASE_URL``, then the spec's server.
        timeout: seconds (one number for every phase) or an ``httpx.Timeout``. The default is
            5 s to connect, 600 s to read or write, 10 s to get a pooled connection. Its
            longest phase also bounds each call and each download in all (``_deadline``).
            ``NOT_GIVEN`` with a caller's ``http_client``: that client's own timeout.
        max_retries: how many times a failed request may be retried (default 2; 0 disables).
        default_headers: extra headers for every request.
        allow_insecure_http: send the key over plain ``http://`` to a non-loopback host.
        max_download_bytes: the most bytes one downloaded file may have, counted decoded
            (default 4 GiB, ``_defaults``; None: no cap): past it, ``DownloadTooLargeError``.
    """

    surface: Surface = attrs.field(repr=False, eq=False)  # the generated SDK's manifest
    api_key: str = attrs.field(converter=_resolve_api_key, repr=_redacted)
    base_url: str = attrs.field(converter=_strip_slash)
    timeout: httpx.Timeout | NotGiven = attrs.field(
        default=DEFAULT_TIMEOUT, converter=_coerce_timeout
    )
    max_retries: int = attrs.field(default=DEFAULT_MAX_RETRIES, converter=_check_retries)
    default_headers: Mapping[str, str] = attrs.field(
        factory=dict, converter=_copy_headers, repr=False
    )
    allow_insecure_http: bool = attrs.field(default=False, repr=False)
    max_download_bytes: int | None = attrs.field(
        default=_defaults.MAX_DOWNLOAD_BYTES, converter=_check_download_cap, repr=False
    )

    def __attrs_post_init__(self) -> None:
        # Checked once, here: every API request's URL is base_url + "/" + path, so it goes to
        # this scheme and host (a path, however odd, cannot change the authority).
        try:
            url = httpx.URL(self.base_url)
        except httpx.InvalidURL as exc:  # "http://[::1": not a URL at all
            raise self._bad_base_url(f": {exc}") from None
        if url.scheme not in ("http", "https") or not url.host:
            # Else httpx fails on each request with UnsupportedProtocol: say it here, once.
            raise self._bad_base_url()
        for name, value in self.default_headers.items():
            if name.lower() in SENSITIVE_HEADERS:
                check_key(value, f"The {name} header")
        if url.scheme == "http" and not is_loopback(url.host) and not self.allow_insecure_http:
            raise InsecureTransportError(
                f"Refusing to send the API key over plain http to {url.host}: use https, or "
                "pass allow_insecure_http=True if you really mean it.",
                host=url.host,
            )

    def _bad_base_url(self, why: str = "") -> InvalidBaseURLError:
        return InvalidBaseURLError(
            f"base_url must be an absolute http:// or https:// URL, "
            f"e.g. {self.surface.base_url} (got {self.base_url!r}{why})"
        )

    def headers(self) -> dict[str, str]:
        """What every API request carries (unless the operation overrides a header)."""
        return {
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            self.surface.api_key_header: self.api_key,
            **self.default_headers,
        }
