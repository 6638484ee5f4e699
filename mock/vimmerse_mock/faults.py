"""Fault injection for resilience tests (all off by default).

Each spec operation draws from a seeded RNG (`seed`) against three rates: `fault_429`,
`fault_503` and `fault_drop`; `latency_ms` delays every spec operation. With
`fault_header` on, a request may also force one fault with `X-Mock-Fault: 429 | 503 |
503-after | drop | drop-after | none`.

A fault strikes before or after the operation runs (`fault_phase`: before, after or
random); 429 always strikes before. How a client tells them apart:

- 429 (before): `Retry-After` header, body `{"message": "TOO_MANY_REQUESTS"}`.
- 503 BEFORE the job is created: `Retry-After` header and body
  `{"message": "NOT_PROCESSED"}`. This is the signal that nothing happened, so even a
  POST is safe to retry.
- 503 AFTER the job was created (and credits charged): body
  `{"message": "SERVICE_UNAVAILABLE"}` and no `Retry-After`; the request took effect.
- dropped connection: the response starts and the connection closes mid-body, so the
  client cannot know whether it took effect (phase decides whether it did).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from starlette.requests import Request

from vimmerse_mock.settings import Settings

HEADER = "x-mock-fault"
NOT_PROCESSED = "NOT_PROCESSED"


@dataclass(frozen=True)
class Fault:
    kind: str  # 429 | 503 | drop
    after: bool  # strikes after the operation ran (the job exists)


class DroppedConnection(Exception):
    """Raised after a response has started, so the server closes the connection."""


_FORCED = {
    "429": Fault("429", after=False),
    "503": Fault("503", after=False),
    "503-after": Fault("503", after=True),
    "drop": Fault("drop", after=False),
    "drop-after": Fault("drop", after=True),
}


class Faults:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.rng = random.Random(settings.seed)

    def pick(self, request: Request) -> Fault | None:
        s = self.settings
        if s.fault_header:
            forced = request.headers.get(HEADER, "").strip().lower()
            if forced == "none":
                return None
            if forced in _FORCED:
                return _FORCED[forced]
        total = s.fault_429 + s.fault_503 + s.fault_drop
        if total <= 0:
            return None
        roll = self.rng.random()
        if roll < s.fault_429:
            return Fault("429", after=False)
        if roll < s.fault_429 + s.fault_503:
            kind = "503"
        elif roll < total:
            kind = "drop"
        else:
            return None
        if s.fault_phase == "after":
            after = True
        elif s.fault_phase == "random":
            after = self.rng.random() < 0.5
        else:
            after = False
        return Fault(kind, after)

    @property
    def latency(self) -> float:
        return max(0.0, self.settings.latency_ms / 1000)
