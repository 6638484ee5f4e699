"""The batch's journal: SQLite beside the results, the one record of what was paid for.

Each row's intent is committed before its paid POST (``submitting``) and its job id right
after (``submitted``); a row found ``submitting`` on the next run was cut off mid-POST, so
its outcome is unknown and it is never sent again unless the caller says so. Every file
is recorded once it is whole under its final name. WAL with synchronous=NORMAL: a commit
survives the process being killed (not the machine losing power, which is the OS's).

Commits cost CPU (a WAL frame each), so what a crash cannot make wrong waits to ride on
the next commit (``later``): a job's end, which a rerun learns again by following the job
(its files are kept by name, never fetched twice), and the estimates, which it asks again.
They are written at the latest after ``LATER_SECONDS`` and when the journal is read or closed.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from pathlib import Path
from typing import Any

import attrs

JOURNAL = "journal.sqlite"
LATER_SECONDS = 1.0  # how stale `vimmerse batch status` may find a running batch's ends

# A row's states; the manifest's `status` is the job's own once it has one.
PENDING, SUBMITTING, SUBMITTED = "pending", "submitting", "submitted"
DONE, FAILED, UNKNOWN, SKIPPED = "done", "failed", "unknown", "skipped"
FINAL = (DONE, FAILED, UNKNOWN, SKIPPED)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rows (
    row INTEGER PRIMARY KEY,
    operation TEXT NOT NULL,
    fields TEXT NOT NULL,
    state TEXT NOT NULL,
    status TEXT,
    job_id TEXT,
    estimate REAL,
    credits REAL,
    error TEXT,
    intent_at REAL
);
CREATE TABLE IF NOT EXISTS files (
    row INTEGER NOT NULL,
    url TEXT NOT NULL,
    path TEXT NOT NULL,
    PRIMARY KEY (row, url)
);
"""
_ADD_FILE = "INSERT OR REPLACE INTO files VALUES (?, ?, ?)"
_SET_ESTIMATE = "UPDATE rows SET estimate = ? WHERE row = ?"


class JournalMismatch(ValueError):
    """The folder holds the journal of another batch (a different jobs file)."""


@attrs.define
class Entry:
    row: int
    operation: str
    fields: dict[str, Any]
    state: str
    status: str | None
    job_id: str | None
    estimate: float | None
    credits: float | None
    error: str | None
    intent_at: float | None
    paths: list[str] = attrs.field(factory=list)

    def manifest(self) -> dict[str, Any]:
        """Its line in manifest.jsonl."""
        status = self.status if self.state in (DONE, FAILED) and self.status else self.state
        return {
            "row": self.row,
            "job_id": self.job_id,
            "status": status,
            "credits": self.credits,
            "paths": self.paths,
            "error": self.error,
        }


def fingerprint(rows: list[tuple[int, str, dict[str, Any]]]) -> str:
    text = json.dumps(rows, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


class Journal:
    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / JOURNAL
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._later: list[tuple[str, tuple[Any, ...]]] = []  # statements a crash may lose
        self._later_since = 0.0

    def close(self) -> None:
        self.flush()
        self._db.close()

    def flush(self) -> None:
        """Commit what waits (``later``) now."""
        if self._later:
            self._commit([])

    def begin(self, rows: list[tuple[int, str, dict[str, Any]]]) -> None:
        """Record the batch's rows, or check they are the ones this journal already holds."""
        mark = fingerprint(rows)
        found = self._db.execute("SELECT value FROM meta WHERE key = 'input'").fetchone()
        if found is not None:
            if found[0] != mark:
                raise JournalMismatch(
                    f"{self.path} belongs to another jobs file: use another --out folder"
                )
            return
        with self._db:
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT INTO rows (row, operation, fields, state) VALUES (?, ?, ?, ?)",
                [(n, op, json.dumps(f), PENDING) for n, op, f in rows],
            )
            self._db.execute("INSERT INTO meta VALUES ('input', ?)", (mark,))

    def recover(self, resubmit_unknown: bool) -> list[Entry]:
        """After a crash: an intent without an id is an unknown outcome; with
        `resubmit_unknown`, every unknown row goes back to the queue. The unknown rows
        are returned (to be reported)."""
        self._db.execute(
            "UPDATE rows SET state = ?, error = 'cut off during its submit' WHERE state = ?",
            (UNKNOWN, SUBMITTING),
        )
        # A submit the API refused, known not to have started a job: send it again.
        self._db.execute(
            "UPDATE rows SET state = ?, error = NULL"
            " WHERE state = ? AND job_id IS NULL AND status IS NULL",
            (PENDING, FAILED),
        )
        # A job followed but not to its end (a wait or download that failed): follow again.
        self._db.execute(
            "UPDATE rows SET state = ?, error = NULL"
            " WHERE state = ? AND job_id IS NOT NULL AND status IS NULL",
            (SUBMITTED, FAILED),
        )
        unknown = self.entries(UNKNOWN)
        if resubmit_unknown:
            self._db.execute(
                "UPDATE rows SET state = ?, error = NULL WHERE state = ?", (PENDING, UNKNOWN)
            )
        return unknown

    def set(
        self, row: int, files: dict[str, str] | None = None, *, later: bool = False, **values: Any
    ) -> None:
        """Commit a row's new values, and the files it wrote, at once; with ``later``, only
        with the next commit (see the module's note: for what a crash cannot make wrong)."""
        names = ", ".join(f"{k} = ?" for k in values)
        statements = [(f"UPDATE rows SET {names} WHERE row = ?", (*values.values(), row))]
        statements += [(_ADD_FILE, (row, url, path)) for url, path in (files or {}).items()]
        if not later:
            self._commit(statements)
            return
        if not self._later:
            self._later_since = time.monotonic()
        self._later += statements
        if time.monotonic() - self._later_since >= LATER_SECONDS:
            self.flush()

    def set_estimates(self, estimates: dict[int, float]) -> None:
        """Every row's price, in one commit (a crash loses only free calls)."""
        self._later += [(_SET_ESTIMATE, (price, row)) for row, price in estimates.items()]
        self.flush()

    def _commit(self, statements: list[tuple[str, tuple[Any, ...]]]) -> None:
        """One transaction: what waits, then these statements."""
        statements, self._later = self._later + statements, []
        if len(statements) == 1:
            self._db.execute(*statements[0])  # autocommit: committed when it returns
            return
        with self._db:
            self._db.execute("BEGIN")
            for sql, args in statements:
                self._db.execute(sql, args)

    def intend(self, row: int) -> float:
        """The intent to submit, committed before the paid POST is sent; its time."""
        now = time.time()
        self.set(row, state=SUBMITTING, intent_at=now)
        return now

    def add_file(self, row: int, url: str, path: Path) -> None:
        self._commit([(_ADD_FILE, (row, url, str(path)))])

    def files(self) -> dict[int, dict[str, str]]:
        """Every row's recorded files (URL -> path), read once when a run starts."""
        self.flush()
        found: dict[int, dict[str, str]] = {}
        for row, url, path in self._db.execute("SELECT row, url, path FROM files ORDER BY rowid"):
            found.setdefault(row, {})[url] = path
        return found

    def entries(self, state: str | None = None) -> list[Entry]:
        """Every row (or those in one state), in order, with the files recorded for it."""
        self.flush()
        where, args = ("WHERE state = ?", (state,)) if state is not None else ("", ())
        paths: dict[int, list[str]] = {}
        for r, path in self._db.execute("SELECT row, path FROM files ORDER BY rowid"):
            paths.setdefault(r, []).append(path)
        return [
            Entry(
                row=r[0],
                operation=r[1],
                fields=json.loads(r[2]),
                state=r[3],
                status=r[4],
                job_id=r[5],
                estimate=r[6],
                credits=r[7],
                error=r[8],
                intent_at=r[9],
                paths=paths.get(r[0], []),
            )
            for r in self._db.execute(
                "SELECT row, operation, fields, state, status, job_id, estimate, credits, "
                f"error, intent_at FROM rows {where} ORDER BY row",
                args,
            )
        ]
