"""The ASGI app a `MockAPI` serves: the stateful mock, a replay or a recorder, switched
per test without restarting the server (starting one loads the spec: about a second)."""

from __future__ import annotations

from typing import Any


class _Served:
    def __init__(self) -> None:
        self.mock: Any = None  # the stateful mock: its lifespan runs the webhook sender
        self.app: Any = None  # what answers calls

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        app = self.mock if scope["type"] == "lifespan" else self.app
        await app(scope, receive, send)
