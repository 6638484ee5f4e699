"""Shared by the batch tests: jobs files, runs over the testing kit's async client, and
what the mock says it charged."""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import subprocess
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import httpx

from demo.mock_process import vimmerse_command
from vimmerse.testing import MockAPI
from vimmerse_core import batch
from vimmerse_core.batch._price import estimate_of
from vimmerse_core.batch._rows import batchable

OPERATION = "image text-to-image"  # a generation route with an estimate (checked below)
DEADLINE = 60.0  # seconds a CLI run may take before a test gives up on it


def write_jobs(path: Path, rows: Iterable[Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def prompts(n: int, quantities: tuple[int, ...] = (1,)) -> list[dict[str, Any]]:
    return [
        {"operation": OPERATION, "prompt": f"job {i}", "quantity": quantities[i % len(quantities)]}
        for i in range(n)
    ]


def operation_id(api: MockAPI) -> str:
    return batchable(api.client._surface)[OPERATION].operation_id


def estimate_id(api: MockAPI) -> str:
    surface = api.client._surface
    found = estimate_of(surface, batchable(surface)[OPERATION])
    assert found is not None, f"{OPERATION} has no estimate route"
    return found.operation_id


def run(api: MockAPI, jobs: Path, out: Path, **options: Any) -> batch.Summary:
    async def main() -> batch.Summary:
        async with api.async_client() as client:
            return await batch.run(client, jobs, out, options=batch.Options(**options))

    return asyncio.run(main())


def plan(api: MockAPI, jobs: Path) -> batch.Plan:
    async def main() -> batch.Plan:
        async with api.async_client() as client:
            return await batch.plan(client, jobs)

    return asyncio.run(main())


def charges(api: MockAPI) -> list[dict[str, Any]]:
    """The mock's ledger of the key: its charges (negative deltas) only."""
    answer = httpx.get(
        api.base_url + "/_mock/credits",
        headers={api.client._surface.api_key_header: api.api_key},
    )
    answer.raise_for_status()
    return [e for e in answer.json()["ledger"] if e["reason"] == "charge"]


def manifest(out: Path) -> list[dict[str, Any]]:
    lines = (out / batch.MANIFEST).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def vimmerse(api: MockAPI, *args: str, stdout: Any = subprocess.PIPE) -> subprocess.Popen[str]:
    """The `vimmerse` console script as a process, against this mock."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("VIMMERSE_")}
    env = {**clean, "VIMMERSE_BASE_URL": api.base_url, "VIMMERSE_API_KEY": api.api_key}
    return subprocess.Popen(
        [*vimmerse_command(), *args],
        env={**env, "VIMMERSE_POLL_INTERVAL": "0.01"},
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
    )


def start(api: MockAPI, jobs: Path, out: Path, *extra: str) -> subprocess.Popen[str]:
    return vimmerse(api, "batch", "run", str(jobs), "--out", str(out), *extra)


def settled(out: Path, *left: str) -> int:
    """Rows of the journal in no state of `left` (default: queued); 0 before it exists."""
    path = out / batch.JOURNAL
    states = left or ("pending",)
    marks = ", ".join("?" for _ in states)
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            query = f"SELECT count(*) FROM rows WHERE state NOT IN ({marks})"
            (count,) = db.execute(query, states).fetchone()
    except sqlite3.Error:  # created but not yet initialised
        return 0
    return int(count)
