"""`vimmerse batch run` against a hand-written asyncio loop over the SDK doing the same jobs
(submit, wait, download every result), each a process of its own against one mock, runs
interleaved: wall time and the client process's CPU (user + system, from wait4).

The loop is what a user would write without the batch: a semaphore, `async_mode`, `wait`,
`download`. The batch does more (the journal's commits, the manifest, the live bar,
pricing every row first through the estimate route), which is what the ratio prices.

`python -m bench.batch loop SPEC_JSON` is the baseline's child process.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import procs
from bench.report import Row
from bench.stats import median
from demo.mock_process import vimmerse_command

OPERATION = "image text-to-image"
GOAL = 1.2


def _jobs_file(path: Path, jobs: int) -> Path:
    rows = ({"operation": OPERATION, "prompt": f"bench {i}"} for i in range(jobs))
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


async def _loop(spec: dict[str, Any]) -> None:
    from vimmerse import AsyncVimmerse

    out = Path(spec["out"])
    gate = asyncio.Semaphore(spec["concurrency"])
    async with AsyncVimmerse(api_key=procs.API_KEY, base_url=spec["url"]) as client:

        async def one(prompt: str) -> None:
            async with gate:
                asset = await client.image.text_to_image(prompt=prompt, async_mode=True)
                done = await client.assets.wait(asset)
                await client.assets.download(done, out)

        await asyncio.gather(*(one(f"bench {i}") for i in range(spec["jobs"])))


def _timed(argv: list[str], env: dict[str, str], timeout: float) -> dict[str, float]:
    """Run a child; its wall time and CPU seconds (its own, from wait4)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        argv, env=env, cwd=procs.ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        _, status, usage = os.wait4(process.pid, 0)
    except BaseException:
        process.kill()
        raise
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        err = process.stderr.read().decode() if process.stderr else ""
        raise RuntimeError(f"{argv[:4]} failed ({process.returncode}): {err[-2000:]}")
    if wall > timeout:
        raise RuntimeError(f"{argv[:4]} took {wall:.0f} s, over {timeout:.0f} s")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime}


def _env(url: str) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("VIMMERSE_")}
    return {**clean, "VIMMERSE_BASE_URL": url, "VIMMERSE_API_KEY": procs.API_KEY}


def run(
    *, jobs: int, duration: float, concurrency: int, repeats: int, deadline: float, log_dir: Path
) -> tuple[list[Row], dict[str, Any]]:
    batch: list[dict[str, float]] = []
    loop: list[dict[str, float]] = []
    with (
        tempfile.TemporaryDirectory(prefix="vimmerse-bench-batch-") as tmp,
        procs.start_mock(Path(tmp) / "mock", log_dir, "--duration", f"image={duration}") as mock,
    ):
        env = _env(mock.url)
        jobs_file = _jobs_file(Path(tmp) / "jobs.jsonl", jobs)
        for n in range(repeats):  # interleaved: the machine's load falls on both alike
            spec = {"url": mock.url, "jobs": jobs, "concurrency": concurrency}
            spec["out"] = str(Path(tmp) / f"loop-{n}")
            argv = [sys.executable, "-m", "bench.batch", "loop", json.dumps(spec)]
            loop.append(_timed(argv, env, deadline))
            out = Path(tmp) / f"batch-{n}"
            argv = [*vimmerse_command(), "batch", "run", str(jobs_file), "--out", str(out)]
            batch.append(_timed([*argv, "--concurrency", str(concurrency)], env, deadline))
    details = {"batch": batch, "loop": loop, "jobs": jobs, "concurrency": concurrency}
    rows = []
    for what, unit in (("wall", "s"), ("cpu", "s")):
        value, base = median([b[what] for b in batch]), median([lo[what] for lo in loop])
        spread = [f"{b[what] / lo[what]:.2f}x" for b, lo in zip(batch, loop, strict=True)]
        rows.append(
            Row(
                "batch",
                f"{jobs} jobs through `vimmerse batch run`: {'wall time' if what == 'wall' else 'client CPU'}",
                value,
                unit,
                "asyncio loop over the SDK",
                base,
                goal=f"<= {GOAL}x",
                met=value <= GOAL * base,
                note=f"medians of {repeats}, {concurrency} in flight, jobs of {duration:g} s; "
                f"runs: {', '.join(spread)}",
            )
        )
    return rows, details


if __name__ == "__main__":
    if sys.argv[1:2] == ["loop"]:
        asyncio.run(_loop(json.loads(sys.argv[2])))
