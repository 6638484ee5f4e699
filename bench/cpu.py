"""Client CPU per request under fan-out: `AsyncVimmerse` against raw aiohttp doing the same.

Each variant runs in a child process of its own (`python -m bench.cpu URL VARIANT N
CONCURRENCY`) against bench.fixed_server: CONCURRENCY tasks send N GETs of one asset in
all, and the figure is the child's CPU time (`time.process_time`) per request, so the
server's and the harness's CPU are left out. The variants:

- ``raw-aiohttp``: one `aiohttp.ClientSession`, `json()` of each answer (the baseline);
- ``sdk``: `AsyncVimmerse()` at its defaults, `client.assets.get(id)`;
- ``sdk-aiohttp`` / ``sdk-httpx``: the same with `http_client=DefaultAioHttpClient()` /
  a plain `httpx.AsyncClient()`, to show what each backend costs.

The machine is shared, so each variant runs three times (interleaved) and the worst is kept.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

from bench import procs
from bench.fixed_server import ASSET
from bench.report import Row

GOAL = 2.0
ASSET_ID = str(ASSET["id"])
VARIANTS = ("raw-aiohttp", "sdk", "sdk-aiohttp", "sdk-httpx")


async def _gather(concurrency: int, n: int, call: Any) -> None:
    left = n

    async def worker() -> None:
        nonlocal left
        while left > 0:
            left -= 1
            await call()

    await asyncio.gather(*(worker() for _ in range(concurrency)))


async def _measure(url: str, variant: str, n: int, concurrency: int) -> float:
    import httpx

    from vimmerse import AsyncVimmerse, DefaultAioHttpClient

    if variant == "raw-aiohttp":
        import aiohttp

        async with aiohttp.ClientSession() as session:

            async def raw() -> object:
                async with session.get(f"{url}/asset/{ASSET_ID}") as response:
                    response.raise_for_status()
                    return await response.json()

            await _gather(concurrency, concurrency * 4, raw)  # warm: connections, imports
            cpu = time.process_time()
            await _gather(concurrency, n, raw)
            return (time.process_time() - cpu) / n
    http: httpx.AsyncClient | None = None
    if variant == "sdk-aiohttp":
        http = DefaultAioHttpClient()
    elif variant == "sdk-httpx":
        http = httpx.AsyncClient()
    async with AsyncVimmerse(api_key=procs.API_KEY, base_url=url, http_client=http) as client:

        async def sdk() -> object:
            return await client.assets.get(ASSET_ID)

        await _gather(concurrency, concurrency * 4, sdk)
        cpu = time.process_time()
        await _gather(concurrency, n, sdk)
        per_request = (time.process_time() - cpu) / n
    if http is not None:
        await http.aclose()
    return per_request


def run(*, requests: int, concurrency: int, repeats: int, log_dir: Path) -> tuple[list[Row], Any]:
    figures: dict[str, list[float]] = {v: [] for v in VARIANTS}
    with procs.start_python("bench.fixed_server", log_dir) as server:
        for _ in range(repeats):
            for variant in VARIANTS:
                argv = ["-m", "bench.cpu", server.url, variant, str(requests), str(concurrency)]
                figures[variant].append(float(procs.run_json(argv, timeout=300)))
    worst = {v: max(f) for v, f in figures.items()}
    base = worst["raw-aiohttp"] * 1e6
    note = f"{concurrency} in flight, {requests} GETs, worst of {repeats}"
    labels = {
        "sdk": "AsyncVimmerse (defaults)",
        "sdk-aiohttp": "http_client=DefaultAioHttpClient()",
        "sdk-httpx": "http_client=httpx.AsyncClient()",
    }
    rows = []
    for variant, label in labels.items():
        value = worst[variant] * 1e6
        goal = variant == "sdk"
        rows.append(
            Row("fan-out CPU", f"{label}: client CPU per request", value, "µs",
                "raw aiohttp", base, f"≤ {GOAL:g}x" if goal else "",
                value / base <= GOAL if goal else None, note)
        )  # fmt: skip
    return rows, {"per_request_s": figures, "requests": requests, "concurrency": concurrency}


if __name__ == "__main__":
    url, variant, n, concurrency = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    print(json.dumps(asyncio.run(_measure(url, variant, n, concurrency))))
