"""The soak's two fault phases (bench/soak.py), each against a one-worker mock of its own.

- A full disk: jobs are submitted while the mock's disk fills (`POST /_mock/disk`, the
  mock's fault: its files and database take no more bytes) and after it has room again.
  Every refused submit must be a 507 that charged nothing, so sending it again is safe;
  a result asked for meanwhile must be a 507 too, then whole once there is room.
- A crash during webhook delivery: callbacks go to a receiver that answers slowly; the
  mock is killed (SIGKILL) while they are in flight and started again on the same data.
  Every callback must arrive, and a callback that arrives twice must carry the same
  delivery id both times (the receiver's way to drop the copy).
"""

from __future__ import annotations

import collections
import os
import signal
import sqlite3
import time
from pathlib import Path
from typing import Any

import httpx

from bench import procs
from bench.fanout import _FloorRoutes
from bench.resilience import charges_by_job
from devtools.receiver import receiver
from vimmerse_mock.disk import TMP_PREFIX
from vimmerse_mock.webhooks import DELIVERY_HEADER

TAG = "soak fault job"
FINAL = ("done", "failed", "refused", "superseded")  # a callback's states that never change
PNG_END = b"IEND\xaeB`\x82"


def _submit(
    client: httpx.Client, routes: _FloorRoutes, index: int, hook: str | None = None
) -> httpx.Response:
    body: dict[str, Any] = {"prompt": f"{TAG} {index}", routes.async_field: True}
    if hook:
        body[_webhook_field()] = hook
    return client.post(routes.submit, json=body, headers=procs.AUTH)


def _webhook_field() -> str:
    """The submit's webhook URL field: the one the spec marks `x-vimmerse-role: webhook`."""
    from vimmerse._client import SURFACE

    ops = {op.python_id: op for op in SURFACE.operations()}
    return next(p.api_name for p in ops["text_to_image"].params if p.role == "webhook")


def _result(client: httpx.Client, routes: _FloorRoutes, job: str) -> str | None:
    doc = client.get(routes.poll.format(job), headers=procs.AUTH).json()
    if doc.get(routes.status) not in routes.done:
        return None
    results = doc.get("results") or []
    return str(results[0]) if results else None


def _disk(client: httpx.Client, free: int | None) -> None:
    client.post("/_mock/disk", json={"free": free}).raise_for_status()


def disk_phase(log_dir: Path, jobs: int = 90) -> dict[str, Any]:
    routes = _FloorRoutes.from_manifest()
    statuses: collections.Counter[int] = collections.Counter()
    refused: list[int] = []
    ids: dict[int, str] = {}
    bad_results = 0
    with procs.start_mock(log_dir / "disk-data", log_dir, "--duration", "image=0") as mock:
        client = httpx.Client(base_url=mock.url, timeout=30)
        for i in range(jobs):
            if i == jobs // 3:
                _disk(client, 0)
                # What a full disk does to a result not yet made: a 507, never a part.
                for job in list(ids.values())[-5:]:
                    url = _result(client, routes, job)
                    if url:
                        statuses[client.get(url).status_code] += 1
            if i == 2 * jobs // 3:
                _disk(client, None)
            answer = _submit(client, routes, i)
            statuses[answer.status_code] += 1
            if answer.status_code == 200:
                ids[i] = answer.json()["id"]
            elif answer.status_code == 507:
                refused.append(i)
        for i in refused:  # a 507 charged nothing: sent again once there is room
            answer = _submit(client, routes, i)
            statuses[answer.status_code] += 1
            if answer.status_code == 200:
                ids[i] = answer.json()["id"]
        for job in ids.values():
            url = _result(client, routes, job)
            got = client.get(url) if url else None
            if got is None or got.status_code != 200 or not got.content.endswith(PNG_END):
                bad_results += 1
        client.close()
        log = mock.log_path.read_text(encoding="utf-8", errors="replace")
    data = log_dir / "disk-data"
    charges = charges_by_job(data / "mock.sqlite3", TAG)
    return {
        "disk_full_507s": statuses[507],
        "disk_5xx_not_507": sum(n for s, n in statuses.items() if s >= 500 and s != 507),
        "disk_jobs_lost": sum(1 for i in range(jobs) if i not in ids),
        "disk_jobs_charged_twice": sum(1 for n in charges.values() if n > 1),
        "disk_results_not_whole": bad_results,
        "disk_temp_files_left": len(list(data.rglob(TMP_PREFIX + "*"))),
        "disk_tracebacks": log.count("Traceback"),
    }


def _outbox(client: httpx.Client) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = client.get("/_mock/webhooks").json()["webhooks"]
    return rows


def crash_phase(log_dir: Path, jobs: int = 100, patience: float = 90.0) -> dict[str, Any]:
    routes = _FloorRoutes.from_manifest()
    data = log_dir / "crash-data"
    args = ("--duration", "image=0", "--webhook-timeout", "2", "--webhook-backoff", "0.2")
    env = {"VIMMERSE_MOCK_WEBHOOK_POLL": "0.1"}
    ids: dict[int, str] = {}
    logs = []
    with receiver(delay=1.0) as slow:
        with procs.start_mock(data, log_dir, *args, env=env) as mock:
            assert mock.process is not None
            with httpx.Client(base_url=mock.url, timeout=30) as client:
                for i in range(jobs):
                    ids[i] = _submit(client, routes, i, slow.url).json()["id"]
            arrived = [slow.next_call(timeout=30)]  # deliveries are under way: crash now
            os.killpg(mock.process.pid, signal.SIGKILL)
            mock.process.wait()
            logs.append(mock.log_path.read_text(encoding="utf-8", errors="replace"))
        with procs.start_mock(data, log_dir, *args, env=env) as mock:
            with httpx.Client(base_url=mock.url, timeout=30) as client:
                end = time.monotonic() + patience
                rows = _outbox(client)
                while time.monotonic() < end and any(r["state"] not in FINAL for r in rows):
                    time.sleep(0.5)
                    rows = _outbox(client)
            logs.append(mock.log_path.read_text(encoding="utf-8", errors="replace"))
        calls = arrived + slow.drain()
    delivery_ids: dict[str, set[str]] = collections.defaultdict(set)
    for call in calls:
        delivery_ids[call["body"]["media_id"]].add(call["headers"][DELIVERY_HEADER.lower()])
    per_job = collections.Counter(call["body"]["media_id"] for call in calls)
    with sqlite3.connect(f"file:{data / 'mock.sqlite3'}?mode=ro", uri=True) as con:
        stored = {r[0] for r in con.execute("SELECT id FROM docs WHERE kind = 'asset'")}
    charges = charges_by_job(data / "mock.sqlite3", TAG)
    return {
        "crash_webhooks_redelivered_same_id": sum(1 for n in per_job.values() if n > 1),
        "crash_webhooks_twice_new_id": sum(1 for s in delivery_ids.values() if len(s) > 1),
        "crash_webhooks_never_delivered": sum(1 for j in ids.values() if j not in per_job),
        "crash_jobs_lost": sum(1 for j in ids.values() if j not in stored),
        "crash_jobs_charged_twice": sum(1 for n in charges.values() if n > 1),
        "crash_tracebacks": sum(log.count("Traceback") for log in logs),
    }
