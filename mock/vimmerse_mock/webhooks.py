"""Completion callbacks: an outbox in SQLite and an async sender.

A job with a `webhook_url` queues its `WebhookPayload` when it is submitted, due at the
job's completion time. The sender (a task on the server's event loop, never on the
request path) claims due rows under a lease, so several workers never send one twice,
POSTs them, and on failure retries with exponential backoff (`webhook_backoff`,
doubled per attempt) up to `webhook_attempts` attempts in all.
"""

from __future__ import annotations

import logging

import anyio
import httpx

from vimmerse_mock.jobs import Clock
from vimmerse_mock.settings import Settings
from vimmerse_mock.store import Store

log = logging.getLogger("vimmerse_mock.webhooks")


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

    async def run_once(self) -> int:
        """Send every due callback once; the number of attempts made."""
        now = self.clock.now()
        lease = self.settings.webhook_timeout + 5
        due = self.store.claim_webhooks(now, lease)
        if not due:
            return 0
        async with httpx.AsyncClient(
            timeout=self.settings.webhook_timeout, transport=self.transport
        ) as client:
            for row in due:
                await self._send(client, row)
        return len(due)

    async def _send(self, client: httpx.AsyncClient, row: dict[str, object]) -> None:
        attempts = int(str(row["attempts"])) + 1
        seq = int(str(row["seq"]))
        error = ""
        try:
            response = await client.post(str(row["url"]), json=row["payload"])
            if response.is_success:
                self.store.finish_webhook(seq, "done", attempts, self.clock.now())
                return
            error = f"HTTP {response.status_code}"
        except Exception as exc:  # unreachable host, bad URL, timeout: all are retried
            error = f"{type(exc).__name__}: {exc}"
        if attempts >= self.settings.webhook_attempts:
            log.warning("webhook %s gave up after %d attempts: %s", row["url"], attempts, error)
            self.store.finish_webhook(seq, "failed", attempts, self.clock.now(), error)
            return
        delay = self.settings.webhook_backoff * 2 ** (attempts - 1)
        self.store.finish_webhook(seq, "pending", attempts, self.clock.now() + delay, error)

    async def run_forever(self) -> None:
        while True:
            try:
                await self.run_once()
            except Exception:  # keep sending whatever one bad row or a busy database does
                log.exception("webhook sender pass failed")
            await anyio.sleep(self.settings.webhook_poll)
