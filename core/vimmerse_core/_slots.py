"""How many requests an async client has in flight, and in which order the rest go.

Per client (and its with_options copies), at most MAX_CONCURRENT_REQUESTS requests are in
flight and MAX_CONCURRENT_DOWNLOADS streamed bodies beside them (see _transport); the
rest queue here, in order (a wait's polls first), not in the HTTP client's pool.
"""

from __future__ import annotations

from collections import deque

import anyio


class Slots:
    """At most ``size`` requests in flight; the rest wait in order, polls ahead of the rest.

    A poll is cheap and someone is waiting on its answer, while a burst of submits can keep
    every slot busy for seconds: served first, polls see a job's end when it happens. A
    release hands its slot straight to the next waiter, so nobody jumps the queue.
    """

    def __init__(self, size: int) -> None:
        self._free = size
        self._waiting: tuple[deque[anyio.Event], deque[anyio.Event]] = (deque(), deque())

    async def acquire(self, *, poll: bool) -> None:
        polls, others = self._waiting
        if self._free and not polls and not others:
            self._free -= 1  # no checkpoint: the request that follows yields soon enough
            return
        turn = anyio.Event()
        queue = polls if poll else others
        queue.append(turn)
        try:
            await turn.wait()
        except BaseException:  # cancelled: give back a slot handed over meanwhile
            if turn.is_set():
                self.release()
            else:
                queue.remove(turn)
            raise

    def release(self) -> None:
        for queue in self._waiting:
            if queue:
                queue.popleft().set()
                return
        self._free += 1
