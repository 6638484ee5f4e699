"""Start-up: `import vimmerse`, `vimmerse --version` and `vimmerse --help`, each a fresh
process, against `python -c pass` measured in the same rounds (interleaved).

The value is the median CPU time (user + system) of the child: on a shared machine a
process's wall time mostly measures the other processes; the wall-time median is in the
note. Goals (issue 26): 0.25 s for the import, 0.3 s for each command.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.report import Row

GOALS = {"import vimmerse": 0.25, "vimmerse --version": 0.3, "vimmerse --help": 0.3}
BASELINE = "python -c pass"


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("vimmerse")  # the installed console script
    return [str(script)] if script.exists() else [sys.executable, "-m", "vimmerse"]


def commands() -> dict[str, list[str]]:
    return {
        BASELINE: [sys.executable, "-c", "pass"],
        "import vimmerse": [sys.executable, "-c", "import vimmerse"],
        "vimmerse --version": [*_cli(), "--version"],
        "vimmerse --help": [*_cli(), "--help"],
    }


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(argv: list[str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one run; this process runs one child at a time, so
    the children's usage grows by this one's alone."""
    cpu, wall = _children_cpu(), time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return _children_cpu() - cpu, time.perf_counter() - wall


def _spread(values: list[float]) -> str:
    return f"{min(values):.3f}-{max(values):.3f}"


def run(rounds: int = 15) -> tuple[list[Row], dict[str, Any]]:
    argvs = commands()
    for argv in argvs.values():  # warm-up: byte-code compiled, files in the page cache
        measure(argv)
    cpu: dict[str, list[float]] = {name: [] for name in argvs}
    wall: dict[str, list[float]] = {name: [] for name in argvs}
    for _ in range(rounds):
        for name, argv in argvs.items():
            c, w = measure(argv)
            cpu[name].append(c)
            wall[name].append(w)
    base = statistics.median(cpu[BASELINE])
    rows = []
    for name, goal in GOALS.items():
        value = statistics.median(cpu[name])
        rows.append(
            Row(
                "startup",
                f"`{name}`, CPU s (median of {rounds}, interleaved)",
                value,
                "s",
                BASELINE,
                base,
                goal=f"<= {goal} s",
                met=value <= goal,
                note=f"CPU {_spread(cpu[name])} s (baseline {_spread(cpu[BASELINE])}); "
                f"wall median {statistics.median(wall[name]):.3f} s "
                f"(baseline {statistics.median(wall[BASELINE]):.3f})",
            )
        )
    return rows, {"cpu": cpu, "wall": wall, "argv": argvs}
