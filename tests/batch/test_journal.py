"""The journal's commits: what waits for the next commit, and what a crash that lost it
costs the rerun (nothing paid, nothing fetched again)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from tests.batch.helpers import manifest, operation_id, prompts, run, write_jobs
from vimmerse.testing import MockAPI
from vimmerse_core import batch
from vimmerse_core.batch import _journal as J


def _states(out: Path) -> dict[int, str]:
    """The rows' states as another process reads them (committed ones only)."""
    with sqlite3.connect(f"file:{out / batch.JOURNAL}?mode=ro", uri=True) as db:
        return dict(db.execute("SELECT row, state FROM rows").fetchall())


def _journal(out: Path, rows: int) -> J.Journal:
    journal = J.Journal(out)
    journal.begin([(n, "op", {"n": n}) for n in range(1, rows + 1)])
    return journal


def test_a_later_value_rides_on_the_next_commit(tmp_path: Path) -> None:
    journal = _journal(tmp_path, 2)
    journal.set(1, later=True, state=J.DONE)
    assert _states(tmp_path)[1] == J.PENDING  # not yet: no commit of its own
    journal.set(2, state=J.SUBMITTING)  # the next intent carries it
    assert _states(tmp_path) == {1: J.DONE, 2: J.SUBMITTING}
    journal.close()


def test_a_later_value_waits_at_most_its_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [100.0]
    monkeypatch.setattr(time, "monotonic", lambda: now[0])
    journal = _journal(tmp_path, 2)
    journal.set(1, later=True, state=J.DONE)
    now[0] += J.LATER_SECONDS
    journal.set(2, later=True, state=J.DONE)
    assert _states(tmp_path) == {1: J.DONE, 2: J.DONE}
    journal.close()


def test_closing_and_reading_commit_what_waits(tmp_path: Path) -> None:
    journal = _journal(tmp_path, 2)
    journal.set(1, later=True, state=J.DONE)
    assert [e.state for e in journal.entries()] == [J.DONE, J.PENDING]
    journal.set(2, later=True, state=J.DONE)
    journal.close()
    assert _states(tmp_path) == {1: J.DONE, 2: J.DONE}


def test_a_crash_that_lost_the_ends_costs_the_rerun_no_submit_and_no_download(
    vimmerse_mock: MockAPI, tmp_path: Path
) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", prompts(4, quantities=(2,)))
    out = tmp_path / "out"
    first = run(vimmerse_mock, jobs, out)
    assert first.outcome is batch.Outcome.DONE
    on_disk = {p.name: p.stat().st_mtime_ns for p in out.glob("*.png")}
    # What the journal holds when a kill lands before the ends' commit: ids, no ends.
    with sqlite3.connect(out / batch.JOURNAL) as db:
        db.execute("UPDATE rows SET state = ?, status = NULL", (J.SUBMITTED,))
        db.execute("DELETE FROM files")
    sent = len(vimmerse_mock.requests(operation_id(vimmerse_mock)))
    again = run(vimmerse_mock, jobs, out)
    assert again.outcome is batch.Outcome.DONE
    assert len(vimmerse_mock.requests(operation_id(vimmerse_mock))) == sent
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.png")} == on_disk
    assert len(on_disk) == 8
    assert [(m["row"], m["status"], len(m["paths"])) for m in manifest(out)] == [
        (row, first.entries[row - 1].manifest()["status"], 2) for row in range(1, 5)
    ]
