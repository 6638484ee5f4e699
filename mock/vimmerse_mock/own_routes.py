"""The mock's own routes (`/_mock/...`, `/files/...`): one Starlette routing table.

The table only matches; the answer stays the mock's: an unknown path is a 404 and a known
one with another method a 405 with `Allow`, both in the API's `{"message": ...}` body.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match, Route, Router

from vimmerse_mock import control_routes, file_routes
from vimmerse_mock.context import message
from vimmerse_mock.state import Mock

PREFIXES = ("/_mock/", "/files/")


class OwnRoutes:
    def __init__(self, mock: Mock) -> None:
        self.mock = mock
        self.router = Router(routes=[*control_routes.routes(), *file_routes.routes()])

    async def answer(self, request: Request) -> Response:
        scope = dict(request.scope)
        if scope["path"].startswith("/_mock"):
            scope["path"] = scope["path"].rstrip("/") or "/"  # `/_mock/` is the page
        allowed: set[str] = set()
        for route in self.router.routes:
            found, child = route.matches(scope)
            if found is Match.FULL:
                try:
                    response: Response = await child["endpoint"](self.mock, request)
                except control_routes.Bad as exc:
                    return message(400, str(exc))
                return response
            if found is Match.PARTIAL and isinstance(route, Route):
                allowed |= route.methods or set()
        if allowed:
            return message(405, "METHOD_NOT_ALLOWED", {"Allow": ", ".join(sorted(allowed))})
        return message(404, "NOT_FOUND")
