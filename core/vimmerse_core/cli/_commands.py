"""One typer command per SDK operation, built at import time from ``_discover``."""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Annotated, Any

import typer

from . import _examples, _jobs
from ._context import Settings, settings
from ._discover import Operation
from ._explain import Context, explained
from ._output import print_human, print_json
from ._params import parameter, sdk_arguments
from ._progress import download_bars
from ._submit import answer_first, check_folder, emit_checked, job_kept

OUTPUT_PANEL = "Output"
# Python names of the options the CLI adds; prefixed so that no API field can clash.
CLI_WAIT, CLI_DOWNLOAD, CLI_JSON = "cli_wait", "cli_download", "cli_json"
CLI_HELP_ALL = "cli_help_all"


def _show_all(ctx: typer.Context, value: bool) -> None:
    """--help-all: the help with the hidden options (the request headers) shown."""
    if not value or ctx.resilient_parsing:
        return
    hidden = [p for p in ctx.command.params if getattr(p, "hidden", False)]
    for param in hidden:
        param.hidden = False  # type: ignore[attr-defined]
    try:
        typer.echo(ctx.get_help())
    finally:
        for param in hidden:
            param.hidden = True  # type: ignore[attr-defined]
    raise typer.Exit()


def _help_all_option() -> inspect.Parameter:
    info = typer.Option(
        "--help-all",
        is_eager=True,
        callback=_show_all,
        help="Show this help with the rarely needed options too (request headers).",
    )
    return inspect.Parameter(
        CLI_HELP_ALL,
        inspect.Parameter.KEYWORD_ONLY,
        annotation=Annotated[bool, info],
        default=False,
    )


def _json_option() -> inspect.Parameter:
    info = typer.Option(
        "--json", help="Print the API's answer as JSON on stdout.", rich_help_panel=OUTPUT_PANEL
    )
    return inspect.Parameter(
        CLI_JSON, inspect.Parameter.KEYWORD_ONLY, annotation=Annotated[bool, info], default=False
    )


def _wait_option(help_text: str) -> inspect.Parameter:
    info = typer.Option("--wait", help=help_text, rich_help_panel=OUTPUT_PANEL)
    return inspect.Parameter(
        CLI_WAIT, inspect.Parameter.KEYWORD_ONLY, annotation=Annotated[bool, info], default=False
    )


def _download_option() -> inspect.Parameter:
    info = typer.Option(
        "--download",
        metavar="DIR",
        help="Wait for the job, then save its results into DIR (with a progress bar).",
        file_okay=False,
        rich_help_panel=OUTPUT_PANEL,
    )
    return inspect.Parameter(
        CLI_DOWNLOAD,
        inspect.Parameter.KEYWORD_ONLY,
        annotation=Annotated[Path | None, info],
        default=None,
    )


def output_options(op: Operation) -> list[inspect.Parameter]:
    extra: list[inspect.Parameter] = []
    if op.job is not None:
        what = op.job.kind
        sets = f" Sets --{op.async_field.replace('_', '-')}." if op.async_field else ""
        extra.append(_wait_option(f"Wait until the {what} is done, with a progress bar.{sets}"))
        extra.append(_download_option())
    extra.append(_json_option())
    if any(f.location == "header" for f in op.fields):
        extra.append(_help_all_option())
    return extra


def help_text(op: Operation) -> str:
    route = f"`{op.route}`" if op.route else ""
    parts = [op.summary, op.description, route, _examples.section(op)]
    return "\n\n".join(p for p in parts if p)


# A sentence ends at a full stop and a space, but not the stop of "e.g." or "i.e.".
_SENTENCE_END = re.compile(r"(?<!e\.g\.)(?<!i\.e\.)(?<=[.!?])\s+")


def short_help(op: Operation) -> str:
    """The line a group's help lists: the first sentence of the spec's description, which
    says what the operation does (its summary mostly repeats the command's name)."""
    first = _SENTENCE_END.split(op.description.strip(), maxsplit=1)[0]
    return " ".join(first.split()) or op.summary


def emit(result: Any, downloaded: list[Path] | None, as_json: bool) -> None:
    if as_json:
        print_json(result, downloaded)
    else:
        print_human(result, downloaded)


def _context(op: Operation, options: Settings, values: dict[str, Any]) -> Context:
    given = [f for f in op.fields if values.get(f.name) not in (None, [], ())]
    ids = [str(values[f.name]) for f in given if f.location == "path"]
    return Context(
        api_key=options.api_key,
        key_header=options.surface.api_key_header,
        kind=op.job.kind if op.job else None,
        ident=ids[0] if ids else None,
        headers=tuple(f.flag for f in given if f.location == "header"),
    )


def run(ctx: typer.Context, op: Operation, values: dict[str, Any]) -> None:
    options = settings(ctx)
    values.pop(CLI_HELP_ALL, None)
    as_json = bool(values.pop(CLI_JSON, False))
    folder: Path | None = values.pop(CLI_DOWNLOAD, None)
    wait = bool(values.pop(CLI_WAIT, False)) or folder is not None
    kwargs = sdk_arguments(op.fields, values)
    if wait and op.sdk_wait and op.async_field:
        kwargs[op.async_field] = True  # answer at once; the CLI polls with a progress bar
    if folder is not None and op.job is not None:
        check_folder(folder)  # before the job is paid for, not after
    with explained(_context(op, options, values)), options.client() as client:
        method = getattr(getattr(client, op.tag), op.method)
        if op.downloads:
            with download_bars(op.command) as bars:
                path = method(**kwargs, on_progress=bars)
            emit(None, [path], as_json)
            return
        group = op.job.group if op.job else None
        with answer_first() as pressed, _jobs.following(group):
            result = method(**kwargs)
        job_id = str(result.id) if op.job is not None and hasattr(result, "id") else None
        with job_kept(job_id, group, folder):
            if pressed:
                raise KeyboardInterrupt
            downloaded: list[Path] | None = None
            if op.job is not None and wait:
                result = _jobs.wait(client, op.job, result, options.polling)
            if op.job is not None and folder is not None:
                downloaded = _jobs.download(client, op.job, result, folder)
            emit_checked(lambda: emit(result, downloaded, as_json))


def command(op: Operation) -> Any:
    """A function typer can register: its signature is synthesised from the operation."""

    def callback(ctx: typer.Context, **values: Any) -> None:
        run(ctx, op, values)

    context = inspect.Parameter("ctx", inspect.Parameter.KEYWORD_ONLY, annotation=typer.Context)
    params = [context, *(parameter(f) for f in op.fields), *output_options(op)]
    callback.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    callback.__name__ = op.method
    return callback


def add_operations(group: typer.Typer, operations: tuple[Operation, ...]) -> None:
    for op in operations:
        group.command(op.command, help=help_text(op), short_help=short_help(op))(command(op))
