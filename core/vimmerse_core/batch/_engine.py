"""Running a batch: submit each row once, follow its job, download its results.

A row's life is journalled (``_journal``): its intent is committed before its paid POST,
its id right after, its files with its end. A rerun reads the journal: rows with an id are
followed, not sent again; a result is named by its job and URL and placed only once whole,
so one already on disk is kept, never written twice; a row cut off mid-POST is reported
as unknown and left alone unless ``resubmit_unknown``.

Concurrency is bounded (``Options.concurrency`` rows at a time, from submit to download),
and within it the client's own limits apply (its request slots, which give polls their
priority). The budget is checked before each submit: the credits the jobs sent so far were
charged (their answer's ``x-vimmerse-credits`` field, else their estimate) plus this row's
estimate may not pass ``max_credits``; past that, rows are skipped and the running ones
finish.
"""

from __future__ import annotations

import asyncio
import enum
from collections import Counter
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

import attrs

from .. import _defaults
from .._download import _safe_name
from .._errors import APIError, JobFailedError, VimmerseError
from .._request_options import NO_OPTIONS
from .._resources import _async_stream_to_file
from .._surface import Surface
from .._waits import check_downloadable
from . import _journal as J
from ._manifest import Manifest
from ._price import Pricer, credits_of
from ._rows import Row

DEFAULT_CONCURRENCY = _defaults.BATCH_CONCURRENCY


class Outcome(enum.Enum):
    DONE = "done"  # every row done
    SOME_FAILED = "some failed"  # some failed or their outcome is unknown
    BUDGET = "stopped at the budget"  # rows skipped, or the batch refused to start
    INTERRUPTED = "interrupted"  # stopped before the end: rerun to resume


class BudgetExceeded(VimmerseError):
    """The batch's estimate is over ``max_credits``: nothing was sent."""

    def __init__(self, estimate: float, limit: float) -> None:
        super().__init__(
            f"the batch is estimated at {estimate:g} credits, over the budget {limit:g}"
        )
        self.estimate, self.limit = estimate, limit


@attrs.frozen
class Options:
    concurrency: int = DEFAULT_CONCURRENCY
    max_credits: float | None = None
    resubmit_unknown: bool = False
    poll_interval: float = _defaults.POLL_INTERVAL
    max_wait_seconds: float | None = _defaults.MAX_WAIT_SECONDS


@attrs.define
class Progress:
    """What the progress bar shows; the engine updates it and calls ``on_change``."""

    total: int = 0
    states: Counter[str] = attrs.field(factory=Counter)
    running: int = 0  # submitted rows whose job is being followed
    spent: float = 0.0  # credits charged by the jobs submitted (their answers say)
    estimate: float = 0.0  # the whole batch's estimate
    unpriced: int = 0  # rows no estimate route prices


@attrs.frozen
class Summary:
    outcome: Outcome
    entries: list[J.Entry]
    unknown: list[J.Entry]  # rows whose submit's outcome is unknown (reported, not resent)
    progress: Progress


def _state_counts(entries: list[J.Entry]) -> Counter[str]:
    return Counter(e.state for e in entries)


class Batch:
    """One batch over an ``AsyncVimmerse`` client; ``await Batch(...).run()``."""

    def __init__(
        self,
        client: Any,
        rows: list[Row],
        out: Path,
        options: Options | None = None,
        *,
        on_change: Callable[[Progress], object] | None = None,
        stop: asyncio.Event | None = None,
        files_from: Path = Path(),
    ) -> None:
        self.client = client
        self.files_from = files_from  # relative upload paths are read from here
        self.surface: Surface = client._surface
        self.rows = {r.row: r for r in rows}
        self.out = out
        self.options = options or Options()
        self.on_change = on_change
        self.stop = stop or asyncio.Event()
        self.progress = Progress(total=len(rows))
        self._committed: dict[int, float] = {}  # row -> credits charged, else its estimate
        self._entries: dict[int, J.Entry] = {}  # the journal's rows as this run changes them
        self._files: dict[int, dict[str, str]] = {}  # row -> its files on disk (URL -> path)
        self._budget_hit = False

    # -- planning ------------------------------------------------------------------------

    async def price_all(self, journal: J.Journal, entries: list[J.Entry]) -> None:
        """Price every row still to send that has no price yet (free calls, in parallel)."""
        price = Pricer(self.client, self.options.concurrency)
        found: dict[int, float] = {}

        async def one(entry: J.Entry) -> None:
            estimate = await price(self.rows[entry.row])
            if estimate is not None:
                found[entry.row] = entry.estimate = estimate

        todo = [e for e in entries if e.estimate is None and e.state == J.PENDING]
        try:
            await asyncio.gather(*(one(e) for e in todo))  # the first error as itself
        finally:
            journal.set_estimates(found)  # what was priced is kept, even if a call failed

    # -- running -------------------------------------------------------------------------

    async def run(self) -> Summary:
        journal = J.Journal(self.out)
        manifest = Manifest(self.out)
        try:
            return await self._run(journal, manifest)
        finally:
            manifest.close()
            journal.close()

    async def _run(self, journal: J.Journal, manifest: Manifest) -> Summary:
        journal.begin([(r.row, r.operation, dict(r.fields)) for r in self.rows.values()])
        unknown = journal.recover(self.options.resubmit_unknown)
        entries = journal.entries()
        await self.price_all(journal, entries)
        self._files = journal.files()
        self._entries = {e.row: e for e in entries}
        self._check_budget(entries)
        manifest.rewrite(entries)
        self.progress.states = _state_counts(entries)
        self._changed()
        gate = asyncio.Semaphore(self.options.concurrency)
        tasks: set[asyncio.Task[None]] = set()
        submitting: set[asyncio.Task[None]] = set()
        follow = [e for e in entries if e.state == J.SUBMITTED]
        for entry in follow:
            await gate.acquire()
            tasks.add(asyncio.create_task(self._follow_row(journal, manifest, entry, gate)))
        stopped = asyncio.ensure_future(self.stop.wait())
        try:
            for entry in (e for e in entries if e.state == J.PENDING):
                await self._acquire(gate, stopped)
                if self.stop.is_set():
                    break
                if not self._affordable(entry):
                    self._skip_rest(journal, manifest, entry.row)
                    gate.release()
                    break
                # Counted against the budget now, not when its task first runs: the next
                # row's check may come before that (a free slot does not yield).
                self._committed[entry.row] = entry.estimate or 0
                task = asyncio.create_task(self._row(journal, manifest, entry, gate, submitting))
                submitting.add(task)
                tasks.add(task)
        finally:
            stopped.cancel()
        await self._finish(tasks, submitting)
        final = journal.entries()
        manifest.rewrite(final)
        return Summary(self._outcome(final), final, unknown, self.progress)

    async def _acquire(self, gate: asyncio.Semaphore, stopped: asyncio.Future[Any]) -> None:
        """A slot for the next row, or return at once when asked to stop (``stopped``: the
        stop event's one waiter, shared by every row)."""
        if gate.locked():
            waiter = asyncio.ensure_future(gate.acquire())
            await asyncio.wait({waiter, stopped}, return_when=asyncio.FIRST_COMPLETED)
            if not waiter.done():
                waiter.cancel()
                return
        else:
            await gate.acquire()  # a free slot: no waiting
        if self.stop.is_set():
            gate.release()

    async def _finish(self, tasks: set[asyncio.Task[None]], submitting: set[Any]) -> None:
        """Wait for every row; once asked to stop, only for the submits under way (their
        ids must reach the journal), then the waits are cancelled: a rerun resumes them."""
        pending: set[asyncio.Future[Any]] = set(tasks)
        stopped: asyncio.Future[Any] = asyncio.ensure_future(self.stop.wait())
        try:
            while pending:
                done, waiting = await asyncio.wait(
                    pending | {stopped}, return_when=asyncio.FIRST_COMPLETED
                )
                pending = {t for t in waiting if t is not stopped}
                for task in done - {stopped}:
                    task.result()  # a bug in the engine surfaces, not a silent hang
                if stopped in done:
                    while submitting & pending:
                        await asyncio.wait(submitting & pending)
                    for task in pending:
                        task.cancel()
                    await asyncio.gather(*pending, return_exceptions=True)
                    return
        finally:
            stopped.cancel()

    def _outcome(self, entries: list[J.Entry]) -> Outcome:
        states = _state_counts(entries)
        if self.stop.is_set() and (states[J.PENDING] or states[J.SUBMITTED]):
            return Outcome.INTERRUPTED
        if states[J.SKIPPED]:
            return Outcome.BUDGET
        if states[J.FAILED] or states[J.UNKNOWN] or states[J.PENDING] or states[J.SUBMITTED]:
            return Outcome.SOME_FAILED
        return Outcome.DONE

    # -- the budget ----------------------------------------------------------------------

    def _check_budget(self, entries: list[J.Entry]) -> None:
        for e in entries:
            if e.state in (J.SUBMITTED, J.DONE, J.FAILED, J.UNKNOWN):  # unknown: maybe charged
                self._committed[e.row] = e.credits if e.credits is not None else e.estimate or 0
        self.progress.spent = sum(e.credits or 0 for e in entries)
        self.progress.estimate = sum(
            (e.credits if e.credits is not None else e.estimate) or 0
            for e in entries
            if e.state != J.SKIPPED
        )
        self.progress.unpriced = sum(1 for e in entries if e.estimate is None and e.credits is None)
        limit = self.options.max_credits
        if limit is not None and self.progress.estimate > limit:
            raise BudgetExceeded(self.progress.estimate, limit)

    def _affordable(self, entry: J.Entry) -> bool:
        limit = self.options.max_credits
        if limit is None:
            return True
        return sum(self._committed.values()) + (entry.estimate or 0) <= limit

    def _skip_rest(self, journal: J.Journal, manifest: Manifest, first: int) -> None:
        self._budget_hit = True
        for e in self._entries.values():
            if e.row >= first and e.state == J.PENDING:
                self._end(journal, manifest, e.row, J.SKIPPED, error="over the credit budget")

    # -- one row ---------------------------------------------------------------------------

    async def _row(
        self,
        journal: J.Journal,
        manifest: Manifest,
        entry: J.Entry,
        gate: asyncio.Semaphore,
        submitting: set[Any],
    ) -> None:
        try:
            job = await self._submit(journal, manifest, entry)
            submitting.discard(asyncio.current_task())
            if job is not None:
                await self._follow(journal, manifest, entry, job)
        finally:
            gate.release()

    async def _follow_row(
        self, journal: J.Journal, manifest: Manifest, entry: J.Entry, gate: asyncio.Semaphore
    ) -> None:
        try:
            await self._follow(journal, manifest, entry, entry.job_id)
        finally:
            gate.release()

    async def _submit(self, journal: J.Journal, manifest: Manifest, entry: J.Entry) -> Any:
        """The paid POST, between its intent and its id in the journal. Returns the job
        (its answer), or None when it did not start or its outcome is unknown."""
        row = self.rows[entry.row]
        kwargs = self._arguments(row)
        entry.intent_at = journal.intend(entry.row)
        entry.state = J.SUBMITTING
        self._moved(J.PENDING, J.SUBMITTING)
        method = getattr(getattr(self.client, row.op.tag), row.op.name)
        try:
            job = await method(**kwargs)
        except APIError as exc:
            if exc.job_id is not None:  # an answer that did not parse but named its job
                journal.set(entry.row, state=J.SUBMITTED, job_id=exc.job_id)
                entry.state, entry.job_id = J.SUBMITTED, exc.job_id
                self._moved(J.SUBMITTING, J.SUBMITTED)
                return exc.job_id
            if exc.outcome_unknown:  # the SDK's word: it may have acted; never sent again
                return self._unknown(journal, manifest, entry, exc)
            self._end(journal, manifest, entry.row, J.FAILED, error=_message(exc), credits=0)
            return None
        except VimmerseError as exc:  # refused before anything was sent
            self._end(journal, manifest, entry.row, J.FAILED, error=_message(exc), credits=0)
            return None
        charged = credits_of(job, row.op)
        self._committed[entry.row] = charged if charged is not None else entry.estimate or 0
        journal.set(entry.row, state=J.SUBMITTED, job_id=str(job.id), credits=charged)
        entry.state, entry.job_id, entry.credits = J.SUBMITTED, str(job.id), charged
        self._moved(J.SUBMITTING, J.SUBMITTED)
        self.progress.spent += charged or 0
        return job

    def _unknown(
        self, journal: J.Journal, manifest: Manifest, entry: J.Entry, exc: BaseException
    ) -> None:
        self._end(journal, manifest, entry.row, J.UNKNOWN, error=_message(exc))

    def _arguments(self, row: Row) -> dict[str, Any]:
        base = self.files_from
        kwargs: dict[str, Any] = {}
        for param in row.op.params:
            if param.api_name not in row.fields:
                continue
            value = row.fields[param.api_name]
            if param.kind != "value":  # a file to upload, from the jobs file's folder
                value = [base / v for v in value] if param.multiple else base / value
            elif param.models and isinstance(value, dict):
                value = self.surface.model(param.models[0]).from_dict(value)  # type: ignore[attr-defined]
            elif param.model_lists and isinstance(value, list):
                model = self.surface.model(param.model_lists[0])
                value = [model.from_dict(v) for v in value]  # type: ignore[attr-defined]
            kwargs[param.name] = value
        flag = row.op.role("async")
        if flag is not None:
            kwargs[flag.name] = True  # answer at once: the batch follows the job itself
        return kwargs

    async def _follow(
        self, journal: J.Journal, manifest: Manifest, entry: J.Entry, job: Any
    ) -> None:
        """Wait for a submitted job and download its results (those not yet on disk)."""
        row = self.rows[entry.row]
        kind = self.surface.job(row.op.job or "")
        resource = getattr(self.client, kind["read"]["tag"])
        self.progress.running += 1
        self._changed()
        try:
            whole = kind["status"] is None
            done = await resource.wait(
                job if whole else str(getattr(job, "id", job)),
                poll_interval=self.options.poll_interval,
                max_wait_seconds=self.options.max_wait_seconds,
            )
            files = await self._download(journal, entry.row, resource, done, whole)
        except JobFailedError as exc:
            charged = credits_of(exc.result, row.op)
            self._end(
                journal,
                manifest,
                entry.row,
                J.FAILED,
                error=_message(exc),
                status=_status(exc.result, kind["field"]),
                credits=charged,
            )
            return
        except (VimmerseError, OSError) as exc:
            # Waiting or downloading failed; the job is known: a rerun picks it up again.
            self._end(journal, manifest, entry.row, J.FAILED, error=_message(exc))
            return
        finally:
            self.progress.running -= 1
        charged = credits_of(done, row.op)
        self._end(
            journal,
            manifest,
            entry.row,
            J.DONE,
            status=_status(done, kind["field"]),
            credits=charged if charged is not None else entry.credits,
            files=files,
        )

    async def _download(
        self, journal: J.Journal, row: int, resource: Any, job: Any, whole: bool
    ) -> dict[str, str]:
        """Every result file once (URL -> path). A result is named by its job and URL, so
        one already under its name (whole: files are placed only once complete) is kept;
        they are recorded with the row's end. A status-polled job's one file is named by
        the server, so it is recorded as soon as it is written."""
        folder = self.out
        have = self._files.setdefault(row, {})
        if not whole:
            if "" not in have:
                path = await resource.download(str(job.id), folder)
                journal.add_file(row, "", path)
                have[""] = str(path)
            return dict(have)
        kind = self.surface.job_of(type(job).__name__)
        for index, url in enumerate(check_downloadable(kind, job)):
            if url in have:
                continue
            dest = folder / _file_name(str(job.id), url, index)
            if not dest.exists():
                ctx = self.client._context(NO_OPTIONS)
                response = await self.client._get_unauthenticated(url, ctx)
                dest = await _async_stream_to_file(
                    response, dest, ctx, on_progress=None, fallback_name=str(index)
                )
            have[url] = str(dest)
        return dict(have)

    # -- bookkeeping -------------------------------------------------------------------------

    def _end(
        self,
        journal: J.Journal,
        manifest: Manifest,
        row: int,
        state: str,
        *,
        error: str | None = None,
        status: str | None = None,
        credits: float | None = None,
        files: dict[str, str] | None = None,
    ) -> None:
        entry = self._entries[row]
        # A row with a job id can wait for the next commit: a rerun follows that job again
        # and finds its files by name. One without (refused, unknown, skipped) cannot.
        journal.set(
            row,
            files,
            later=entry.job_id is not None,
            state=state,
            error=error,
            status=status,
            credits=credits,
        )
        before = entry.state
        entry.state, entry.error, entry.status, entry.credits = state, error, status, credits
        entry.paths = list(files.values()) if files else entry.paths
        self._moved(before, state)
        manifest.append(entry)

    def _moved(self, before: str, after: str) -> None:
        self.progress.states[before] -= 1
        self.progress.states[after] += 1
        self._changed()

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change(self.progress)


def _file_name(job_id: str, url: str, index: int) -> str:
    """A result's name, fixed by its job and URL so a rerun finds it: ``<job id>-<name>``."""
    name = PurePosixPath(unquote(urlsplit(url).path)).name or str(index)
    job = _safe_name(job_id)
    return name if job in name else _safe_name(f"{job}-{name}")


def _status(job: Any, field: str) -> str | None:
    value = getattr(job, field, None)
    return None if value is None else str(getattr(value, "value", value))


def _message(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


__all__ = ["Batch", "BudgetExceeded", "Options", "Outcome", "Progress", "Summary"]
