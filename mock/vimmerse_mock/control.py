"""What a test controls and sees: a virtual clock, injected failures, the request journal
and a webhook receiver.

`vimmerse.testing` calls these objects directly (the mock runs in its process); the same
control is served over HTTP under `/_mock/` (see control_routes.py) for other languages
and the CLI. State here lives in one process: run the mock with one worker to use it.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import anyio

# Credentials a journal never shows, beside the API key's own header (the spec's).
SECRET_HEADERS = frozenset({"authorization", "cookie"})
DROP = "drop"


class VirtualClock:
    """Real time plus an offset that `advance` grows, so a test can skip simulated time.

    `virtual_sleep` makes `sleep` advance the clock instead of waiting: a synchronous
    generation of ten simulated minutes then answers at once, ten minutes later.
    """

    def __init__(self, *, virtual_sleep: bool = False) -> None:
        self.virtual_sleep = virtual_sleep
        self._offset = 0.0
        self._lock = threading.Lock()

    @property
    def offset(self) -> float:
        return self._offset

    def now(self) -> float:
        return time.time() + self._offset

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._offset += max(0.0, seconds)

    def reset(self) -> None:
        with self._lock:
            self._offset = 0.0

    async def sleep(self, seconds: float) -> None:
        if self.virtual_sleep:
            self.advance(seconds)
            await anyio.sleep(0)
        else:
            await anyio.sleep(seconds)


@dataclass
class Injected:
    """A failure queued for the next calls of one operation."""

    status: int | str  # an HTTP status, or "drop" (the connection closes mid-answer)
    body: Any
    times: int


# The API's error bodies by status; other statuses get their reason phrase.
_BODIES: dict[int, Any] = {
    400: {"message": "BAD_REQUEST"},
    401: {"message": "UNAUTHORIZED"},
    402: {"message": "INSUFFICIENT_CREDIT"},
    403: {"message": "FORBIDDEN"},
    404: {"message": "NOT_FOUND"},
    422: {"detail": [{"loc": ["body"], "msg": "Injected by the mock", "type": "value_error"}]},
    429: {"message": "TOO_MANY_REQUESTS"},
    500: {"message": "INTERNAL_ERROR"},
    502: {"message": "BAD_GATEWAY"},
    503: {"message": "SERVICE_UNAVAILABLE"},
}


def default_body(status: int) -> Any:
    return _BODIES.get(status, {"message": f"HTTP_{status}"})


def redact(headers: list[tuple[str, str]], key_header: str) -> dict[str, str]:
    """The headers with every credential's value hidden: `key_header` (the spec's API-key
    header) and SECRET_HEADERS."""
    secret = SECRET_HEADERS | {key_header.lower()}
    return {k: ("<redacted>" if k.lower() in secret else v) for k, v in headers}


class Control:
    """Thread-safe: the kit calls it from the test's thread while the server runs."""

    def __init__(
        self,
        journal_size: int = 10_000,
        describe: Callable[[Any], dict[str, Any]] | None = None,
        journal_bytes: int = 32 * 1024 * 1024,
    ) -> None:
        self._lock = threading.Lock()
        self._size = max(0, journal_size)
        # (seq, operation, status, owner, bytes, what `describe` makes the rest of it from)
        self._journal: deque[tuple[int, str, int | str, str, int, Any]] = deque()
        self._describe = describe or (lambda raw: dict(raw))
        self._described: dict[int, dict[str, Any]] = {}  # entries already read, by seq
        self._failures: dict[str, deque[Injected]] = {}
        # Both are bounded in entries and in bytes: a client chooses how large they are.
        self._bytes_budget = journal_bytes
        self._journal_bytes = 0
        self._deliveries: deque[tuple[int, dict[str, Any]]] = deque()
        self._deliveries_bytes = 0
        self._seq = 0

    @property
    def journaling(self) -> bool:
        return self._size > 0

    def reset(self) -> None:
        with self._lock:
            self._journal.clear()
            self._journal_bytes = 0
            self._described.clear()
            self._failures.clear()
            self._deliveries.clear()
            self._deliveries_bytes = 0

    # ---------------------------------------------------------------- failures
    def fail_next(
        self, operation: str, status: int | str = 500, body: Any = None, times: int = 1
    ) -> None:
        if status != DROP and not (isinstance(status, int) and 100 <= status <= 599):
            raise ValueError(f"status must be an HTTP status or {DROP!r}, not {status!r}")
        if times < 1:
            raise ValueError("times must be at least 1")
        with self._lock:
            self._failures.setdefault(operation, deque()).append(Injected(status, body, times))

    def take_failure(self, operation: str) -> Injected | None:
        with self._lock:
            queue = self._failures.get(operation)
            if not queue:
                return None
            head = queue[0]
            head.times -= 1
            if head.times <= 0:
                queue.popleft()
            return head

    # ---------------------------------------------------------------- journal
    def record(
        self, operation: str, status: int | str, raw: Any, owner: str = "", size: int = 0
    ) -> None:
        """Journal a request of `owner` (its API key, "" if none) that holds about `size`
        bytes; its entry is made from `raw` by `describe`, once, when read."""
        with self._lock:
            self._seq += 1
            journal = self._journal
            journal.append((self._seq, operation, status, owner, size, raw))
            self._journal_bytes += size
            while journal and (
                len(journal) > self._size or self._journal_bytes > self._bytes_budget
            ):
                gone = journal.popleft()
                self._journal_bytes -= gone[4]
                self._described.pop(gone[0], None)

    def requests(
        self, operation: str | None = None, last: int | None = None, owner: str | None = None
    ) -> list[dict[str, Any]]:
        """The journal's entries (of one operation, of one key's requests), oldest first;
        only the ``last`` ones are described when given (the page shows 100 of up to the
        journal's whole length)."""
        with self._lock:
            kept = [
                e
                for e in self._journal
                if (operation is None or e[1] == operation) and (owner is None or e[3] == owner)
            ]
        if last is not None:
            kept = kept[-last:] if last > 0 else []
        out = []
        for seq, op, status, _, _, raw in kept:
            entry = self._described.get(seq)
            if entry is None:  # two readers at once may both make it, alike
                entry = {"seq": seq, **self._describe(raw), "operation": op, "status": status}
                with self._lock:
                    if self._journal and seq >= self._journal[0][0]:  # still kept
                        self._described[seq] = entry
            out.append(entry)
        return out

    # ---------------------------------------------------------------- webhooks received
    def delivered(self, entry: dict[str, Any], size: int) -> None:
        with self._lock:
            self._deliveries.append((size, entry))
            self._deliveries_bytes += size
            while self._deliveries and (
                len(self._deliveries) > max(1, self._size)
                or self._deliveries_bytes > self._bytes_budget
            ):
                self._deliveries_bytes -= self._deliveries.popleft()[0]

    def deliveries(self, customer: str | None = None) -> list[dict[str, Any]]:
        """What the sink received (about one customer's jobs, when given), oldest first."""
        with self._lock:
            kept = [e for _, e in self._deliveries]
        if customer is None:
            return kept
        return [
            e
            for e in kept
            if isinstance(e["json"], dict) and e["json"].get("customer_id") == customer
        ]
