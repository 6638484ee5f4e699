"""When to poll a running job: growing pauses, or straight to when the job should end.

A client remembers how long its recent jobs of each kind took (an asset's ``app_name``),
measured by the server's own timestamps. A wait for a job of a kind it has seen sleeps
until the job is expected to end, then polls with growing pauses again. For a kind it
has not seen, the plain backoff applies, except among async waits for several jobs of
one kind: the oldest job's wait polls at a steady ``poll_interval`` (so that the client
learns soon), and each younger one does not poll at all: it sleeps until the oldest ends
(then it knows how long such jobs take, and polls at its own expected end, or at once if
that has passed) or ``MAX_POLL_INTERVAL`` passes. A batch of similar jobs then costs
about one poll per job, made just as the job ends, instead of a poll at every step of
the backoff (``make bench``'s fan-out row).

What was learned can only shorten the wait, never lengthen it much: no pause is longer than
the job's age so far (nor shorter than ``MIN_CAP`` for that reason), so a job is noticed by
about twice its own duration at worst, however long its kind ran before (a 6 s job after
120 s ones is polled at 1, 2, 4 and 8 s) and however long its elders run.
"""

from __future__ import annotations

import heapq
from collections import Counter, deque
from typing import cast

import anyio

from ._hooks import Hooks

MAX_POLL_INTERVAL = 20.0
POLL_BACKOFF = 1.5
# A pause is at most the job's age (AGE_RATIO times it), but the cap never drops below this:
# jobs of a second or less are then not polled more often than the plain backoff does.
AGE_RATIO = 1.0
MIN_CAP = 1.0
# Recent durations kept per kind; the estimate is their lower quartile, so that most jobs
# are still running when the expected end comes (a job that ends earlier waits for it).
_KEEP = 32
_QUANTILE = 0.25


class Pacer:
    """What a client knows of its jobs' timing. Shared by ``with_options`` copies.

    Per kind: the durations of recent jobs, and the start times of the async waits under
    way (a heap, with departures removed lazily, so the oldest is found in O(log n)).
    """

    def __init__(self) -> None:
        self._durations: dict[str, deque[float]] = {}
        self._starts: dict[str, list[float]] = {}
        self._gone: dict[str, Counter[float]] = {}
        self._count: Counter[str] = Counter()
        self._news: dict[str, anyio.Event] = {}

    def record(self, kind: str, seconds: float) -> None:
        if seconds >= 0:
            self._durations.setdefault(kind, deque(maxlen=_KEEP)).append(seconds)
            self._announce(kind)

    def expected(self, kind: str | None) -> float | None:
        """How long a job of this kind usually takes at least, or None if none was seen."""
        seen = self._durations.get(kind) if kind is not None else None
        if not seen:
            return None
        ordered = sorted(seen)
        return ordered[int(_QUANTILE * (len(ordered) - 1))]

    def join(self, kind: str, started: float) -> None:
        """An async wait for a job of this kind, started then, is under way."""
        heapq.heappush(self._starts.setdefault(kind, []), started)
        self._count[kind] += 1

    def leave(self, kind: str, started: float) -> None:
        self._gone.setdefault(kind, Counter())[started] += 1
        self._count[kind] -= 1
        self._announce(kind)

    def others_waiting(self, kind: str) -> bool:
        """Whether waits for more than one job of this kind are under way."""
        return self._count[kind] > 1

    def older_waiting(self, kind: str, started: float) -> bool:
        """Whether a wait for an older job of this kind is under way."""
        starts, gone = self._starts.get(kind, []), self._gone.get(kind, Counter())
        while starts and gone[starts[0]]:
            gone[heapq.heappop(starts)] -= 1
        return bool(starts) and starts[0] < started

    def news(self, kind: str) -> anyio.Event:
        """Set when a job of this kind ends or stops being awaited (made in the event loop)."""
        event = self._news.get(kind)
        if event is None:
            event = self._news[kind] = anyio.Event()
        return event

    def _announce(self, kind: str) -> None:
        event = self._news.pop(kind, None)
        if event is not None:
            event.set()


class Schedule:
    """The pauses between one job's polls.

    ``start()`` names the job's kind and start (monotonic) once it is first seen. With a
    ``pacer`` the schedule uses what the client learned; ``follow`` lets it sleep while an
    older job of its kind is awaited (async waits only: the sync loop cannot be woken).
    """

    def __init__(
        self, poll_interval: float, *, pacer: Pacer | None = None, follow: bool = False
    ) -> None:
        self._interval = max(poll_interval, 0.0)
        self._pacer = pacer
        self._follow = follow
        self.kind: str | None = None
        self.started: float | None = None
        self._joined = False  # in the pacer's list of waits under way (leave on close)
        self.following = False  # the last pause planned waits for news of an older job
        self._polls = 0  # pauses of the backoff so far (restarted once the expected end passes)
        self._at_end = False  # a pause already ran to the expected end

    def start(self, kind: str | None, started: float, *, running: bool) -> None:
        """The job, first seen: its kind, its start (monotonic), and whether it still runs."""
        self.kind, self.started = kind, started
        if self._follow and self._pacer is not None and kind is not None and running:
            self._pacer.join(kind, started)
            self._joined = True

    def close(self) -> None:
        """The wait is over, however it ended (a following schedule must be closed)."""
        if self._joined and self._pacer is not None and self.kind is not None:
            self._joined = False
            self._pacer.leave(self.kind, cast(float, self.started))

    def next_delay(self, now: float, *, woken: bool = False) -> float:
        """The pause before the next poll. ``woken``: a follower woken by news, not a poll."""
        pacer, kind, started = self._pacer, self.kind, self.started
        self.following = False
        cap = MAX_POLL_INTERVAL
        if started is not None:
            cap = min(cap, max(MIN_CAP, AGE_RATIO * (now - started)))
        if pacer is not None and kind is not None and started is not None:
            expected = pacer.expected(kind)
            if expected is None and self._follow:
                if pacer.older_waiting(kind, started):
                    self.following = True
                    return cap
                if pacer.others_waiting(kind):
                    return min(self._interval, cap)  # the leader: others wait on it
            elif expected is not None and not self._at_end:
                until_end = started + expected - now
                if until_end > cap:
                    return cap
                if until_end > 0 or woken:
                    self._at_end = True
                    self._polls = 0  # after the expected end, back off afresh from poll_interval
                    return max(until_end, 0.0)  # a follower past its end has not polled yet
        # The plain backoff grows by a fixed ratio from poll_interval: no cap needed.
        delay = min(MAX_POLL_INTERVAL, self._interval * POLL_BACKOFF**self._polls)
        self._polls += 1
        return delay

    async def pause(self, delay: float, hooks: Hooks) -> None:
        """Sleep ``delay`` seconds; a follower wakes at news of its kind and plans again."""
        end = hooks.monotonic() + delay
        while self.following and self._pacer is not None and self.kind is not None:
            if not await _sleep_unless(self._pacer.news(self.kind), delay, hooks):
                return
            now = hooks.monotonic()
            delay = min(self.next_delay(now, woken=True), end - now)
        if delay > 0:
            await hooks.async_sleep(delay)


async def _sleep_unless(event: anyio.Event, seconds: float, hooks: Hooks) -> bool:
    """Sleep, or stop early when ``event`` is set: True if it was."""
    if hooks.async_sleep is anyio.sleep:
        # The real clock: a cancel scope's deadline is the sleep. A thousand followers wake
        # together when their leader's job ends, just as their own polls come due; this costs
        # each ~4x less CPU than the task group below (make bench's fan-out lag).
        with anyio.move_on_after(max(seconds, 0.0)):
            await event.wait()
            return True
        return False
    woke = False  # an injected sleep (a virtual clock) must be the one that times out
    async with anyio.create_task_group() as tasks:

        async def watch() -> None:
            nonlocal woke
            await event.wait()
            woke = True
            tasks.cancel_scope.cancel()

        tasks.start_soon(watch)
        await hooks.async_sleep(max(seconds, 0.0))
        tasks.cancel_scope.cancel()
    return woke
