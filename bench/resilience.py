"""Resilience: the fan-out batch against a mock that injects faults into 20 % of calls.

The mock answers 10 % of calls 503 and drops 10 % of connections mid-answer, each fault
striking before or after the operation ran (`--fault-phase random`: half and half). A 503
before carries `Retry-After` ("not processed"); a fault after means the job exists and was
charged. Per logical job (its prompt carries its index) the mock's ledger, read from its
SQLite file, says how many times it was charged.

Baseline: a naive client (raw httpx) that retries a failed POST up to twice on any error,
run in the same way against the same faults: what the SDK's POST policy is there to avoid.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import httpx

from bench import fanout, procs
from bench.report import Row

FAULTS = ["--fault-503", "0.1", "--fault-drop", "0.1", "--fault-phase", "random", "--seed", "7"]
NAIVE_RETRIES = 2


async def _naive(url: str, jobs: int, tag: str) -> None:
    """Submit every job with a retry-anything loop (the double-charge baseline)."""
    limits = asyncio.Semaphore(100)
    async with httpx.AsyncClient(headers=procs.AUTH, timeout=30) as client:

        async def one(i: int) -> None:
            async with limits:
                for _ in range(1 + NAIVE_RETRIES):
                    try:
                        r = await client.post(
                            url + "/v2/image/text-2-image",
                            json={"prompt": f"{tag} {i}", "async_mode": True},
                        )
                        if r.status_code < 500:
                            return
                    except httpx.HTTPError:
                        pass
                    await asyncio.sleep(0.05)

        await asyncio.gather(*(one(i) for i in range(jobs)))


def charges_by_job(db: Path, tag: str) -> dict[int, int]:
    """How many charges each job index of this tag received, from the mock's ledger."""
    out: dict[int, int] = {}
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        rows = con.execute(
            "SELECT d.doc FROM ledger l JOIN docs d ON d.kind = 'asset' AND d.id = l.ref"
            " WHERE l.reason = 'charge'"
        ).fetchall()
    for (doc,) in rows:
        prompt = str(json.loads(doc).get("args", {}).get("prompt", ""))
        if prompt.startswith(tag + " "):
            index = int(prompt.rsplit(" ", 1)[1])
            out[index] = out.get(index, 0) + 1
    return out


def run(
    *, jobs: int, duration: float, deadline: float, log_dir: Path
) -> tuple[list[Row], dict[str, Any]]:
    with tempfile.TemporaryDirectory(prefix="vimmerse-bench-") as tmp:
        data = Path(tmp)
        args = ["--duration", f"image={duration}", *FAULTS]
        with procs.start_mock(data, log_dir, *args) as mock:
            result = fanout.run_child(mock.url, jobs, None, deadline, tag="sdk job")
            asyncio.run(_naive(mock.url, jobs, "naive job"))
        db = data / "mock.sqlite3"
        sdk_charges = charges_by_job(db, "sdk job")
        naive_charges = charges_by_job(db, "naive job")
    summary = fanout.summarize(result, duration)
    js = result["jobs"]
    twice = sum(1 for n in sdk_charges.values() if n > 1)
    naive_twice = sum(1 for n in naive_charges.values() if n > 1)
    failed = [j for j in js if "error" in j and j["phase"] != "deadline"]
    known = [j for j in failed if j["phase"] == "wait"]  # the caller had the job id
    with_id = sum(1 for j in known if j.get("id_in_error"))
    with_attr = sum(1 for j in known if j.get("id_attr"))
    # Charged, but the caller got an error and no id: the job exists only on the bill.
    orphans = sum(1 for j in js if j.get("phase") == "submit" and sdk_charges.get(j["index"], 0))
    details = {
        "summary": summary,
        "charged_twice": twice,
        "naive_charged_twice": naive_twice,
        "errors_with_known_id": len(known),
        "errors_carrying_id": with_id,
        "errors_with_job_id_attribute": with_attr,
        "orphan_charges": orphans,
        "sample_errors": [
            {k: j.get(k) for k in ("phase", "error", "message", "error_job_id")} for j in failed[:5]
        ],
    }
    share = with_id / len(known) if known else 1.0
    bench = "resilience (20 % faults)"
    rows = [
        Row(bench, f"{jobs} jobs: completed", summary["completed"], "", "jobs submitted", jobs,
            note=fanout._wall_note(summary)),
        # Per job submitted, so the figure stays a ratio even when nothing was charged twice.
        Row(bench, "jobs charged twice", twice, "", "jobs submitted", jobs, "0", twice == 0,
            f"{len(sdk_charges)} jobs charged; {orphans} of them raised at submit (id unknowable)"),
        Row(bench, "naive retry-any-POST client: jobs charged twice", naive_twice, "",
            "jobs submitted", jobs, note="the baseline that the SDK's POST policy avoids"),
        Row(bench, "errors after submit that carry the job id", share * 100, "%",
            "errors with a known id", 100.0, "100 %", share >= 1.0,
            f"{with_id}/{len(known)} in the message, {with_attr} as .job_id; "
            f"{len(failed)} jobs failed in all"),
    ]  # fmt: skip
    return rows, details
