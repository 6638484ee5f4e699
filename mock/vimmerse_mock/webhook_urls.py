"""Which URLs the mock will call back, decided when a job is submitted.

The job is taken whatever its URL (the spec allows any string, as the API does); a URL
the mock must not call is queued as `refused`, with the reason, and never sent.

The field is the one the spec marks `x-vimmerse-role: webhook`. A URL must be http(s),
with a host and no user info (which would become a Basic header), and no numeric host
in a form only some resolvers read (`0x7f000001`, `2130706433`). It is never the mock
itself, bar its webhook sink: a callback to `/_mock/reset` would wipe every key. In
shared mode (a control key is set) its host must be in `webhook_hosts`, loopback when
that is empty.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import SplitResult, urlsplit

from vimmerse_mock.context import Ctx, base_url_of
from vimmerse_mock.guard import hostname, is_loopback

ROLE = "webhook"
SINK = "/_mock/webhook-sink"  # the mock's own receiver (control_routes.py)
ANY_HOST = "*"


class _Refused(Exception):
    """Why a URL is not called."""


def _parts(url: str) -> SplitResult:
    if any(ord(c) < 0x21 or ord(c) == 0x7F or 0xD800 <= ord(c) <= 0xDFFF for c in url):
        raise _Refused("WEBHOOK_URL_INVALID")  # spaces, controls, a lone surrogate
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- raises on a port that is not a number in range
    except ValueError:
        raise _Refused("WEBHOOK_URL_INVALID") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise _Refused("WEBHOOK_URL_SCHEME")
    if "@" in parts.netloc:
        raise _Refused("WEBHOOK_URL_USERINFO")
    if not parts.hostname:
        raise _Refused("WEBHOOK_URL_INVALID")
    return parts


def _ambiguous(host: str) -> bool:
    """A host that C resolvers read as an IPv4 address but is not written as one."""
    try:
        ipaddress.ip_address(host)
        return False
    except ValueError:
        pass
    try:
        socket.inet_aton(host)
    except OSError:
        return False
    return True


def url_of(ctx: Ctx) -> str | None:
    """The request's webhook URL, if it sent one."""
    url = ctx.op.role_value(ROLE, ctx.body)
    return url if isinstance(url, str) and url else None


def refusal(ctx: Ctx, url: str) -> str:
    """Why the mock must not call `url` ("" if it may)."""
    try:
        _check(ctx, url)
    except _Refused as exc:
        return str(exc)
    return ""


def _check(ctx: Ctx, url: str) -> None:
    parts = _parts(url)
    host = str(parts.hostname).lower().rstrip(".")
    if _ambiguous(host):
        raise _Refused("WEBHOOK_URL_INVALID")
    settings = ctx.services.settings
    if settings.shared:
        allowed = {h.strip().lower() for h in settings.webhook_hosts.split(",") if h.strip()}
        if ANY_HOST not in allowed and not (is_loopback(host) or host in allowed):
            raise _Refused("WEBHOOK_HOST_NOT_ALLOWED")
    if _is_the_mock(ctx, parts, host) and parts.path != SINK:
        raise _Refused("WEBHOOK_URL_IS_THE_MOCK")


def _is_the_mock(ctx: Ctx, parts: SplitResult, host: str) -> bool:
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    ours = urlsplit(ctx.base_url)
    names = {hostname(ours.netloc), hostname(urlsplit(base_url_of(ctx.request)).netloc)}
    server = ctx.request.scope.get("server")
    ports = {ours.port or 80}
    if server:
        names.add(str(server[0]).lower())
        ports.add(int(server[1]))
    return port in ports and (host in names or is_loopback(host) or host in ("0.0.0.0", "::"))
