"""`python -m bench [--smoke] [--only NAME ...]`: run the benchmarks, print the table, and
write it with the JSON details to bench/results/ (gitignored).

`--smoke` runs every benchmark with tiny sizes: it checks that the harness produces every
row with a numeric ratio, not how fast anything is.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import (
    batch,
    cpu,
    fanout,
    kit,
    memory,
    overhead,
    pacing_mix,
    regen,
    replay,
    resilience,
    startup,
    throughput,
    transfers,
)
from bench.report import RESULTS, Row, write

GiB = 2**30

FULL: dict[str, Any] = {
    "regen_repeats": 3,
    "overhead": {"rounds": 30, "per_round": 100},
    "throughput": {"concurrency": 32, "warmup": 1.0, "duration": 5.0, "repeats": 2},
    "jobs": 1000,
    "job_duration": 1.0,
    "poll_intervals": [None, 0.25],
    # 10x the goal: past it the run is stopped and reported as such, so `make bench` ends.
    "deadline": 30.0,
    "memory_size": GiB,
    "kit_repeats": 3,
    "replay_jobs": 100,
    "repeats": 3,  # noisy rows: the worst of three
    "cpu": {"requests": 2000, "concurrency": 64},
    "transfers": {
        "downloads": {"downloads": 64, "jobs": 50, "bytes": 256 * 1024, "seconds": 4.0},
        "rounds": 40,
    },
    "pacing_jobs": 200,
    "batch": {"jobs": 1000, "duration": 0.5, "concurrency": 64, "repeats": 5},
    "startup_rounds": 15,
}
SMOKE: dict[str, Any] = {
    "regen_repeats": 2,
    "overhead": {"rounds": 2, "per_round": 10},
    "throughput": {"concurrency": 4, "warmup": 0.2, "duration": 0.5, "repeats": 1},
    "jobs": 10,
    "job_duration": 0.2,
    "poll_intervals": [None],
    "deadline": 60.0,
    "memory_size": 8 * 2**20,
    "kit_repeats": 1,
    "replay_jobs": 5,
    "repeats": 1,
    "cpu": {"requests": 200, "concurrency": 8},
    "transfers": {
        "downloads": {"downloads": 4, "jobs": 4, "bytes": 4096, "seconds": 0.5},
        "rounds": 4,
    },
    "pacing_jobs": 10,
    "batch": {"jobs": 10, "duration": 0.1, "concurrency": 4, "repeats": 1},
    "startup_rounds": 2,
}
Bench = Callable[[dict[str, Any], Path], tuple[list[Row], dict[str, Any]]]

BENCHES: dict[str, Bench] = {
    "regen": lambda s, logs: regen.run(repeats=s["regen_repeats"]),
    "overhead": lambda s, logs: overhead.run(**s["overhead"], log_dir=logs),
    "throughput": lambda s, logs: throughput.run(
        sizes=s["throughput"], mock_args=s["mock_args"], log_dir=logs
    ),
    "fanout": lambda s, logs: fanout.run(
        jobs=s["jobs"],
        duration=s["job_duration"],
        poll_intervals=s["poll_intervals"],
        deadline=s["deadline"],
        mock_args=s["mock_args"],
        log_dir=logs,
        repeats=s["repeats"],
    ),
    "cpu": lambda s, logs: cpu.run(**s["cpu"], repeats=s["repeats"], log_dir=logs),
    "transfers": lambda s, logs: transfers.run(
        sizes={**s["transfers"], "repeats": s["repeats"]}, mock_args=s["mock_args"], log_dir=logs
    ),
    "pacing": lambda s, logs: pacing_mix.run(jobs=s["pacing_jobs"]),
    "memory": lambda s, logs: memory.run(size=s["memory_size"], log_dir=logs),
    "kit": lambda s, logs: kit.run(repeats=s["kit_repeats"]),
    "replay": lambda s, logs: replay.run(jobs=s["replay_jobs"], repeats=s["repeats"]),
    "batch": lambda s, logs: batch.run(**s["batch"], deadline=s["deadline"] * 10, log_dir=logs),
    "startup": lambda s, logs: startup.run(rounds=s["startup_rounds"]),
    "resilience": lambda s, logs: resilience.run(
        jobs=s["jobs"], duration=s["job_duration"], deadline=s["deadline"], log_dir=logs
    ),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny sizes: check the harness only")
    parser.add_argument("--only", nargs="+", choices=list(BENCHES), help="run only these")
    parser.add_argument("--out", type=Path, default=RESULTS, help="results folder")
    parser.add_argument("--mock-workers", type=int, default=1, help="uvicorn workers of the mock")
    args = parser.parse_args(argv)
    sizes = {**(SMOKE if args.smoke else FULL), "mock_args": ["--workers", str(args.mock_workers)]}
    logs = args.out / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    details: dict[str, Any] = {"sizes": sizes}
    failed = False
    for name in args.only or list(BENCHES):
        started = time.monotonic()
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        try:
            new_rows, details[name] = BENCHES[name](sizes, logs)
        except Exception as exc:
            # One broken benchmark must not hide the others' figures.
            failed = True
            traceback.print_exc()
            details[name] = {"error": repr(exc)}
            new_rows = [Row(name, "FAILED", math.nan, "", "", math.nan, note=repr(exc)[:200])]
        rows += new_rows
        details[name + "_seconds"] = time.monotonic() - started
        print(f"bench: {name} done in {details[name + '_seconds']:.0f} s", file=sys.stderr)
    path = write(rows, details, args.out, smoke=args.smoke)
    print(path.read_text(encoding="utf-8"))
    print(f"(written to {path.parent})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
