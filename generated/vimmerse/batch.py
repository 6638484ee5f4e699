# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""Batches: many paid jobs from one file, priced first, held to a credit budget, and
resumable after a crash with nothing charged twice (the CLI's ``vimmerse batch``)::

    from vimmerse import AsyncVimmerse, Vimmerse, batch

    summary = await batch.run(AsyncVimmerse(), "jobs.jsonl", "out")   # or
    summary = batch.run_sync(Vimmerse(), "jobs.jsonl", "out")
    plan = await batch.plan(AsyncVimmerse(), "jobs.jsonl")            # prices, sends nothing paid

See the README's "Batches".
"""

from vimmerse_core.batch import (
    DEFAULT_CONCURRENCY,
    JOURNAL,
    MANIFEST,
    Batch,
    BudgetExceeded,
    Entry,
    InvalidRows,
    JournalMismatch,
    Options,
    Outcome,
    Plan,
    Progress,
    Summary,
    load,
    plan,
    run,
    run_sync,
    status,
)

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
