"""Logging for the SDK: the ``vimmerse`` logger, switched on by ``VIMMERSE_LOG=info|debug``.

Secrets never reach a log record: headers are redacted before they are formatted, and a
filter scrubs every registered API key from whatever message gets through anyway.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable, Mapping

logger = logging.getLogger("vimmerse")

REDACTED = "<redacted>"
# Lower case; the API key's header joins when a client reads it from its spec's manifest.
SENSITIVE_HEADERS = {"authorization", "proxy-authorization", "cookie"}

_secrets: set[str] = set()
_lock = threading.Lock()


# Shorter values are not real keys (tests use "k"); scrubbing them would mangle every line.
_MIN_SECRET_LENGTH = 8


def register_sensitive_header(name: str) -> None:
    """A header whose value is redacted wherever headers are shown (the API key's)."""
    SENSITIVE_HEADERS.add(name.lower())  # a set's add is atomic under the GIL


def register_secret(secret: str | None) -> None:
    """Remember a value that must never appear in a log line; its core without surrounding
    whitespace too, which is what shows in a message that escapes the rest (``b'k\\r'``)."""
    for form in {secret, secret.strip()} if secret else ():
        if len(form) >= _MIN_SECRET_LENGTH:
            with _lock:
                _secrets.add(form)


def known_secrets() -> list[str]:
    """Every registered secret, longest first (so no shorter one cuts a longer one short)."""
    with _lock:
        return sorted(_secrets, key=len, reverse=True)


def redact(text: str, secrets: Iterable[str] | None = None) -> str:
    """Replace every known secret in text."""
    for secret in known_secrets() if secrets is None else secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return text


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: (REDACTED if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class RedactingFilter(logging.Filter):
    """Scrubs registered secrets from a record's final message."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _secrets:
            message = record.getMessage()
            cleaned = redact(message)
            if cleaned != message:
                record.msg, record.args = cleaned, None
        return True


_configured = False


def setup_logging() -> None:
    """Honour ``VIMMERSE_LOG`` once per process (idempotent, so every client may call it)."""
    global _configured
    if _configured:
        return
    _configured = True
    if not any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(RedactingFilter())
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(
        os.environ.get("VIMMERSE_LOG", "").strip().lower()
    )
    if level is None:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    handler.addFilter(RedactingFilter())
    logger.addHandler(handler)
    logger.setLevel(level)
