"""Client overhead: `client.image.text_to_image(...)` against raw httpx posting the same JSON.

Both clients talk to the same fixed-answer server (bench.fixed_server, another process)
over kept-alive loopback connections. Calls are timed one by one in interleaved rounds
(A then B, then B then A, ...) so that drift of the shared machine hits both sides alike;
the figure is the ratio of the medians. Run as `python -m bench.overhead URL ROUNDS PER_ROUND`
(a child process, so the harness's own state does not skew the timings).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

from bench import procs
from bench.report import Row
from bench.stats import median, percentile

PATH = "/v2/image/text-2-image"
PROMPT = "a red fox in the snow"
GOAL = 1.10


def _body() -> dict[str, Any]:
    """Exactly the JSON the SDK sends for the call below."""
    from vimmerse.models.text_to_image_request import TextToImageRequest

    return TextToImageRequest(prompt=PROMPT, async_mode=True).to_dict()


def _interleave(
    a: Callable[[], object], b: Callable[[], object], rounds: int, per_round: int
) -> tuple[list[float], list[float]]:
    times: tuple[list[float], list[float]] = ([], [])
    clock = time.perf_counter
    for r in range(rounds):
        order = ((0, a), (1, b)) if r % 2 == 0 else ((1, b), (0, a))
        for side, fn in order:
            out = times[side]
            for _ in range(per_round):
                t = clock()
                fn()
                out.append(clock() - t)
    return times


async def _ainterleave(
    a: Callable[[], Awaitable[object]],
    b: Callable[[], Awaitable[object]],
    rounds: int,
    per_round: int,
) -> tuple[list[float], list[float]]:
    times: tuple[list[float], list[float]] = ([], [])
    clock = time.perf_counter
    for r in range(rounds):
        order = ((0, a), (1, b)) if r % 2 == 0 else ((1, b), (0, a))
        for side, fn in order:
            out = times[side]
            for _ in range(per_round):
                t = clock()
                await fn()
                out.append(clock() - t)
    return times


def measure_sync(url: str, rounds: int, per_round: int) -> tuple[list[float], list[float]]:
    from vimmerse import Vimmerse

    body = _body()
    headers = procs.AUTH
    with Vimmerse(api_key=procs.API_KEY, base_url=url) as sdk, httpx.Client() as raw:

        def sdk_call() -> object:
            return sdk.image.text_to_image(prompt=PROMPT, async_mode=True)

        def raw_call() -> object:
            response = raw.post(url + PATH, json=body, headers=headers)
            response.raise_for_status()
            return response.json()

        _interleave(sdk_call, raw_call, 2, 50)  # warm-up: connections, imports, caches
        return _interleave(sdk_call, raw_call, rounds, per_round)


async def measure_async(url: str, rounds: int, per_round: int) -> tuple[list[float], list[float]]:
    from vimmerse import AsyncVimmerse

    body = _body()
    headers = procs.AUTH
    async with (
        AsyncVimmerse(api_key=procs.API_KEY, base_url=url) as sdk,
        httpx.AsyncClient() as raw,
    ):

        async def sdk_call() -> object:
            return await sdk.image.text_to_image(prompt=PROMPT, async_mode=True)

        async def raw_call() -> object:
            response = await raw.post(url + PATH, json=body, headers=headers)
            response.raise_for_status()
            return response.json()

        await _ainterleave(sdk_call, raw_call, 2, 50)
        return await _ainterleave(sdk_call, raw_call, rounds, per_round)


def _summary(times: tuple[list[float], list[float]]) -> dict[str, float]:
    sdk, raw = times
    return {
        "calls": len(sdk),
        "sdk_median_s": median(sdk),
        "raw_median_s": median(raw),
        "sdk_p99_s": percentile(sdk, 99),
        "raw_p99_s": percentile(raw, 99),
    }


def child(url: str, rounds: int, per_round: int) -> dict[str, dict[str, float]]:
    return {
        "sync": _summary(measure_sync(url, rounds, per_round)),
        "async": _summary(asyncio.run(measure_async(url, rounds, per_round))),
    }


def run(*, rounds: int, per_round: int, log_dir: Path) -> tuple[list[Row], dict[str, Any]]:
    with procs.start_python("bench.fixed_server", log_dir) as server:
        out = procs.run_json(
            ["-m", "bench.overhead", server.url, str(rounds), str(per_round)], timeout=300
        )
    data: dict[str, dict[str, float]] = json.loads(out)
    rows = []
    for mode, label in (("sync", "Vimmerse"), ("async", "AsyncVimmerse")):
        d = data[mode]
        ratio = d["sdk_median_s"] / d["raw_median_s"]
        rows.append(
            Row(
                bench="client overhead",
                metric=f"{label}.image.text_to_image, median per call",
                value=d["sdk_median_s"] * 1e6,
                unit="µs",
                baseline_name=f"raw httpx.{'Async' if mode == 'async' else ''}Client post+json",
                baseline=d["raw_median_s"] * 1e6,
                goal=f"≤ {GOAL:.2f}x",
                met=ratio <= GOAL,
                note=f"{int(d['calls'])} calls each, interleaved; "
                f"p99 {d['sdk_p99_s'] * 1e6:.0f} vs {d['raw_p99_s'] * 1e6:.0f} µs",
            )
        )
    return rows, data


if __name__ == "__main__":
    print(json.dumps(child(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))))
