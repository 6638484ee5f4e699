"""``vimmerse batch run`` and ``vimmerse batch status``: a thin layer over
``vimmerse_core.batch`` (the engine), with a live bar and the exit codes of ``_exits``."""

from __future__ import annotations

import asyncio
import json
import shlex
import signal
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

from .. import batch
from ..batch import _journal as J
from ._context import settings
from ._exits import Exit
from ._progress import stderr

EXITS = {
    batch.Outcome.DONE: Exit.OK,
    batch.Outcome.SOME_FAILED: Exit.BATCH_FAILED,
    batch.Outcome.BUDGET: Exit.BATCH_BUDGET,
    batch.Outcome.INTERRUPTED: Exit.INTERRUPTED,
}

REDRAW = 0.1  # seconds between redraws of the bar

RUN_HELP = """Run many jobs from one file: JSONL, one job per line, e.g.
`{"operation": "image text-to-image", "prompt": "a fox", "quantity": 2}` (`operation` is
the group and command; the other keys are the API's field names; a file to upload is a
path, read from the jobs file's folder), or CSV with `--operation`.

Results, `manifest.jsonl` (one line per row) and the journal go into `--out`. Rerun the
same command to resume: jobs already sent are followed, never sent again; files already
downloaded are kept."""


def _say(text: str) -> None:
    sys.stderr.write(f"vimmerse: {text}\n")


def _bad_rows(exc: batch.InvalidRows) -> int:
    for error in exc.errors:
        sys.stderr.write(f"{error}\n")
    _say(f"{len(exc.errors)} bad row(s); nothing was sent")
    return Exit.USAGE


def _plan_text(plan: batch.Plan) -> str:
    lines = []
    for op, jobs in plan.jobs.items():
        unpriced = plan.unpriced.get(op, 0)
        note = f" ({unpriced} not priced: no estimate route)" if unpriced else ""
        lines.append(f"{op}: {jobs} job(s), {plan.credits[op]:g} credits{note}")
    lines.append(f"total: {sum(plan.jobs.values())} job(s), {plan.total:g} credits")
    return "\n".join(lines) + "\n"


def _counts(p: batch.Progress) -> str:
    s = p.states
    submitted = s[J.SUBMITTING] + s[J.SUBMITTED] - p.running
    skipped = f" skipped {s[J.SKIPPED]}" if s[J.SKIPPED] else ""
    return (
        f"queued {s[J.PENDING]} submitted {submitted} running {p.running} done {s[J.DONE]}"
        f" failed {s[J.FAILED] + s[J.UNKNOWN]}{skipped} · {p.spent:g}/{p.estimate:g} credits"
    )


@contextmanager
def _bar(total: int) -> Iterator[Any]:
    """One live bar on stderr: the counts, credits spent against the estimate, the ETA."""
    with Progress(
        BarColumn(bar_width=16),
        TextColumn("{task.completed}/{task.total}"),
        TextColumn("{task.description}"),
        TimeRemainingColumn(),
        console=stderr(),
        transient=False,
    ) as progress:
        task = progress.add_task("pricing the jobs (estimate routes)", total=total)
        last: list[Any] = [0.0, None]

        def update(p: batch.Progress, *, force: bool = False) -> None:
            now = time.monotonic()
            last[1] = p
            if now - last[0] < REDRAW and not force:  # the engine reports every change
                return
            last[0] = now
            finished = sum(p.states[k] for k in J.FINAL)
            progress.update(task, total=p.total, completed=finished, description=_counts(p))

        try:
            yield update
        finally:
            if last[1] is not None:
                update(last[1], force=True)


def _resume_command(jobs: Path, out: Path, extra: list[str]) -> str:
    return shlex.join(["vimmerse", "batch", "run", str(jobs), "--out", str(out), *extra])


def _report_unknown(entries: list[batch.Entry]) -> None:
    for e in entries:
        if e.state != J.UNKNOWN:
            continue
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(e.intent_at or 0))
        sys.stderr.write(
            f"row {e.row}: outcome unknown (sent {when}; {e.error}); not resent: "
            f"{json.dumps(e.fields, ensure_ascii=False)}\n"
        )


async def _run(client: Any, jobs: Path, out: Path, options: batch.Options, op: str | None) -> Any:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()

    def interrupted() -> None:
        if stop.is_set():  # a second Ctrl-C: stop now (a submit cut off is reported next run)
            raise KeyboardInterrupt
        stop.set()
        _say("stopping: no new jobs are sent; Ctrl-C again to quit now")

    loop.add_signal_handler(signal.SIGINT, interrupted)
    rows = batch.load(client._surface, jobs, op)  # every bad row is reported before the bar
    try:
        async with client:
            with _bar(len(rows)) as update:
                run = batch.Batch(
                    client, rows, out, options, on_change=update, stop=stop, files_from=jobs.parent
                )
                return await run.run()
    finally:
        loop.remove_signal_handler(signal.SIGINT)


def run(
    ctx: typer.Context,
    jobs: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="The jobs file.")],
    out: Annotated[
        Path,
        typer.Option("--out", file_okay=False, help="Results, manifest.jsonl and the journal."),
    ],
    operation: Annotated[
        str | None, typer.Option(help='For CSV: the operation of every row, e.g. "image edit".')
    ] = None,
    dry_run: Annotated[
        bool, typer.Option(help="Check every row and price it (free calls); send nothing paid.")
    ] = False,
    max_credits: Annotated[
        float | None,
        typer.Option(min=0, help="Refuse a batch estimated over N credits; stop sending at N."),
    ] = None,
    concurrency: Annotated[
        int, typer.Option(min=1, help="Jobs in flight at once.")
    ] = batch.DEFAULT_CONCURRENCY,
    resubmit_unknown: Annotated[
        bool, typer.Option(help="Send again the jobs whose submit's outcome is unknown.")
    ] = False,
) -> int:
    found = settings(ctx)
    try:
        if dry_run:
            plan = asyncio.run(_plan(found.client("Async"), jobs, operation))
            sys.stdout.write(_plan_text(plan))
            if max_credits is not None and plan.total > max_credits:
                _say(f"the estimate {plan.total:g} is over --max-credits {max_credits:g}")
                return Exit.BATCH_BUDGET
            return Exit.OK
        options = batch.Options(
            concurrency=concurrency,
            max_credits=max_credits,
            resubmit_unknown=resubmit_unknown,
            poll_interval=found.polling.interval,
            max_wait_seconds=found.polling.timeout,
        )
        summary = asyncio.run(_run(found.client("Async"), jobs, out, options, operation))
    except batch.InvalidRows as exc:
        return _bad_rows(exc)
    except batch.BudgetExceeded as exc:
        _say(f"{exc}: nothing was sent")
        return Exit.BATCH_BUDGET
    except batch.JournalMismatch as exc:
        _say(str(exc))
        return Exit.USAGE
    return _finished(summary, jobs, out, operation, max_credits)


async def _plan(client: Any, jobs: Path, op: str | None) -> batch.Plan:
    async with client:
        return await batch.plan(client, jobs, op)


def _finished(
    summary: batch.Summary, jobs: Path, out: Path, op: str | None, max_credits: float | None
) -> int:
    _report_unknown(summary.entries)
    p = summary.progress
    n = Counter(e.state for e in summary.entries)
    sys.stdout.write(
        f"done {n[J.DONE]}, failed {n[J.FAILED]}, unknown {n[J.UNKNOWN]}, "
        f"skipped {n[J.SKIPPED]}; credits {p.spent:g} (estimate {p.estimate:g}); "
        f"manifest {out / batch.MANIFEST}\n"
    )
    if summary.outcome is batch.Outcome.INTERRUPTED:
        extra = [*(["--operation", op] if op else [])]
        extra += ["--max-credits", f"{max_credits:g}"] if max_credits is not None else []
        _say(f"no new jobs sent; resume with `{_resume_command(jobs, out, extra)}`")
    return EXITS[summary.outcome]


def status(
    out: Annotated[Path, typer.Argument(file_okay=False, help="The batch's --out folder.")],
) -> int:
    if not (out / batch.JOURNAL).is_file():
        _say(f"no batch in {out} (no {batch.JOURNAL})")
        return Exit.USAGE
    entries = batch.status(out)
    states: dict[str, int] = {}
    for e in entries:
        states[e.state] = states.get(e.state, 0) + 1
    spent = sum(e.credits or 0 for e in entries)
    estimate = sum(
        (e.credits if e.credits is not None else e.estimate) or 0
        for e in entries
        if e.state != J.SKIPPED
    )
    counts = ", ".join(f"{k} {v}" for k, v in sorted(states.items()))
    sys.stdout.write(
        f"{len(entries)} row(s): {counts}; credits {spent:g} (estimate {estimate:g})\n"
    )
    _report_unknown(entries)
    return Exit.OK


def batch_group() -> typer.Typer:
    """`vimmerse batch`'s commands (its help is the root's: _app)."""
    group = typer.Typer(no_args_is_help=True, rich_markup_mode="markdown")
    group.command("run", help=RUN_HELP, short_help="Run (or resume) a batch of jobs.")(run)
    group.command("status", help="Summarise a running or finished batch from its journal.")(status)
    return group
