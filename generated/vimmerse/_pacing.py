"""When to poll a running job: growing pauses, or straight to when the job should end.

A client remembers how long its recent jobs of each kind took (an asset's ``app_name``),
measured by the server's own timestamps. A wait for a job of a kind it has seen sleeps
until the job is expected to end, then polls with growing pauses again. For a batch of
similar jobs that means about one poll each, made when the job has just ended, instead
of a poll at every step of the backoff (``make bench``'s fan-out row); for a kind it has
not seen, the plain backoff applies.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

MAX_POLL_INTERVAL = 20.0
POLL_BACKOFF = 1.5
# Recent durations kept per kind; the estimate is their lower quartile, so that most jobs
# are still running when the expected end comes (a job that ends earlier waits for it).
_KEEP = 32
_QUANTILE = 0.25


class Pacer:
    """How long this client's recent jobs of each kind took. Shared by ``with_options`` copies."""

    def __init__(self) -> None:
        self._durations: dict[str, deque[float]] = {}

    def record(self, kind: str, seconds: float) -> None:
        if seconds >= 0:
            self._durations.setdefault(kind, deque(maxlen=_KEEP)).append(seconds)

    def expected(self, kind: str | None) -> float | None:
        """How long a job of this kind usually takes at least, or None if none was seen."""
        seen = self._durations.get(kind) if kind is not None else None
        if not seen:
            return None
        ordered = sorted(seen)
        return ordered[int(_QUANTILE * (len(ordered) - 1))]


class Schedule:
    """The pauses between one job's polls.

    ``expected`` answers how long the job should take (asked again before every pause, as
    the client learns), and ``started`` the monotonic time when the job began.
    """

    def __init__(
        self,
        poll_interval: float,
        *,
        expected: Callable[[], float | None] = lambda: None,
        started: Callable[[], float | None] = lambda: None,
    ) -> None:
        self._interval = max(poll_interval, 0.0)
        self._expected = expected
        self._started = started
        self._polls = 0  # pauses of the backoff so far (restarted once the expected end passes)
        self._at_end = False  # a pause already ran to the expected end

    def next_delay(self, now: float) -> float:
        expected, started = self._expected(), self._started()
        if expected is not None and started is not None and not self._at_end:
            until_end = started + expected - now
            if until_end > MAX_POLL_INTERVAL:
                return MAX_POLL_INTERVAL
            if until_end > 0:
                self._at_end = True
                self._polls = 0  # after the expected end, back off afresh from poll_interval
                return until_end
        delay = min(MAX_POLL_INTERVAL, self._interval * POLL_BACKOFF**self._polls)
        self._polls += 1
        return delay
