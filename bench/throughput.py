"""Mock throughput: the stateful mock against Prism on the same operations and load.

Two operations, both with request validation on (Prism validates requests by default;
the mock always does): `GET /asset/{id}` of an existing asset, and a generation
`POST /v2/image/text-2-image` in async mode (the mock stores the job and charges credits).
The load generator (bench.loadgen) runs in its own process with the same concurrency for
both servers; the servers take turns in A-B-B-A order so drift hits both alike.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import httpx

from bench import procs
from bench.report import Row

GOAL_RPS = 3.0
POST_BODY = {"prompt": "a lighthouse at dawn", "async_mode": True}


def _load(server: procs.Server, op: dict[str, Any], sizes: dict[str, float]) -> dict[str, Any]:
    spec = {
        "host": procs.HOST,
        "port": server.port,
        "headers": {**procs.AUTH, "Content-Type": "application/json"},
        "concurrency": int(sizes["concurrency"]),
        "warmup": sizes["warmup"],
        "duration": sizes["duration"],
        **op,
    }
    timeout = sizes["warmup"] + sizes["duration"] + 60
    out: dict[str, Any] = json.loads(
        procs.run_json(["-m", "bench.loadgen", json.dumps(spec)], timeout)
    )
    return out


def run(
    *, sizes: dict[str, float], mock_args: list[str], log_dir: Path
) -> tuple[list[Row], dict[str, Any]]:
    details: dict[str, Any] = {"sizes": sizes, "mock_args": mock_args}
    with (
        tempfile.TemporaryDirectory(prefix="vimmerse-bench-") as tmp,
        procs.start_prism(log_dir) as prism,
        procs.start_mock(Path(tmp), log_dir, *mock_args) as mock,
    ):
        created = httpx.post(
            mock.url + "/v2/image/text-2-image",
            json=POST_BODY,
            headers=procs.AUTH,
            timeout=30,
        )
        created.raise_for_status()
        asset_id = created.json()["id"]
        ops: dict[str, dict[str, Any]] = {
            "GET /asset/{id}": {"method": "GET", "path": f"/asset/{asset_id}", "body": None},
            "POST /v2/image/text-2-image": {
                "method": "POST",
                "path": "/v2/image/text-2-image",
                "body": POST_BODY,
            },
        }
        results: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for name, op in ops.items():
            per = results.setdefault(name, {"mock": [], "prism": []})
            for rep in range(int(sizes["repeats"])):
                order = (("prism", prism), ("mock", mock))
                for label, server in order if rep % 2 == 0 else order[::-1]:
                    per[label].append(_load(server, op, sizes))
    details["runs"] = results
    rows: list[Row] = []
    for name, per in results.items():
        m, p = _combine(per["mock"]), _combine(per["prism"])
        details[name] = {"mock": m, "prism": p}
        ok = _only_2xx(per["mock"]) and _only_2xx(per["prism"])
        note = f"{int(sizes['concurrency'])} connections; " + (
            "all answers 2xx" if ok else f"NON-2xx: mock {m['statuses']} prism {p['statuses']}"
        )
        rows.append(
            Row(
                bench="mock throughput",
                metric=f"{name}: requests/s",
                value=m["rps"],
                unit="req/s",
                baseline_name="Prism",
                baseline=p["rps"],
                goal=f"≥ {GOAL_RPS:.0f}x",
                met=m["rps"] >= GOAL_RPS * p["rps"] and ok,
                note=note,
            )
        )
        for pct in ("p50", "p99"):
            rows.append(
                Row(
                    bench="mock throughput",
                    metric=f"{name}: {pct} latency",
                    value=m[f"{pct}_s"] * 1000,
                    unit="ms",
                    baseline_name="Prism",
                    baseline=p[f"{pct}_s"] * 1000,
                    goal="< Prism" if pct == "p99" else "",
                    met=m["p99_s"] < p["p99_s"] if pct == "p99" else None,
                )
            )
    return rows, details


def _combine(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Mean rps, and the worst p50/p99 of the repeats (the conservative reading)."""
    statuses: dict[str, int] = {}
    for r in runs:
        for k, v in r["statuses"].items():
            statuses[k] = statuses.get(k, 0) + v
    return {
        "rps": sum(r["rps"] for r in runs) / len(runs),
        "p50_s": max(r["p50_s"] for r in runs),
        "p99_s": max(r["p99_s"] for r in runs),
        "statuses": statuses,
        "errors": sum(r["errors"] for r in runs),
    }


def _only_2xx(runs: list[dict[str, Any]]) -> bool:
    return all(
        r["requests"] > 0 and r["errors"] == 0 and all(k.startswith("2") for k in r["statuses"])
        for r in runs
    )
