"""`vimmerse batch` and the single-command CLI's job-id safety, as real processes against
the testing kit's mock."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from tests.batch.helpers import (
    DEADLINE,
    charges,
    manifest,
    operation_id,
    plan,
    prompts,
    settled,
    start,
    vimmerse,
    write_jobs,
)
from vimmerse.testing import MockAPI
from vimmerse_core.cli._exits import Exit
from vimmerse_core.cli._submit import answer_first


def _wait_for(condition: object, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + DEADLINE
    while not condition() and process.poll() is None:  # type: ignore[operator]
        assert time.monotonic() < deadline, "the batch never got there"
        time.sleep(0.005)  # polls the journal for the state the test acts on


def test_dry_run_prints_the_plan_and_sends_nothing_paid(
    vimmerse_mock: MockAPI, tmp_path: Path
) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", prompts(5, quantities=(1, 3)))
    total = plan(vimmerse_mock, jobs).total
    dry = start(vimmerse_mock, jobs, tmp_path / "out", "--dry-run")
    out, err = dry.communicate(timeout=DEADLINE)
    assert dry.returncode == Exit.OK, err
    assert out.splitlines()[-1] == f"total: 5 job(s), {total:g} credits"
    over = start(vimmerse_mock, jobs, tmp_path / "out", "--dry-run", "--max-credits", "1")
    _, err = over.communicate(timeout=DEADLINE)
    assert over.returncode == Exit.BATCH_BUDGET
    assert "over --max-credits" in err
    assert vimmerse_mock.requests(operation_id(vimmerse_mock)) == []


def test_bad_rows_are_one_line_each_exit_2_and_nothing_sent(
    vimmerse_mock: MockAPI, tmp_path: Path
) -> None:
    rows = prompts(3)
    rows[1]["quantity"] = "two"
    rows[2]["unknown_field"] = 1
    jobs = write_jobs(tmp_path / "jobs.jsonl", rows)
    bad = start(vimmerse_mock, jobs, tmp_path / "out")
    _, err = bad.communicate(timeout=DEADLINE)
    assert bad.returncode == Exit.USAGE
    lines = err.splitlines()
    assert [line.split(":")[0] for line in lines[:2]] == ["row 2", "row 3"]
    assert "nothing was sent" in lines[2] and len(lines) == 3
    assert vimmerse_mock.requests() == []


def test_ctrl_c_stops_sending_prints_the_resume_command_and_the_rerun_finishes(
    vimmerse_mock: MockAPI, tmp_path: Path
) -> None:
    vimmerse_mock.set_duration(operation_id(vimmerse_mock), 30)  # still running at Ctrl-C
    jobs = write_jobs(tmp_path / "jobs.jsonl", prompts(8))
    out = tmp_path / "out"
    first = start(vimmerse_mock, jobs, out, "--concurrency", "2")
    _wait_for(lambda: settled(out, "pending", "submitting") >= 2, first)
    first.send_signal(signal.SIGINT)
    _, err = first.communicate(timeout=DEADLINE)
    assert first.returncode == Exit.INTERRUPTED, err
    assert f"resume with `vimmerse batch run {jobs} --out {out}`" in err
    sent = len(vimmerse_mock.requests(operation_id(vimmerse_mock)))
    assert 2 <= sent < 8
    vimmerse_mock.advance(60)  # the jobs sent end
    vimmerse_mock.set_duration(operation_id(vimmerse_mock), 0)
    again = start(vimmerse_mock, jobs, out)
    _, err = again.communicate(timeout=DEADLINE)
    assert again.returncode == Exit.OK, err
    prompts_sent = [r.json["prompt"] for r in vimmerse_mock.requests(operation_id(vimmerse_mock))]
    assert sorted(prompts_sent) == sorted(f"job {i}" for i in range(8))
    assert [line["status"] for line in manifest(out)] == ["success"] * 8
    status = vimmerse(vimmerse_mock, "batch", "status", str(out))
    summary, _ = status.communicate(timeout=DEADLINE)
    assert status.returncode == Exit.OK
    assert summary.startswith("8 row(s): done 8;")


def test_a_download_folder_that_cannot_be_made_is_refused_before_the_job_is_paid(
    vimmerse_mock: MockAPI, tmp_path: Path
) -> None:
    (tmp_path / "file").write_text("not a folder")
    command = vimmerse(
        vimmerse_mock, "image", "text-to-image", "--prompt", "x",
        "--download", str(tmp_path / "file" / "inside"),
    )  # fmt: skip
    _, err = command.communicate(timeout=DEADLINE)
    assert command.returncode == Exit.USAGE, err
    assert vimmerse_mock.requests(operation_id(vimmerse_mock)) == []


def test_a_failure_after_the_submit_names_the_job_and_the_command_that_follows_it(
    vimmerse_mock: MockAPI, tmp_path: Path
) -> None:
    vimmerse_mock.set_duration(operation_id(vimmerse_mock), 0)
    folder = tmp_path / "files"
    with open("/dev/full", "w") as full:  # every write fails: "No space left on device"
        process = vimmerse(
            vimmerse_mock, "image", "text-to-image", "--prompt", "x", "--json",
            "--download", str(folder), stdout=full,
        )  # fmt: skip
    _, err = process.communicate(timeout=DEADLINE)
    [charge] = charges(vimmerse_mock)
    assert process.returncode == Exit.ERROR, err
    assert f"vimmerse assets wait {charge['ref']} --download {folder}" in err
    assert err.strip().splitlines()[-1].startswith("vimmerse: ")


def test_ctrl_c_while_the_request_is_out_waits_for_its_answer() -> None:
    with answer_first() as pressed:
        os.kill(os.getpid(), signal.SIGINT)
        assert pressed == [True]  # held, not raised
        try:
            os.kill(os.getpid(), signal.SIGINT)
        except KeyboardInterrupt:
            pressed.append(False)
    assert pressed == [True, False]  # the second one quits at once
