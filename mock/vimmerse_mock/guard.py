"""Who may use the mock's own routes (`/_mock/...`): what lets a team share one mock.

- Host: a web page can point a name it owns at 127.0.0.1 (DNS rebinding) and then call
  the mock as its own origin; its requests carry that name in `Host`. The control routes
  answer only loopback names, the listening address, `public_url`'s host and
  `control_hosts`.
- Origin: a page on another origin can POST `text/plain` with no preflight (CSRF). A
  request whose `Sec-Fetch-Site` is not same-origin, or whose `Origin` is not the host it
  was sent to, is refused.
- The control key: with one set, the routes that touch every key (reset, clock,
  durations, injected failures, the disk fault) and the page need it, in
  `X-Mock-Control-Key` or as an HTTP Basic password (so a browser can open the page).
- Views: a caller with an API key sees its key's jobs, journal and webhooks only; the
  control key (or, with none set, a caller sending no key) sees everyone's.

Both checks apply with no control key too: they guard a developer's own mock from the
pages their browser opens.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import Response

from vimmerse_mock.context import message
from vimmerse_mock.settings import Settings

CONTROL_HEADER = "x-mock-control-key"
LOOPBACK_NAMES = frozenset({"localhost", "localhost.", "ip6-localhost"})
# Sec-Fetch-Site values a browser sends for the mock's own page, or typed in the bar.
_SAME = frozenset({"same-origin", "none"})


@dataclass(frozen=True)
class Viewer:
    everything: bool  # may see (and change) every key's data
    key: str | None  # the caller's API key, when it sent a known one


def hostname(netloc: str) -> str:
    """`host` of `host:port` or `[v6]:port`, lower-cased."""
    host = netloc.rsplit("@", 1)[-1]
    if host.startswith("["):
        return host[1 : host.find("]")].lower() if "]" in host else host.lower()
    return host.rsplit(":", 1)[0].lower() if host.count(":") == 1 else host.lower()


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _names(text: str) -> set[str]:
    return {n.strip().lower() for n in text.split(",") if n.strip()}


class Guard:
    def __init__(self, settings: Settings, key_header: str) -> None:
        self.settings = settings
        self.key_header = key_header
        public = urlsplit(settings.public_url or "").hostname
        self._hosts = _names(settings.control_hosts) | ({public.lower()} if public else set())

    def host_allowed(self, request: Request) -> bool:
        host = request.headers.get("host")
        if host is None:  # HTTP/1.0: no name a rebinding page could have chosen
            return True
        name = hostname(host)
        server = request.scope.get("server")
        listening = server is not None and name == str(server[0]).lower()
        return is_loopback(name) or name in self._hosts or listening

    @staticmethod
    def same_origin(request: Request) -> bool:
        site = request.headers.get("sec-fetch-site")
        if site is not None and site.lower() not in _SAME:
            return False
        origin = request.headers.get("origin")
        if origin is None:
            return True
        return urlsplit(origin).netloc.lower() == request.headers.get("host", "").lower()

    def holds_control_key(self, request: Request) -> bool:
        wanted = self.settings.control_key
        if not wanted:
            return False
        given = request.headers.get(CONTROL_HEADER)
        if given is None:
            given = _basic_password(request.headers.get("authorization", ""))
        return given is not None and hmac.compare_digest(
            given.encode("utf-8", "surrogateescape"), wanted.encode("utf-8", "surrogateescape")
        )

    def viewer(self, request: Request) -> Viewer:
        if self.holds_control_key(request):
            return Viewer(True, None)
        key = request.headers.get(self.key_header, "").strip(" \t")
        if key in self.settings.keys:
            return Viewer(False, key)
        return Viewer(not self.settings.shared, None)

    def refusal(self, request: Request, control: bool) -> Response | None:
        """Why a request to a control route is refused, or None. `control`: the route
        touches every key (a write) or shows everything (the page)."""
        if not self.host_allowed(request):
            return message(403, "UNKNOWN_HOST")
        if not self.same_origin(request):
            return message(403, "CROSS_ORIGIN")
        if control and self.settings.shared and not self.holds_control_key(request):
            return message(
                401, "CONTROL_KEY_REQUIRED", {"WWW-Authenticate": 'Basic realm="vimmerse-mock"'}
            )
        return None


def _basic_password(header: str) -> str | None:
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(token.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return decoded.partition(":")[2]
