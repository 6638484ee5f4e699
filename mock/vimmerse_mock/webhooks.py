"""Completion callbacks: an outbox in SQLite and an async sender.

A job with a `webhook_url` queues its `WebhookPayload` when it is submitted, due at the
job's completion time. The sender (a task on the server's event loop, never on the
request path) leases due rows, POSTs them concurrently, and on failure retries with
exponential backoff (`webhook_backoff`, doubled per attempt) up to `webhook_attempts`
attempts in all.

Why each callback reaches a healthy receiver once, with several workers sharing the
database: every attempt has a total deadline (`webhook_timeout`, however slowly the
receiver trickles its answer), and its lease outlasts that deadline, so a live sender
always records the outcome before anyone else may take the row over; and a lease is
fenced by a token, so a sender that lost its row (it stalled, or was killed and came
back) cannot overwrite what the new holder records. Sends run side by side, at most
`webhook_concurrency` at once and `webhook_per_key` of one key's jobs, so a key whose
receiver hangs holds a few slots, never the ones other keys' callbacks need.

A crash between a receiver's answer and the record of it means a second delivery: every
attempt carries the callback's id in DELIVERY_HEADER, the same each time, for the
receiver to drop what it already has.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
import httpx

from vimmerse_mock.disk import storage_full
from vimmerse_mock.jobs import Clock
from vimmerse_mock.settings import Settings
from vimmerse_mock.store import Store

log = logging.getLogger("vimmerse_mock.webhooks")
DELIVERY_HEADER = "X-Mock-Delivery-Id"


class Sender:
    def __init__(
        self,
        store: Store,
        settings: Settings,
        clock: Clock,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.clock = clock
        self.transport = transport
        self._in_flight = 0
        self._busy: dict[str, int] = {}  # attempts in flight, by key

    @property
    def lease(self) -> float:
        # The deadline plus room for the database write that records the outcome.
        return 2 * self.settings.webhook_timeout + 5

    def _claim(self, limit: int) -> list[dict[str, Any]]:
        return self.store.claim_webhooks(
            self.clock.now(),
            self.lease,
            self.settings.webhook_attempts,
            limit,
            per_owner=max(1, self.settings.webhook_per_key),
            busy=self._busy,
        )

    @asynccontextmanager
    async def _client(self) -> AsyncIterator[httpx.AsyncClient]:
        slots = self.settings.webhook_concurrency
        limits = httpx.Limits(max_connections=slots, max_keepalive_connections=slots)
        async with httpx.AsyncClient(
            timeout=self.settings.webhook_timeout, limits=limits, transport=self.transport
        ) as client:
            yield client

    async def run_once(self) -> int:
        """Send every due callback (up to the concurrency) at once; the attempts made."""
        due = self._claim(self.settings.webhook_concurrency)
        if due:
            async with self._client() as client, anyio.create_task_group() as tasks:
                for row in due:
                    tasks.start_soon(self._send, client, row)
        return len(due)

    async def run_forever(self) -> None:
        async with self._client() as client, anyio.create_task_group() as tasks:
            while True:
                free = self.settings.webhook_concurrency - self._in_flight
                try:
                    due = self._claim(free) if free > 0 else []
                except Exception as exc:  # a busy, full or broken database: try next poll
                    if storage_full(exc):
                        log.warning("webhook sender: the disk is full, callbacks wait")
                    else:
                        log.exception("webhook sender could not claim callbacks")
                    due = []
                for row in due:
                    self._in_flight += 1
                    tasks.start_soon(self._send_counted, client, row)
                await anyio.sleep(self.settings.webhook_poll)

    async def _send_counted(self, client: httpx.AsyncClient, row: dict[str, Any]) -> None:
        try:
            await self._send(client, row)
        finally:
            self._in_flight -= 1

    async def _send(self, client: httpx.AsyncClient, row: dict[str, Any]) -> None:
        owner = str(row.get("owner", ""))
        self._busy[owner] = self._busy.get(owner, 0) + 1
        try:
            await self._attempt(client, row)
        except Exception as exc:  # never let one row end the sender's task group
            if storage_full(exc):  # its lease runs out and it is sent again, same id
                log.warning("webhook %s: the disk is full, outcome not recorded", row["seq"])
            else:
                log.exception("webhook %s: recording the attempt failed", row["seq"])
        finally:
            self._busy[owner] -= 1
            if not self._busy[owner]:
                del self._busy[owner]

    async def _attempt(self, client: httpx.AsyncClient, row: dict[str, Any]) -> None:
        attempts = int(row["attempts"])
        deadline = self.settings.webhook_timeout
        error = ""
        try:
            with anyio.fail_after(deadline):
                # Streamed and never read: only the status matters, whatever the body's size.
                headers = {DELIVERY_HEADER: str(row["delivery"])}
                async with client.stream(
                    "POST", str(row["url"]), json=row["payload"], headers=headers
                ) as answer:
                    status = answer.status_code
            if 200 <= status < 300:
                self._finish(row, "done", self.clock.now())
                return
            error = f"HTTP {status}"
        except TimeoutError:
            error = f"no answer within {deadline:g} s"
        except Exception as exc:  # unreachable host, bad URL, broken answer: all are retried
            error = f"{type(exc).__name__}: {exc}"
        if attempts >= self.settings.webhook_attempts:
            log.warning("webhook %s gave up after %d attempts: %s", row["url"], attempts, error)
            self._finish(row, "failed", self.clock.now(), error)
            return
        delay = self.settings.webhook_backoff * 2 ** (attempts - 1)
        self._finish(row, "pending", self.clock.now() + delay, error)

    def _finish(self, row: dict[str, Any], state: str, due_at: float, error: str = "") -> None:
        if not self.store.finish_webhook(int(row["seq"]), str(row["claim"]), state, due_at, error):
            log.warning("webhook %s: lease lost before the attempt ended", row["seq"])
