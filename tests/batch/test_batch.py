"""The batch engine against the stateful mock (the testing kit, its virtual clock)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from demo.run import png
from tests.batch.helpers import (
    charges,
    estimate_id,
    manifest,
    operation_id,
    plan,
    prompts,
    run,
    write_jobs,
)
from vimmerse.testing import MockAPI
from vimmerse_core import batch
from vimmerse_core.batch._rows import batchable


def test_dry_run_prices_what_the_mock_then_charges(vimmerse_mock: MockAPI, tmp_path: Path) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", prompts(7, quantities=(1, 2, 3, 4)))
    priced = plan(vimmerse_mock, jobs)
    assert vimmerse_mock.requests(operation_id(vimmerse_mock)) == []  # pricing sends nothing paid
    summary = run(vimmerse_mock, jobs, tmp_path / "out")
    assert summary.outcome is batch.Outcome.DONE
    charged = -sum(e["delta"] for e in charges(vimmerse_mock))
    assert priced.total > 0
    assert charged == priced.total
    assert sum(line["credits"] for line in manifest(tmp_path / "out")) == charged


def test_a_rerun_sends_nothing_again_and_writes_no_file_twice(
    vimmerse_mock: MockAPI, tmp_path: Path
) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", prompts(5, quantities=(2,)))
    out = tmp_path / "out"
    run(vimmerse_mock, jobs, out)
    files = sorted(p.name for p in out.glob("*.png"))
    sent = len(vimmerse_mock.requests(operation_id(vimmerse_mock)))
    summary = run(vimmerse_mock, jobs, out)
    assert summary.outcome is batch.Outcome.DONE
    assert len(vimmerse_mock.requests(operation_id(vimmerse_mock))) == sent == 5
    assert sorted(p.name for p in out.glob("*.png")) == files
    assert len(files) == 10
    assert [line["row"] for line in manifest(out)] == [1, 2, 3, 4, 5]


def test_the_budget_refuses_a_batch_estimated_over_it(
    vimmerse_mock: MockAPI, tmp_path: Path
) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", prompts(3))
    total = plan(vimmerse_mock, jobs).total
    with pytest.raises(batch.BudgetExceeded):
        run(vimmerse_mock, jobs, tmp_path / "out", max_credits=total - 1)
    assert vimmerse_mock.requests(operation_id(vimmerse_mock)) == []


@pytest.mark.parametrize("concurrency", [1, 4])
def test_the_budget_stops_submitting_at_the_job_that_would_pass_it(
    vimmerse_mock: MockAPI, tmp_path: Path, concurrency: int
) -> None:
    """Estimates below the real charge: the batch starts, then stops sending at the row
    whose estimate added to what was charged would pass the budget."""
    rows = 6
    jobs = write_jobs(tmp_path / "jobs.jsonl", prompts(rows))
    price = plan(vimmerse_mock, jobs).total / rows
    low = price - 2
    vimmerse_mock.fail_next(
        estimate_id(vimmerse_mock), 200, {"total_credits": low, "breakdown": {}}, times=rows
    )
    budget = rows * low  # accepted at the start (all estimates are `low`)
    expected = next(k for k in range(rows + 1) if k * price + low > budget)  # jobs sent
    summary = run(
        vimmerse_mock, jobs, tmp_path / "out", max_credits=budget, concurrency=concurrency
    )
    assert summary.outcome is batch.Outcome.BUDGET
    lines = manifest(tmp_path / "out")
    assert [line["status"] for line in lines] == ["success"] * expected + ["skipped"] * (
        rows - expected
    )
    assert len(vimmerse_mock.requests(operation_id(vimmerse_mock))) == expected
    assert -sum(e["delta"] for e in charges(vimmerse_mock)) <= budget


def test_malformed_rows_get_one_line_each_and_nothing_is_sent(
    vimmerse_mock: MockAPI, tmp_path: Path
) -> None:
    good = prompts(2)
    jobs = write_jobs(
        tmp_path / "jobs.jsonl",
        [good[0], {"operation": "no such thing"}, {**good[1], "quantity": 0}, [1, 2]],
    )
    with jobs.open("a") as handle:
        handle.write("{not json\n")
    with pytest.raises(batch.InvalidRows) as caught:
        run(vimmerse_mock, jobs, tmp_path / "out")
    assert [e.row for e in caught.value.errors] == [2, 3, 4, 5]
    assert len(str(caught.value).splitlines()) == 4
    assert vimmerse_mock.requests() == []
    assert not (tmp_path / "out").exists()


def test_a_submit_with_an_unknown_outcome_is_reported_and_not_resent(
    vimmerse_mock: MockAPI, tmp_path: Path
) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", prompts(3))
    out = tmp_path / "out"
    vimmerse_mock.fail_next(operation_id(vimmerse_mock), "drop")
    first = run(vimmerse_mock, jobs, out, concurrency=1)
    assert first.outcome is batch.Outcome.SOME_FAILED
    unknown = [e for e in first.entries if e.state == "unknown"]
    assert [e.row for e in unknown] == [1]
    assert unknown[0].intent_at is not None and unknown[0].fields["prompt"] == "job 0"
    sent = len(vimmerse_mock.requests(operation_id(vimmerse_mock)))
    again = run(vimmerse_mock, jobs, out)
    assert [e.row for e in again.unknown] == [1]
    assert len(vimmerse_mock.requests(operation_id(vimmerse_mock))) == sent
    assert Counter(line["status"] for line in manifest(out)) == {"unknown": 1, "success": 2}
    resent = run(vimmerse_mock, jobs, out, resubmit_unknown=True)
    assert resent.outcome is batch.Outcome.DONE
    assert len(vimmerse_mock.requests(operation_id(vimmerse_mock))) == sent + 1


def test_the_sync_entry_point_runs_the_same_batch(vimmerse_mock: MockAPI, tmp_path: Path) -> None:
    vimmerse_mock.set_duration(operation_id(vimmerse_mock), 0)  # its own client: real time
    jobs = write_jobs(tmp_path / "jobs.jsonl", prompts(3))
    summary = batch.run_sync(vimmerse_mock.client, jobs, tmp_path / "out")
    assert summary.outcome is batch.Outcome.DONE
    assert [line["status"] for line in manifest(tmp_path / "out")] == ["success"] * 3


def test_a_csv_batch_uploads_the_files_its_rows_name(
    vimmerse_mock: MockAPI, tmp_path: Path
) -> None:
    """CSV with one --operation; a field the API takes as a file upload is a path, read
    from the jobs file's folder (the operation is found by its upload field, not its name)."""
    surface = vimmerse_mock.client._surface
    name, op = next(
        (n, o)
        for n, o in batchable(surface).items()
        if o.params
        and all(p.kind == "file" and p.required for p in o.params if p.location == "body")
    )
    field = next(p.api_name for p in op.params if p.kind == "file")
    for i in range(2):
        png(tmp_path / f"in-{i}.png", 8, 8, 10 * i, 100)
    jobs = tmp_path / "jobs.csv"
    jobs.write_text(f"{field}\nin-0.png\nin-1.png\n", encoding="utf-8")
    summary = batch.run_sync(vimmerse_mock.client, jobs, tmp_path / "out", operation=name)
    assert summary.outcome is batch.Outcome.DONE
    assert [line["row"] for line in manifest(tmp_path / "out")] == [2, 3]
    assert len(vimmerse_mock.requests(op.operation_id)) == 2


def test_a_submit_the_api_refused_is_sent_again_by_the_rerun(
    vimmerse_mock: MockAPI, tmp_path: Path
) -> None:
    """A refusal (402 here) started no job: the rerun, once there is credit, sends it."""
    jobs = write_jobs(tmp_path / "jobs.jsonl", prompts(2))
    out = tmp_path / "out"
    vimmerse_mock.set_credits(0)
    first = run(vimmerse_mock, jobs, out)
    assert first.outcome is batch.Outcome.SOME_FAILED
    assert [line["status"] for line in manifest(out)] == ["failed", "failed"]
    vimmerse_mock.set_credits(1000)
    again = run(vimmerse_mock, jobs, out)
    assert again.outcome is batch.Outcome.DONE
    assert len(charges(vimmerse_mock)) == 2


def test_rows_priced_alike_share_one_estimate_call(vimmerse_mock: MockAPI, tmp_path: Path) -> None:
    rows = [{**row, "prompt": "the same"} for row in prompts(6, quantities=(1, 2))]
    jobs = write_jobs(tmp_path / "jobs.jsonl", rows)
    priced = plan(vimmerse_mock, jobs)
    assert len(vimmerse_mock.requests(estimate_id(vimmerse_mock))) == 2  # two quantities
    run(vimmerse_mock, jobs, tmp_path / "out")
    assert -sum(e["delta"] for e in charges(vimmerse_mock)) == priced.total
