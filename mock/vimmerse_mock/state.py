"""What the mock's own routes and page read of the running mock.

A protocol, so that they depend on this rather than on app.py (which serves them).
"""

from __future__ import annotations

from typing import Any, Protocol

from starlette.requests import Request

from vimmerse_mock.control import Control
from vimmerse_mock.drift import Drift
from vimmerse_mock.files import Files
from vimmerse_mock.guard import Guard
from vimmerse_mock.jobs import Clock
from vimmerse_mock.settings import Settings
from vimmerse_mock.spec import Spec
from vimmerse_mock.store import Store
from vimmerse_mock.webhooks import Sender


class Mock(Protocol):
    settings: Settings
    spec: Spec
    store: Store
    files: Files
    clock: Clock
    control: Control
    sender: Sender
    drift: Drift | None
    guard: Guard

    def key_of(self, request: Request) -> str: ...

    def reset(self) -> None: ...

    def set_disk_free(self, free: int | None) -> None: ...

    def advance(self, seconds: float) -> None: ...

    def set_duration(self, kind_or_operation: str, seconds: float) -> None: ...

    def fail_next(
        self, operation: str, status: int | str = 500, body: Any = None, times: int = 1
    ) -> None: ...
