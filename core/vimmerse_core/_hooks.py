"""Clock, sleep and randomness, injectable: the retry, poll and pacing loops read them from
here, so tests (and ``vimmerse.testing``'s virtual clock) can replace them."""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import anyio
import attrs


def _now() -> datetime:
    return datetime.now(UTC)


@attrs.define
class Hooks:
    """Clock, sleep and randomness used by the retry and poll loops. Tests replace them."""

    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = anyio.sleep
    monotonic: Callable[[], float] = time.monotonic
    random: Callable[[], float] = random.random
    now: Callable[[], datetime] = _now
