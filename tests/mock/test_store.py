"""The store's group commit: the writes of one event-loop turn share a transaction, each
in a savepoint of its own, and none is answered before it is committed."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vimmerse_mock.store import Store


def _job(key: str, amount: int, ref: str) -> Callable[[sqlite3.Connection], str]:
    def work(db: sqlite3.Connection) -> str:
        Store.put(db, "asset", ref, key, {"id": ref})  # written before the refusal: undone
        if not Store.charge(db, key, 100, amount, ref, 1.0):
            raise LookupError(f"{ref}: not enough credit")
        return ref

    return work


def test_one_turns_writes_commit_together_and_a_refused_one_leaves_no_trace(
    tmp_path: Path,
) -> None:
    store = Store(str(tmp_path / "m.db"))

    async def main() -> list[str | BaseException]:
        writes = [_job("k", 40, "a"), _job("k", 40, "b"), _job("k", 40, "c"), _job("k", 10, "d")]
        return list(await asyncio.gather(*(store.write(w) for w in writes), return_exceptions=True))

    outcomes = asyncio.run(main())
    assert outcomes[:2] == ["a", "b"] and outcomes[3] == "d"
    assert isinstance(outcomes[2], LookupError) and "c:" in str(outcomes[2])
    store.close()
    # A fresh process sees every answered write (committed, not just in this connection).
    again = Store(str(tmp_path / "m.db"))
    assert again.balance("k") == 100 - 40 - 40 - 10
    assert [e["ref"] for e in again.ledger("k")] == ["a", "b", "d"]
    assert [again.get("asset", ref) is not None for ref in "abcd"] == [True, True, False, True]


def test_nothing_is_stored_before_the_writes_turn_ends(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "m.db"))
    seen: list[int | None] = []

    async def main() -> None:
        pending = asyncio.ensure_future(store.write(_job("k", 1, "a")))
        await asyncio.sleep(0)  # the write's turn has not ended: nothing is stored yet
        seen.append(Store(str(tmp_path / "m.db")).balance("k"))
        await pending
        seen.append(Store(str(tmp_path / "m.db")).balance("k"))

    asyncio.run(main())
    assert seen == [None, 99]


class _CommitFails:
    """The store's connection, except that COMMIT fails (a full disk, say), and the
    statements in ``also`` too."""

    def __init__(self, db: sqlite3.Connection, also: tuple[str, ...] = ()) -> None:
        self._db = db
        self._fails = ("COMMIT", *also)

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql in self._fails:
            raise sqlite3.OperationalError("disk I/O error")
        return self._db.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self._db, name)


def test_a_failed_commit_reaches_every_caller_and_stores_nothing(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "m.db"))
    real = store._db
    store._db = _CommitFails(real)  # type: ignore[assignment]

    async def main() -> list[str | BaseException]:
        writes = (store.write(_job("k", 1, ref)) for ref in "ab")
        return list(await asyncio.gather(*writes, return_exceptions=True))

    outcomes = asyncio.run(main())
    assert [str(o) for o in outcomes] == ["disk I/O error"] * 2
    store._db = real
    assert not real.in_transaction
    assert store.balance("k") is None and store.get("asset", "a") is None


def test_a_batch_whose_rollback_fails_too_still_answers_every_caller(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "m.db"))
    real = store._db
    store._db = _CommitFails(real, also=("ROLLBACK",))  # type: ignore[assignment]

    async def main() -> list[str | BaseException]:
        writes = (store.write(_job("k", 1, ref)) for ref in "ab")
        # Bounded: a caller left unanswered would hang here, not fail.
        return list(await asyncio.wait_for(asyncio.gather(*writes, return_exceptions=True), 10))

    outcomes = asyncio.run(main())
    assert [str(o) for o in outcomes] == ["disk I/O error"] * 2
