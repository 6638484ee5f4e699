"""Which URLs the mock will call back: checked when a job is submitted, answered 400.

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

from vimmerse_mock.context import Ctx, Refused, base_url_of
from vimmerse_mock.guard import hostname, is_loopback

ROLE = "webhook"
SINK = "/_mock/webhook-sink"  # the mock's own receiver (control_routes.py)
ANY_HOST = "*"


def _parts(url: str) -> SplitResult:
    if any(ord(c) < 0x21 or ord(c) == 0x7F or 0xD800 <= ord(c) <= 0xDFFF for c in url):
        raise Refused(400, "WEBHOOK_URL_INVALID")  # spaces, controls, a lone surrogate
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- raises on a port that is not a number in range
    except ValueError:
        raise Refused(400, "WEBHOOK_URL_INVALID") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise Refused(400, "WEBHOOK_URL_SCHEME")
    if "@" in parts.netloc:
        raise Refused(400, "WEBHOOK_URL_USERINFO")
    if not parts.hostname:
        raise Refused(400, "WEBHOOK_URL_INVALID")
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


def check(ctx: Ctx) -> None:
    """Refuse the request's webhook URL (400) if the mock must not call it."""
    found = ctx.op.field_with_role(ROLE)
    url = ctx.body.get(found[0]) if found else None
    if not isinstance(url, str) or not url:
        return
    parts = _parts(url)
    host = str(parts.hostname).lower().rstrip(".")
    if _ambiguous(host):
        raise Refused(400, "WEBHOOK_URL_INVALID")
    settings = ctx.services.settings
    if settings.shared:
        allowed = {h.strip().lower() for h in settings.webhook_hosts.split(",") if h.strip()}
        if ANY_HOST not in allowed and not (is_loopback(host) or host in allowed):
            raise Refused(400, "WEBHOOK_HOST_NOT_ALLOWED")
    if _is_the_mock(ctx, parts, host) and parts.path != SINK:
        raise Refused(400, "WEBHOOK_URL_IS_THE_MOCK")


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
