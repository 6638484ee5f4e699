"""What a behaviour sees: the shared services and the request being answered."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from vimmerse_mock import jsonio
from vimmerse_mock.files import Files
from vimmerse_mock.jobs import Clock
from vimmerse_mock.settings import Settings
from vimmerse_mock.spec import Operation, Spec, complete
from vimmerse_mock.store import Store
from vimmerse_mock.validation import Validated


class JSON(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return jsonio.dumps(content)


def message(status: int, text: str, headers: dict[str, str] | None = None) -> JSON:
    """The API's error body for 400/401/402/404 (and the mock's 405/413/429/503)."""
    return JSON({"message": text}, status_code=status, headers=headers)


@functools.lru_cache(maxsize=1024)
def customer_id(key: str) -> str:
    return "cust_" + hashlib.sha256(key.encode()).hexdigest()[:12]


_BASE_URLS: dict[tuple[Any, ...], str] = {}


def base_url_of(request: Request) -> str:
    """Starlette's `request.base_url` without its trailing slash, memoised.

    It depends only on the scheme, the server address, the Host header and the root path,
    and is asked for on nearly every answer (the URLs in `results`).
    """
    scope = request.scope
    host = next((v for k, v in scope["headers"] if k == b"host"), None)
    server = scope.get("server")
    key = (
        scope.get("scheme"),
        None if server is None else tuple(server),
        host,
        scope.get("app_root_path"),
        scope.get("root_path"),
    )
    found = _BASE_URLS.get(key)
    if found is None:
        if len(_BASE_URLS) >= 256:
            _BASE_URLS.clear()  # Host headers are the client's to choose: stay bounded
        found = _BASE_URLS[key] = str(request.base_url).rstrip("/")
    return found


@dataclass
class Services:
    settings: Settings
    spec: Spec
    store: Store
    files: Files
    clock: Clock


@dataclass
class Ctx:
    services: Services
    op: Operation
    request: Request
    args: Validated
    key: str  # "" for an anonymous call

    @property
    def body(self) -> dict[str, Any]:
        return self.args.body if isinstance(self.args.body, dict) else {}

    @property
    def base_url(self) -> str:
        public = self.services.settings.public_url
        return public.rstrip("/") if public else base_url_of(self.request)

    def documented(self, value: Any) -> JSON:
        """A 200 JSON answer of `value`, completed with the documented fields it lacks."""
        return JSON(complete(value, self.op.json_schema(200) or {}))

    def file_url(self, path: str) -> str:
        """The full URL of one of the mock's files, with its capability token."""
        return self.base_url + self.services.files.signed(path)

    @property
    def customer(self) -> str:
        return customer_id(self.key)

    @property
    def username(self) -> str | None:
        value = self.args.headers.get("Username")
        return value if isinstance(value, str) else None


class Refused(Exception):
    """A behaviour's refusal, answered as the API's `{"message": ...}` body."""

    def __init__(self, status: int, text: str) -> None:
        super().__init__(text)
        self.status = status
        self.text = text


def path_id(ctx: Ctx) -> str:
    """The id a by-id route reads: its path parameter, whatever the spec calls it."""
    return str(next(iter(ctx.args.path.values()), ""))
