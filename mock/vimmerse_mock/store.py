"""SQLite state: assets, media, uploads, credit ledger and the webhook outbox.

One connection per process, WAL mode and short `BEGIN IMMEDIATE` transactions, so
several uvicorn workers (processes) can share one database file. Commits are not synced
to disk (see `Store.__init__`): the state survives a restart of the mock, not a power cut. Job state is stored
as timestamps and derived on read (see jobs.py), so nothing needs a background writer.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from vimmerse_mock import jsonio

T = TypeVar("T")
Work = Callable[[sqlite3.Connection], Any]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    kind TEXT NOT NULL,          -- asset | media | upload
    id TEXT NOT NULL,
    owner TEXT NOT NULL,         -- the API key that created it
    doc TEXT NOT NULL,           -- JSON
    PRIMARY KEY (kind, id)
);
CREATE TABLE IF NOT EXISTS accounts (
    key TEXT PRIMARY KEY,
    balance INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS ledger (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL,
    delta INTEGER NOT NULL,
    reason TEXT NOT NULL,
    ref TEXT NOT NULL,
    at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS webhooks (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    ref TEXT NOT NULL,           -- job id the callback is about
    url TEXT NOT NULL,
    payload TEXT NOT NULL,       -- JSON
    due_at REAL NOT NULL,        -- when the next attempt may start
    attempts INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'pending',  -- pending|sending|done|failed|superseded|refused
    lease_until REAL NOT NULL DEFAULT 0,    -- a 'sending' row whose lease ran out is retried
    last_error TEXT NOT NULL DEFAULT '',
    claim TEXT NOT NULL DEFAULT '',         -- the current lease's token: only it may finish
    owner TEXT NOT NULL DEFAULT '',         -- the API key whose job it is
    delivery TEXT NOT NULL DEFAULT ''       -- its id, the same on every attempt
);
CREATE INDEX IF NOT EXISTS webhooks_due ON webhooks (state, due_at);
CREATE TABLE IF NOT EXISTS meta (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""
# Columns added since the first databases: (name, declaration).
_ADDED = (
    ("claim", "TEXT NOT NULL DEFAULT ''"),
    ("owner", "TEXT NOT NULL DEFAULT ''"),
    ("delivery", "TEXT NOT NULL DEFAULT ''"),
)
_MAX_PAGES = 4294967294  # SQLite's own ceiling: what `limit_growth(None)` restores


MAX_AMOUNT = 2**62  # prices past SQLite's 64-bit integers (e.g. a 1e308 s video)


_dumps = jsonio.dumps_text


class Store:
    def __init__(self, path: str) -> None:
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves.
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
        self._lock = threading.RLock()
        # Writes waiting for their event loop's next turn, per loop (see `write`).
        self._batches: dict[asyncio.AbstractEventLoop, list[tuple[Work, asyncio.Future[Any]]]] = {}
        with self._lock:
            self._db.execute("PRAGMA busy_timeout = 10000")
            if path != ":memory:":
                self._db.execute("PRAGMA journal_mode = WAL")
                # No fsync, not even at checkpoints: a commit is in the OS's hands when the
                # answer goes out, so a killed or restarted mock loses nothing; only a crash of
                # the machine itself could. At NORMAL, the checkpoints' fsyncs cost the mock
                # ~40 % of a generation request's database time and stall every request
                # queued behind them (make bench: POST p99).
                self._db.execute("PRAGMA synchronous = OFF")
            self._db.executescript(_SCHEMA)
            columns = {r[1] for r in self._db.execute("PRAGMA table_info(webhooks)")}
            for name, declaration in _ADDED:  # a database from before they were added
                if name not in columns:
                    self._db.execute(f"ALTER TABLE webhooks ADD COLUMN {name} {declaration}")

    def secret(self) -> bytes:
        """This mock's secret (made once, shared by its workers and kept over restarts)."""
        with self.tx() as db:
            db.execute(
                "INSERT OR IGNORE INTO meta (name, value) VALUES ('secret', ?)",
                (secrets.token_hex(32),),
            )
            row = db.execute("SELECT value FROM meta WHERE name = 'secret'").fetchone()
        return bytes.fromhex(row[0])

    def limit_growth(self, free: int | None) -> None:
        """A fault: let the database grow by only `free` more bytes (None: lift it). Past
        that, writes fail as on a full disk ("database or disk is full")."""
        with self._lock:
            pages = _MAX_PAGES
            if free is not None:
                size = self._db.execute("PRAGMA page_size").fetchone()[0]
                used = self._db.execute("PRAGMA page_count").fetchone()[0]
                pages = used + free // size
            self._db.execute(f"PRAGMA max_page_count = {int(pages)}")  # an int: no injection

    def reset(self) -> None:
        """Forget everything: a test's fresh start without a restart."""
        with self.tx() as db:
            for table in ("docs", "accounts", "ledger", "webhooks"):
                db.execute(f"DELETE FROM {table}")  # fixed table names

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """A short write transaction; the write lock is taken up front."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                if self._db.in_transaction:  # a full disk may have rolled it back already
                    self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    async def write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run `work` in a write transaction and return what it returns once committed.

        Group commit: the writes made in one turn of the event loop share one transaction
        (BEGIN IMMEDIATE ... COMMIT was ~40 % of a generation request's database time, and
        more under load). Each runs in a savepoint of its own, so one that raises (a 402)
        leaves no trace and its error reaches its caller alone. The lock of the database
        is held only while the batch runs, so other worker processes wait no longer than
        for a single write. Nothing is answered before its commit: a restart loses nothing.
        """
        loop = asyncio.get_running_loop()
        done: asyncio.Future[T] = loop.create_future()
        with self._lock:
            batch = self._batches.get(loop)
            if batch is None:
                batch = self._batches[loop] = []
                loop.call_soon(self._commit_batch, loop)
            batch.append((work, done))
        return await done

    def _commit_batch(self, loop: asyncio.AbstractEventLoop) -> None:
        with self._lock:
            batch = self._batches.pop(loop)
            outcomes: list[tuple[bool, Any]] = []
            try:
                self._db.execute("BEGIN IMMEDIATE")
                for work, _ in batch:  # every submitted write runs, even if its caller left
                    self._db.execute("SAVEPOINT work")
                    try:
                        outcomes.append((True, work(self._db)))
                    except Exception as exc:
                        if not self._db.in_transaction:
                            raise  # SQLite rolled it all back (a full disk): the batch is lost
                        self._db.execute("ROLLBACK TO work")
                        outcomes.append((False, exc))
                    self._db.execute("RELEASE work")
                self._db.execute("COMMIT")
            except BaseException as exc:  # the batch is lost as a whole: each caller hears why
                try:
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                except (
                    sqlite3.Error
                ):  # the connection itself failed (closed, I/O): lost all the same
                    pass
                outcomes = [(False, exc)] * len(batch)
        for (ok, value), (_, done) in zip(outcomes, batch, strict=True):
            if done.cancelled():
                continue
            if ok:
                done.set_result(value)
            else:
                done.set_exception(value)

    # ---------------------------------------------------------------- documents
    def get(self, kind: str, id_: str) -> tuple[str, dict[str, Any]] | None:
        """(owner, document) of a stored asset, media or upload."""
        with self._lock:
            row = self._db.execute(
                "SELECT owner, doc FROM docs WHERE kind = ? AND id = ?", (kind, id_)
            ).fetchone()
        return None if row is None else (row[0], json.loads(row[1]))

    def count(self, kind: str) -> int:
        with self._lock:
            row = self._db.execute("SELECT COUNT(*) FROM docs WHERE kind = ?", (kind,)).fetchone()
        return int(row[0])

    @staticmethod
    def put(db: sqlite3.Connection, kind: str, id_: str, owner: str, doc: dict[str, Any]) -> None:
        db.execute(
            "INSERT INTO docs (kind, id, owner, doc) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (kind, id) DO UPDATE SET doc = excluded.doc",
            (kind, id_, owner, _dumps(doc)),
        )

    @staticmethod
    def read(db: sqlite3.Connection, kind: str, id_: str) -> dict[str, Any] | None:
        row = db.execute("SELECT doc FROM docs WHERE kind = ? AND id = ?", (kind, id_)).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    # ---------------------------------------------------------------- credits
    @staticmethod
    def ensure_account(db: sqlite3.Connection, key: str, starting: int) -> None:
        db.execute("INSERT OR IGNORE INTO accounts (key, balance) VALUES (?, ?)", (key, starting))

    def balance(self, key: str) -> int | None:
        with self._lock:
            row = self._db.execute("SELECT balance FROM accounts WHERE key = ?", (key,)).fetchone()
        return None if row is None else int(row[0])

    @staticmethod
    def debit(
        db: sqlite3.Connection, key: str, amount: int, reason: str, ref: str, at: float
    ) -> bool:
        """Take `amount` if the balance covers it; False (and no change) otherwise."""
        if amount > MAX_AMOUNT:
            return False  # more than any balance SQLite can hold: it cannot be covered
        cur = db.execute(
            "UPDATE accounts SET balance = balance - ? WHERE key = ? AND balance >= ?",
            (amount, key, amount),
        )
        if cur.rowcount != 1:
            return False
        db.execute(
            "INSERT INTO ledger (key, delta, reason, ref, at) VALUES (?, ?, ?, ?, ?)",
            (key, -amount, reason, ref, at),
        )
        return True

    @staticmethod
    def charge(
        db: sqlite3.Connection, key: str, starting: int, amount: int, ref: str, at: float
    ) -> bool:
        """`debit` for a job, opening the key's account (at `starting`) on its first one."""
        if Store.debit(db, key, amount, "charge", ref, at):
            return True
        # No account yet, or too little credit: only a new account is worth a second try.
        opened = db.execute(
            "INSERT OR IGNORE INTO accounts (key, balance) VALUES (?, ?)", (key, starting)
        )
        return opened.rowcount == 1 and Store.debit(db, key, amount, "charge", ref, at)

    @staticmethod
    def credit(
        db: sqlite3.Connection, key: str, amount: int, reason: str, ref: str, at: float
    ) -> None:
        db.execute("UPDATE accounts SET balance = balance + ? WHERE key = ?", (amount, key))
        db.execute(
            "INSERT INTO ledger (key, delta, reason, ref, at) VALUES (?, ?, ?, ?, ?)",
            (key, amount, reason, ref, at),
        )

    def set_balance(self, key: str, balance: int, at: float) -> None:
        """Make the key's balance `balance`, the change in its ledger as a `set` entry."""
        with self.tx() as db:
            db.execute("INSERT OR IGNORE INTO accounts (key, balance) VALUES (?, 0)", (key,))
            row = db.execute("SELECT balance FROM accounts WHERE key = ?", (key,)).fetchone()
            db.execute("UPDATE accounts SET balance = ? WHERE key = ?", (balance, key))
            db.execute(
                "INSERT INTO ledger (key, delta, reason, ref, at) VALUES (?, ?, 'set', '', ?)",
                (key, balance - int(row[0]), at),
            )

    def docs(self, kind: str, limit: int = 200) -> list[tuple[str, dict[str, Any]]]:
        """The newest (owner, document) pairs of a kind, newest first (the mock's page)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT owner, doc FROM docs WHERE kind = ? ORDER BY rowid DESC LIMIT ?",
                (kind, limit),
            ).fetchall()
        return [(r[0], json.loads(r[1])) for r in rows]

    def all_ledgers(self, limit: int = 500) -> list[dict[str, Any]]:
        """Every key's ledger entries, newest first (the mock's page)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT key, delta, reason, ref, at FROM ledger ORDER BY seq DESC LIMIT ?",
                (limit,),
            ).fetchall()
        names = ("key", "delta", "reason", "ref", "at")
        return [dict(zip(names, r, strict=True)) for r in rows]

    def ledger(self, key: str) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._db.execute(
                "SELECT delta, reason, ref, at FROM ledger WHERE key = ? ORDER BY seq", (key,)
            ).fetchall()
        return [{"delta": r[0], "reason": r[1], "ref": r[2], "at": r[3]} for r in rows]

    # ---------------------------------------------------------------- webhooks
    @staticmethod
    def queue_webhook(
        db: sqlite3.Connection,
        ref: str,
        url: str,
        payload: dict[str, Any],
        due_at: float,
        now: float,
        owner: str = "",
        refused: str = "",
    ) -> None:
        """Queue a job's callback; one `refused` (the reason) is kept to be seen, never sent."""
        # A resubmitted job's unfinished run will never finish: drop its callback.
        db.execute(
            "UPDATE webhooks SET state = 'superseded'"
            " WHERE ref = ? AND state = 'pending' AND attempts = 0 AND due_at > ?",
            (ref, now),
        )
        db.execute(
            "INSERT INTO webhooks (ref, url, payload, due_at, owner, delivery, state, last_error)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                ref,
                url.encode("utf-8", "backslashreplace").decode(),  # a lone surrogate, escaped
                _dumps(payload),
                due_at,
                owner,
                secrets.token_hex(16),
                "refused" if refused else "pending",
                refused,
            ),
        )

    def claim_webhooks(
        self,
        now: float,
        lease: float,
        max_attempts: int,
        limit: int = 20,
        per_owner: int | None = None,
        busy: dict[str, int] | None = None,
    ) -> list[dict[str, Any]]:
        """Lease due callbacks to this caller and return them, each with its claim token.

        An attempt is counted when it is claimed, so one whose sender died (its lease ran
        out) still counts: a callback is never tried more than `max_attempts` times.
        No key gets more than `per_owner` in flight (with those it has `busy` already), so
        a key whose receiver hangs cannot hold every sending slot.
        """
        cap = limit if per_owner is None else per_owner
        busy = busy or {}
        with self.tx() as db:
            # A lease that ran out on the last attempt: nothing is left to try.
            db.execute(
                "UPDATE webhooks SET state = 'failed', last_error = 'sender lost its lease'"
                " WHERE state = 'sending' AND lease_until <= ? AND attempts >= ?",
                (now, max_attempts),
            )
            due = db.execute(
                "SELECT seq, url, payload, attempts, owner, delivery FROM ("
                " SELECT *, ROW_NUMBER() OVER (PARTITION BY owner ORDER BY due_at) AS n"
                " FROM webhooks WHERE (state = 'pending' AND due_at <= ?)"
                " OR (state = 'sending' AND lease_until <= ?))"
                " WHERE n <= ? ORDER BY due_at",
                (now, now, cap),
            ).fetchall()
            taken = dict(busy)
            rows: list[Any] = []
            for row in due:
                if len(rows) >= limit:
                    break
                if taken.get(row[4], 0) < cap:
                    taken[row[4]] = taken.get(row[4], 0) + 1
                    rows.append(row)
            claims = [secrets.token_hex(8) for _ in rows]
            db.executemany(
                "UPDATE webhooks SET state = 'sending', lease_until = ?, attempts = attempts + 1,"
                " claim = ? WHERE seq = ?",
                [(now + lease, claim, row[0]) for row, claim in zip(rows, claims, strict=True)],
            )
        return [
            {
                "seq": r[0],
                "url": r[1],
                "payload": json.loads(r[2]),
                "attempts": r[3] + 1,
                "claim": c,
                "owner": r[4],
                "delivery": r[5] or f"seq-{r[0]}",
            }
            for r, c in zip(rows, claims, strict=True)
        ]

    def finish_webhook(
        self, seq: int, claim: str, state: str, due_at: float, error: str = ""
    ) -> bool:
        """Record an attempt's outcome; False if this claim no longer holds the row (its
        lease ran out and another sender took it over), and nothing is changed."""
        with self.tx() as db:
            cur = db.execute(
                "UPDATE webhooks SET state = ?, due_at = ?, last_error = ?, claim = ''"
                " WHERE seq = ? AND state = 'sending' AND claim = ?",
                (state, due_at, error[:500], seq, claim),
            )
        return cur.rowcount == 1

    def webhooks(self, ref: str | None = None, owner: str | None = None) -> list[dict[str, Any]]:
        """The outbox (one job's callbacks, one key's), oldest first."""
        where = [(c, v) for c, v in (("ref", ref), ("owner", owner)) if v is not None]
        with self._lock:
            rows = self._db.execute(
                "SELECT ref, url, payload, due_at, attempts, state, last_error, delivery"
                " FROM webhooks"
                + (" WHERE " + " AND ".join(f"{c} = ?" for c, _ in where) if where else "")
                + " ORDER BY seq",  # column names from the fixed tuple above
                tuple(v for _, v in where),
            ).fetchall()
        names = ("ref", "url", "payload", "due_at", "attempts", "state", "last_error", "delivery")
        return [dict(zip(names, r, strict=True)) | {"payload": json.loads(r[2])} for r in rows]
