"""A batch killed with SIGKILL at random points, then resumed: every row done exactly
once, no job charged twice, the ledger equal to the manifest, no file written twice.

The batch runs as the real `vimmerse batch run` process against the testing kit's mock
(its jobs made instant: the process does not share the mock's virtual clock).
"""

from __future__ import annotations

import random
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.batch.helpers import (
    DEADLINE,
    charges,
    manifest,
    operation_id,
    prompts,
    settled,
    start,
    write_jobs,
)
from vimmerse.testing import MockAPI

ROWS = 24


def _kill_when(process: subprocess.Popen[str], out: Path, rows: int, lag: float) -> bool:
    """SIGKILL the run `lag` seconds after `rows` rows have left the queue; False if it
    ended first."""
    deadline = time.monotonic() + DEADLINE
    while process.poll() is None and time.monotonic() < deadline:
        if settled(out) >= rows:
            time.sleep(lag)  # where the kill lands: any point of the run, not a sync
            process.send_signal(signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.001)  # polls the journal: the kill point is the condition, not a time
    process.wait(timeout=DEADLINE)
    return False


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_killed_and_resumed_the_batch_charges_each_row_once(
    vimmerse_mock: MockAPI, tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    vimmerse_mock.set_duration(operation_id(vimmerse_mock), 0)
    jobs = write_jobs(tmp_path / "jobs.jsonl", prompts(ROWS, quantities=(1, 2)))
    out = tmp_path / "out"
    kills = 0
    for _ in range(3):  # killed up to three times, each at a random row
        kills += _kill_when(
            start(vimmerse_mock, jobs, out, "--concurrency", "4"),
            out,
            rng.randrange(1, ROWS),
            rng.uniform(0, 0.05),
        )
    final = start(vimmerse_mock, jobs, out)
    _, err = final.communicate(timeout=DEADLINE)
    assert kills > 0
    lines = manifest(out)
    assert [line["row"] for line in lines] == list(range(1, ROWS + 1))
    unknown = [line for line in lines if line["status"] == "unknown"]
    # A kill between the server's answer and the journal's commit leaves an outcome that
    # is unknown: reported (never resent), and charged at most once, like every row.
    assert all(line["status"] in ("success", "unknown") for line in lines), err
    assert final.returncode == (12 if unknown else 0), err
    sent = Counter(r.json["prompt"] for r in vimmerse_mock.requests(operation_id(vimmerse_mock)))
    assert max(sent.values()) == 1
    ledger = charges(vimmerse_mock)
    refs = Counter(e["ref"] for e in ledger)
    assert max(refs.values()) == 1
    done = [line for line in lines if line["status"] == "success"]
    assert {line["job_id"] for line in done} <= set(refs)
    charged_unknown = len(refs) - len(done)
    assert charged_unknown <= len(unknown)
    assert -sum(e["delta"] for e in ledger) == sum(line["credits"] for line in done) + sum(
        -e["delta"] for e in ledger if e["ref"] not in {d["job_id"] for d in done}
    )
    if not unknown:
        assert -sum(e["delta"] for e in ledger) == sum(line["credits"] for line in lines)
    paths = [p for line in lines for p in line["paths"]]
    assert len(paths) == len(set(paths))
    on_disk = sorted(str(p) for p in out.glob("*.png"))
    assert on_disk == sorted(paths)  # no `-1` copies: no file was written twice
