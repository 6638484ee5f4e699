"""Commands for the SDK's hand-written helpers, which no single API route provides:
``wait`` for each job kind (``assets wait``, ``media wait``) and ``download`` for a job read
whole (``assets download``)."""

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from .._surface import Surface
from . import _jobs
from ._commands import OUTPUT_PANEL, emit
from ._context import Settings, settings
from ._discover import JobCommand, job_command
from ._explain import Context, explained

JsonFlag = Annotated[
    bool, typer.Option("--json", help="Print the result as JSON.", rich_help_panel=OUTPUT_PANEL)
]
DownloadDir = Annotated[
    Path | None,
    typer.Option(
        "--download",
        metavar="DIR",
        file_okay=False,
        help="Then save the results into DIR.",
        rich_help_panel=OUTPUT_PANEL,
    ),
]


def _context(options: Settings, job: JobCommand, job_id: str) -> Context:
    return Context(options.api_key, options.surface.api_key_header, job.kind, job_id)


def _wait_command(job: JobCommand) -> Callable[..., None]:
    def wait(
        ctx: typer.Context,
        job_id: Annotated[str, typer.Argument(metavar="ID", help=f"The {job.kind}'s id.")],
        download: DownloadDir = None,
        as_json: JsonFlag = False,
    ) -> None:
        options = settings(ctx)
        with explained(_context(options, job, job_id)), options.client() as client:
            done = _jobs.wait(client, job, job_id, options.polling)
            files = None if download is None else _jobs.download(client, job, done, download)
        emit(done, files, as_json)

    return wait


def _download_command(job: JobCommand) -> Callable[..., None]:
    def download(
        ctx: typer.Context,
        job_id: Annotated[str, typer.Argument(metavar="ID", help=f"The {job.kind}'s id.")],
        folder: Annotated[
            Path, typer.Argument(metavar="DIR", file_okay=False, help="Where to save.")
        ],
        as_json: JsonFlag = False,
    ) -> None:
        options = settings(ctx)
        with explained(_context(options, job, job_id)), options.client() as client:
            files = _jobs.download(client, job, job_id, folder)
        emit(None, files, as_json)

    return download


def add_helpers(group: typer.Typer, tag: str, surface: Surface) -> None:
    """Per job kind, in the group of its read route: `wait` (polling the route the spec
    marks), and `download` for a job read whole (its generated group has none)."""
    for kind in sorted(surface.manifest["jobs"]):
        job = job_command(surface, kind)
        facts = surface.job(kind)
        if job is None or job.group != tag:
            continue
        route = facts["status"] or facts["read"]
        polls = f"polls `{route['method']} {route['path']}`"
        group.command(
            "wait", help=f"Wait until the {kind} is done ({polls}), with a progress bar."
        )(_wait_command(job))
        if job.whole:
            group.command("download", help=f"Save every result of a finished {kind} into DIR.")(
                _download_command(job)
            )
