"""Error lines that say what the user can act on: a 404 names the kind and the id that
was not found, a refused key says where the key came from."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import attrs

from .._defaults import API_KEY_VARIABLE
from .._errors import (
    AuthenticationError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
)
from ._exits import Exit, Explained, describe


def mock_key() -> str | None:
    """The stateful mock's built-in key (its settings own it), if the mock is installed."""
    try:
        from vimmerse_mock.settings import DEV_KEY
    except ImportError:
        return None
    return DEV_KEY


def key_origin(api_key: str | None) -> str:
    """Where the CLI's key came from: the option, the environment, and whether it is the
    mock's built-in key (which only the mock accepts)."""
    from_env = os.environ.get(API_KEY_VARIABLE)
    origin = "--api-key" if api_key and api_key != from_env else f"${API_KEY_VARIABLE}"
    if (api_key or from_env) == mock_key():
        origin += ", the mock's built-in key, which only the mock accepts"
    return origin


def _headers_hint(headers: Sequence[str], key_header: str) -> str:
    """Why a key typed into a header option (``--authorization "Bearer KEY"``) is not used."""
    if not headers:
        return ""
    one = len(headers) == 1
    return (
        f"; {', '.join(headers)} {'is' if one else 'are'} sent as "
        f"{'a request header' if one else 'request headers'} as typed, never read as the "
        f"key: pass the key with --api-key or ${API_KEY_VARIABLE} (sent as {key_header})"
    )


@attrs.frozen
class Context:
    """What an error line may name: the key the CLI used, the id a command was given (a
    ``kind``'s) and the request-header options the user typed."""

    api_key: str | None
    key_header: str
    kind: str | None = None
    ident: str | None = None
    headers: tuple[str, ...] = ()


@contextmanager
def explained(context: Context) -> Iterator[None]:
    """Run a command; a 404 on the id, a missing or refused key is reraised as one line
    that names what the user can act on."""
    try:
        yield
    except NotFoundError as exc:
        if context.ident is None:
            raise
        what = f"{context.kind} {context.ident!r}" if context.kind else repr(context.ident)
        text = describe(exc).removeprefix("not found: ")
        raise Explained(f"not found: no {what} ({text})", Exit.NOT_FOUND) from exc
    except MissingAPIKeyError as exc:
        hint = _headers_hint(context.headers, context.key_header)
        raise Explained(describe(exc) + hint, Exit.AUTHENTICATION) from exc
    except (AuthenticationError, PermissionDeniedError) as exc:
        origin = key_origin(context.api_key)
        hint = _headers_hint(context.headers, context.key_header)
        raise Explained(f"{describe(exc)} (key from {origin}){hint}", Exit.AUTHENTICATION) from exc
