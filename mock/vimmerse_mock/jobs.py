"""Job lifecycle, derived from timestamps.

A job stores when it was submitted, when it completes (`completes_at`) and how it
ends (`outcome`, decided at submission). Its status, progress and results are computed
on every read from the clock, so there is no background worker to keep in step, a
restart loses nothing, and any number of processes see the same state.

Failure on request: a job fails when any string in its request contains the magic
word (`MOCK_FAIL` by default, any case), or by a seeded `failure_rate` draw.
"""

from __future__ import annotations

import functools
import math
import os
import random
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from vimmerse_mock.settings import Settings


class Clock(Protocol):
    def now(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


@dataclass
class FakeClock:
    """A clock that only moves when told to; `sleep` moves it instead of waiting."""

    t: float = 1_750_000_000.0

    def now(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds

    async def sleep(self, seconds: float) -> None:
        self.t += max(0.0, seconds)


def new_id() -> str:
    """A random (version 4) UUID as text, like `str(uuid.uuid4())` at a third of its cost."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# A job's timestamps are fixed and formatted on every read of it: remember the recent ones.
@functools.lru_cache(maxsize=4096)
def iso(ts: float) -> str:
    """Asset timestamps: `2025-05-06T16:35:59.840508+00:00`."""
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="microseconds")


@functools.lru_cache(maxsize=4096)
def spaced(ts: float) -> str:
    """Media timestamps: `2025-04-01 18:57:37.355064+00:00`."""
    return datetime.fromtimestamp(ts, UTC).isoformat(sep=" ", timespec="microseconds")


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def outcome(settings: Settings, job_id: str, request: Any) -> str:
    """`success` or `fail`, decided once when the job is submitted."""
    word = settings.fail_word.lower()
    if word and any(word in s.lower() for s in _strings(request)):
        return "fail"
    if settings.failure_rate > 0:
        # Seeded per job, so a given seed and id always give the same answer in any worker.
        draw = random.Random(f"{settings.seed}:{job_id}").random()
        if draw < settings.failure_rate:
            return "fail"
    return "success"


def status(job: dict[str, Any], now: float) -> str:
    return str(job["outcome"]) if now >= job["completes_at"] else "processing"


def progress(job: dict[str, Any], now: float) -> int:
    """0..100; 100 only once the job is over."""
    if now >= job["completes_at"]:
        return 100
    span = job["completes_at"] - job["submitted_at"]
    done = (now - job["submitted_at"]) / span if span > 0 else 1.0
    return max(0, min(99, math.floor(done * 100)))
