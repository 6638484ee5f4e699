"""Polls beside bulk transfers, and connections per origin, of `AsyncVimmerse` at its defaults.

Two scenarios, each in a child process (`python -m bench.transfers SPEC_JSON`):

- ``downloads``: DOWNLOADS slow downloads from a CDN (bench.origin trickling each body over
  some seconds) are started through `client.assets.download`, then JOBS jobs of 1 s are
  submitted to the stateful mock and waited for while they run. The figure is the lag from
  a job's end (its `updated_at`) to `wait()` returning, p99, set beside the same jobs
  waited for with nothing else in flight (the baseline, same run, same client, after a
  first batch from which the client learned how long such jobs take); and how
  many downloads and waits failed (a pool timeout was one, issue 16).
- ``alternate``: ROUNDS rounds of `assets.get` on the API then one result download from
  the CDN, two origins on two servers that count the connections opened to them. The
  baseline is a plain `httpx.AsyncClient` doing the same GETs.

The machine is shared, so each scenario runs REPEATS times and the worst figure is kept.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from bench import procs
from bench.fixed_server import ASSET
from bench.report import Row
from bench.stats import percentile

GOAL_LAG_P99 = 0.1
GOAL_PER_ORIGIN = 2


def _asset(urls: list[str]) -> Any:
    from vimmerse.models.asset import Asset

    return Asset.from_dict({**ASSET, "results": urls})


async def _jobs(client: Any, n: int) -> tuple[list[float], int]:
    """Submit n jobs and wait for them: their lags (s) and how many failed."""

    async def one(i: int) -> float | None:
        try:
            asset = await client.image.text_to_image(prompt=f"transfer {i}", async_mode=True)
            done = await client.assets.wait(asset)
        except Exception:
            return None
        lag: float = time.time() - done.updated_at.timestamp()
        return lag

    out = await asyncio.gather(*(one(i) for i in range(n)))
    lags = [lag for lag in out if lag is not None]
    return lags, n - len(lags)


async def downloads(spec: dict[str, Any]) -> dict[str, Any]:
    from vimmerse import AsyncVimmerse

    query = f"bytes={spec['bytes']}&seconds={spec['seconds']}"
    urls = [f"{spec['cdn']}/files/{i}.png?{query}" for i in range(spec["downloads"])]
    async with AsyncVimmerse(api_key=procs.API_KEY, base_url=spec["api"]) as client:
        await _jobs(client, spec["jobs"])  # the pacer learns how long these jobs take
        base_lags, base_failed = await _jobs(client, spec["jobs"])  # nothing else in flight
        with tempfile.TemporaryDirectory() as tmp:

            async def fetch(url: str) -> bool:
                try:
                    await client.assets.download(_asset([url]), tmp + "/")
                except Exception:
                    return False
                return True

            transfers = [asyncio.ensure_future(fetch(url)) for url in urls]
            await asyncio.sleep(0.2)  # let the downloads take their sockets first
            lags, failed = await _jobs(client, spec["jobs"])
            still = sum(not t.done() for t in transfers)  # in flight when the jobs were done
            done = await asyncio.gather(*transfers)
    return {
        "lag_p99_s": percentile(lags, 99),
        "base_lag_p99_s": percentile(base_lags, 99),
        "jobs_failed": failed + base_failed,
        "downloads_ok": sum(done),
        "downloads_in_flight_at_end": still,
    }


async def alternate(spec: dict[str, Any]) -> dict[str, Any]:
    from vimmerse import AsyncVimmerse

    api, cdn, rounds = spec["api"], spec["cdn"], spec["rounds"]

    async def opened() -> tuple[int, int]:
        async with httpx.AsyncClient() as stats:
            a = (await stats.get(f"{api}/_stats")).json()["connections"]
            c = (await stats.get(f"{cdn}/_stats")).json()["connections"]
        return a, c

    before = await opened()
    with tempfile.TemporaryDirectory() as tmp:
        async with AsyncVimmerse(api_key=procs.API_KEY, base_url=api) as client:
            for i in range(rounds):
                asset = await client.assets.get(str(ASSET["id"]))
                await client.assets.download(_asset([f"{cdn}/files/{i}.png"]), tmp + "/")
                assert asset.id
    middle = await opened()
    async with httpx.AsyncClient() as raw:
        for i in range(rounds):
            (await raw.get(f"{api}/asset/{ASSET['id']}")).raise_for_status()
            (await raw.get(f"{cdn}/files/{i}.png")).raise_for_status()
    after = await opened()
    return {
        "sdk": [m - b for m, b in zip(middle, before, strict=True)],
        "httpx": [a - m for a, m in zip(after, middle, strict=True)],
    }


def _child(argv_spec: dict[str, Any], timeout: float) -> dict[str, Any]:
    out: dict[str, Any] = json.loads(
        procs.run_json(["-m", "bench.transfers", json.dumps(argv_spec)], timeout)
    )
    return out


def run(*, sizes: dict[str, Any], mock_args: list[str], log_dir: Path) -> tuple[list[Row], Any]:
    repeats = sizes["repeats"]
    with (
        tempfile.TemporaryDirectory(prefix="vimmerse-bench-") as tmp,
        procs.start_mock(Path(tmp), log_dir, "--duration", "image=1", *mock_args) as mock,
        procs.start_python("bench.origin", log_dir) as cdn,
        procs.start_python("bench.origin", log_dir) as api,
    ):
        spec = {"api": mock.url, "cdn": cdn.url, **sizes["downloads"]}
        runs = [_child({"scenario": "downloads", **spec}, 300) for _ in range(repeats)]
        alt_spec = {"scenario": "alternate", "api": api.url, "cdn": cdn.url, "rounds": 40}
        alts = [_child({**alt_spec, "rounds": sizes["rounds"]}, 300) for _ in range(repeats)]
    worst = max(runs, key=lambda r: r["lag_p99_s"])
    n, jobs = sizes["downloads"]["downloads"], sizes["downloads"]["jobs"]
    failed = sum(r["jobs_failed"] for r in runs) + sum(n - r["downloads_ok"] for r in runs)
    note = (
        f"{jobs} jobs of 1 s; worst of {repeats}; jobs or downloads failed in all runs: "
        f"{failed}; downloads still in flight when the jobs were done: "
        f"{min(r['downloads_in_flight_at_end'] for r in runs)} (fewest)"
    )
    sdk = max(max(a["sdk"]) for a in alts)
    raw = max(max(a["httpx"]) for a in alts)
    per_origin = f"{sizes['rounds']} rounds; worst of {repeats}; API, CDN: {alts[-1]['sdk']}"
    rows = [
        Row("transfers", f"{n} slow downloads in flight: poll lag p99", worst["lag_p99_s"] * 1000,
            "ms", "the same jobs alone", worst["base_lag_p99_s"] * 1000,
            f"≤ {GOAL_LAG_P99 * 1000:g} ms", worst["lag_p99_s"] <= GOAL_LAG_P99, note),
        Row("transfers", f"{n} slow downloads: completed, with no timeouts",
            min(r["downloads_ok"] for r in runs), "", "started", n, f"{n}, 0 failed",
            failed == 0, note),
        Row("transfers", "alternating API and CDN: connections per origin", sdk, "",
            "plain httpx.AsyncClient", raw, f"≤ {GOAL_PER_ORIGIN}", sdk <= GOAL_PER_ORIGIN,
            per_origin),
    ]  # fmt: skip
    return rows, {"downloads": runs, "alternate": alts}


if __name__ == "__main__":
    spec = json.loads(sys.argv[1])
    scenario = {"downloads": downloads, "alternate": alternate}[spec["scenario"]]
    print(json.dumps(asyncio.run(scenario(spec))))
