"""Batches: many paid jobs from one file, priced first, held to a budget, resumable.

From Python::

    from vimmerse import batch
    summary = await batch.run(AsyncVimmerse(), "jobs.jsonl", "out")   # or
    summary = batch.run_sync(Vimmerse(), "jobs.jsonl", "out")
    plan = await batch.plan(AsyncVimmerse(), "jobs.jsonl")            # prices, sends nothing paid

The CLI's ``vimmerse batch`` is a thin layer over these.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from .._errors import VimmerseError
from ._engine import DEFAULT_CONCURRENCY, Batch, BudgetExceeded, Options, Outcome, Progress, Summary
from ._journal import JOURNAL, Entry, Journal, JournalMismatch
from ._manifest import MANIFEST
from ._price import Pricer
from ._rows import Row, RowError, read

__all__ = [
    "DEFAULT_CONCURRENCY",
    "JOURNAL",
    "MANIFEST",
    "Batch",
    "BudgetExceeded",
    "Entry",
    "InvalidRows",
    "JournalMismatch",
    "Options",
    "Outcome",
    "Plan",
    "Progress",
    "Summary",
    "load",
    "plan",
    "run",
    "run_sync",
    "status",
]


class InvalidRows(VimmerseError, ValueError):
    """Rows the spec refuses (each with its line number): nothing was sent."""

    def __init__(self, errors: list[RowError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


def load(surface: Any, jobs: str | Path, operation: str | None = None) -> list[Row]:
    """The jobs file's rows, checked against the spec; InvalidRows lists every bad one."""
    found = read(Path(jobs), surface, operation)
    errors = [r for r in found if isinstance(r, RowError)]
    if errors:
        raise InvalidRows(errors)
    return [r for r in found if isinstance(r, Row)]


@attrs.frozen
class Plan:
    jobs: dict[str, int]  # operation -> rows
    credits: dict[str, float]  # operation -> estimated credits
    unpriced: dict[str, int]  # operation -> rows no estimate route prices

    @property
    def total(self) -> float:
        return sum(self.credits.values())


async def plan(
    client: Any,
    jobs: str | Path,
    operation: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> Plan:
    """Check every row and price it through the estimate routes (free calls)."""
    rows = load(client._surface, jobs, operation)
    price = Pricer(client, concurrency)
    prices = await asyncio.gather(*(price(r) for r in rows))
    count: Counter[str] = Counter(r.operation for r in rows)
    credits: dict[str, float] = {op: 0.0 for op in count}
    unpriced: Counter[str] = Counter()
    for row, found in zip(rows, prices, strict=True):
        if found is None:
            unpriced[row.operation] += 1
        else:
            credits[row.operation] += found
    return Plan(dict(count), credits, dict(unpriced))


async def run(
    client: Any,
    jobs: str | Path,
    out: str | Path,
    *,
    operation: str | None = None,
    options: Options | None = None,
    on_change: Callable[[Progress], object] | None = None,
    stop: asyncio.Event | None = None,
) -> Summary:
    """Run (or resume) the batch of `jobs` into the folder `out` with an AsyncVimmerse."""
    path = Path(jobs)
    rows = load(client._surface, path, operation)
    batch = Batch(
        client,
        rows,
        Path(out),
        options,
        on_change=on_change,
        stop=stop,
        files_from=path.parent,
    )
    return await batch.run()


def run_sync(client: Any, jobs: str | Path, out: str | Path, **kwargs: Any) -> Summary:
    """``run`` from synchronous code, with an AsyncVimmerse made from `client`'s settings."""
    settings = client._options

    async def main() -> Summary:
        async with client._surface.client_class("Async")(
            api_key=settings.api_key,
            base_url=settings.base_url,
            max_retries=settings.max_retries,
            default_headers=settings.default_headers,
            allow_insecure_http=settings.allow_insecure_http,
        ) as async_client:
            return await run(async_client, jobs, out, **kwargs)

    return asyncio.run(main())


def status(out: str | Path) -> list[Entry]:
    """Every row of the batch in `out`, as its journal has it (no call to the API)."""
    journal = Journal(Path(out))
    try:
        return journal.entries()
    finally:
        journal.close()
