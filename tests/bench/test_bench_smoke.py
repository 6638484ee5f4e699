"""Smoke run of the benchmark harness: every benchmark yields its rows, each with a ratio.

It checks the harness, never speed: the figures of a tiny run on a shared machine mean
nothing, so no goal is asserted here (`make bench` reports those).
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# The rows each benchmark must produce (metric prefixes), so a dropped row is noticed.
EXPECTED = {
    "regeneration": ["make generate wall time", "determinism"],
    "client overhead": ["Vimmerse.", "AsyncVimmerse."],
    "mock throughput": [
        "GET /asset/{id}: requests/s",
        "GET /asset/{id}: p50",
        "GET /asset/{id}: p99",
        "POST /v2/image/text-2-image: requests/s",
        "POST /v2/image/text-2-image: p50",
        "POST /v2/image/text-2-image: p99",
    ],
    "fan-out (SDK defaults)": [
        "10 jobs",
        "polls per job",
        "peak open sockets",
        "lag end → returned, p50",
        "lag end → returned, p99",
    ],
    "memory": [
        "upload of 8 MiB: client",
        "upload of 8 MiB: mock",
        "download of 8 MiB: client",
        "download of 8 MiB: mock",
    ],
    "testing kit": ["median per test"],
    "recordings": ["a replayed session of"],
    "fan-out CPU": [
        "AsyncVimmerse (defaults): client CPU per request",
        "http_client=DefaultAioHttpClient()",
        "http_client=httpx.AsyncClient()",
    ],
    "transfers": [
        "4 slow downloads in flight: poll lag p99",
        "4 slow downloads: completed",
        "alternating API and CDN: connections per origin",
    ],
    "pacing (6 s and 120 s jobs, one kind)": [
        "6 s jobs: lag end → seen, p99",
        "120 s jobs: lag end → seen, p99",
        "polls per job",
    ],
    "batch": [
        "10 jobs through `vimmerse batch run`: wall time",
        "10 jobs through `vimmerse batch run`: client CPU",
    ],
    "startup": ["`import vimmerse`", "`vimmerse --version`", "`vimmerse --help`"],
    "resilience (20 % faults)": [
        "10 jobs: completed",
        "jobs charged twice",
        "naive retry-any-POST client",
        "errors after submit",
    ],
}


@pytest.fixture(scope="module")
def smoke(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess[str], Path]:
    out = tmp_path_factory.mktemp("bench-results")
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "--smoke", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=280,
    )
    return proc, out


@pytest.mark.timeout(300)
def test_every_row_has_a_numeric_ratio(
    smoke: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    proc, out = smoke
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-5000:]
    rows = json.loads((out / "latest.json").read_text())["rows"]
    for bench, prefixes in EXPECTED.items():
        metrics = [r["metric"] for r in rows if r["bench"] == bench]
        for prefix in prefixes:
            assert any(m.startswith(prefix) for m in metrics), (bench, prefix, metrics)
    for row in rows:
        ratio = row["ratio"]
        assert isinstance(ratio, float) and math.isfinite(ratio), row
    assert {r["bench"] for r in rows} == set(EXPECTED)


@pytest.mark.timeout(300)
def test_the_table_is_printed_and_written(
    smoke: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    proc, out = smoke
    table = (out / "latest.md").read_text()
    assert table.splitlines()[0].startswith("# vimmerse bench (smoke)")
    assert "| benchmark | metric | value | baseline | ratio |" in table
    assert table.strip() in proc.stdout


@pytest.mark.timeout(300)
def test_the_fan_out_is_set_beside_its_measured_floor(
    smoke: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    """The wall and lag rows' baseline is the raw-aiohttp floor, run, not computed."""
    _, out = smoke
    results = json.loads((out / "latest.json").read_text())
    floor = results["details"]["fanout"]["floor"]
    assert floor["runs"] and all(run["completed"] == run["jobs"] for run in floor["runs"])
    rows = [r for r in results["rows"] if r["bench"] == "fan-out (SDK defaults)"]
    wall = next(r for r in rows if "wall time" in r["metric"])
    assert wall["baseline_name"].startswith("raw aiohttp")
    assert wall["baseline"] == floor["worst"]["wall_s"]
