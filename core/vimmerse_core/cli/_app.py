"""The ``vimmerse`` command: global options, a group per tag, and the error policy."""

from __future__ import annotations

import functools
import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer
from typer.core import TyperGroup
from typer.exceptions import TyperException

from .. import _defaults
from .._errors import VimmerseError
from .._logs import redact
from .._surface import Surface
from ._context import root_values
from ._discover import operations
from ._exits import Exit, Explained, describe, exit_code_for, table
from ._lazy import lazy_class
from ._mock import add_mock
from ._shared import share
from ._version import version_line

HELP = """Command line for the Vimmerse media-generation API: one group per API tag, one
command per operation, options named after the API's fields.

Start offline with `vimmerse mock`, then
`VIMMERSE_BASE_URL=http://127.0.0.1:4011 VIMMERSE_API_KEY=vimmerse-dev-key vimmerse ...`"""

EPILOG = f"""**Exit codes**

{table()}

**Environment**: VIMMERSE_API_KEY, VIMMERSE_BASE_URL, VIMMERSE_POLL_INTERVAL,
VIMMERSE_LOG (info or debug: log requests, key redacted)."""


def _fail(message: str, code: int) -> int:
    # One line, never a traceback: the key is scrubbed even from messages we did not write.
    sys.stderr.write(f"vimmerse: {redact(message)}\n")
    return code


def _usage(exc: TyperException) -> int:
    ctx = getattr(exc, "ctx", None)
    hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    return _fail(f"{exc.format_message()}{hint}", Exit.USAGE)


class RootGroup(TyperGroup):
    """Runs typer in non-standalone mode so every failure goes through ``_fail``, and
    accepts its options anywhere on the line (``_shared``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        share(self)

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        code = self._run(args, prog_name, complete_var, **extra)
        if standalone_mode:
            sys.exit(code)
        return code

    def _run(
        self,
        args: Sequence[str] | None,
        prog_name: str | None,
        complete_var: str | None,
        **extra: Any,
    ) -> int:
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except TyperException as exc:  # click's errors: usage, bad values, missing files
            if type(exc).__name__ == "NoArgsIsHelpError":
                return Exit.USAGE  # the help has been printed
            if getattr(exc, "exit_code", 1) == Exit.USAGE:
                return _usage(exc)
            return _fail(exc.format_message(), getattr(exc, "exit_code", Exit.ERROR))
        except typer.Abort:
            return _fail("aborted", Exit.INTERRUPTED)
        except Explained as exc:
            return _fail(str(exc), exc.code)
        except VimmerseError as exc:
            return _fail(describe(exc), exit_code_for(exc))
        except OSError as exc:  # e.g. a download folder we may not write to
            return _fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), Exit.ERROR)
        except Exception as exc:
            # The SDK types every failure; this is a net for a bug. httpx is looked up, not
            # imported: nothing was sent if it is not loaded (`vimmerse --help` needs none).
            httpx = sys.modules.get("httpx")
            if httpx is None or not isinstance(exc, httpx.HTTPError):
                raise
            return _fail(f"HTTP error: {exc} ({type(exc).__name__})", Exit.ERROR)
        if result == Exit.INTERRUPTED:
            return _fail("interrupted", Exit.INTERRUPTED)
        return result if isinstance(result, int) else Exit.OK


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(version_line())
        raise typer.Exit()


def root(
    ctx: typer.Context,
    api_key: Annotated[
        str | None,
        typer.Option(
            envvar="VIMMERSE_API_KEY",
            show_envvar=True,
            show_default=False,
            help="API key (better: the environment variable; never printed).",
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(envvar="VIMMERSE_BASE_URL", show_envvar=True, help="API server."),
    ] = None,
    max_retries: Annotated[
        int, typer.Option(min=0, help="Retries of a failed request.")
    ] = _defaults.MAX_RETRIES,
    poll_interval: Annotated[
        float,
        typer.Option(
            envvar="VIMMERSE_POLL_INTERVAL", min=0.0, help="First pause between polls (seconds)."
        ),
    ] = _defaults.POLL_INTERVAL,
    wait_timeout: Annotated[
        float, typer.Option(min=0.0, help="Give up waiting after this many seconds.")
    ] = _defaults.MAX_WAIT_SECONDS,
    version: Annotated[
        bool,
        typer.Option("--version", is_eager=True, callback=_version, help="Show the version."),
    ] = False,
) -> None:
    # The values are read by settings() from ctx.meta, not from these arguments. One typed
    # after the group is parsed later by click (see _shared) and wins.
    values = root_values(ctx)
    values.update({k: v for k, v in ctx.params.items() if k not in values})
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())


def _tag(surface: Surface, tag: str) -> typer.Typer:
    """A tag's commands: one per operation, and the job helpers that belong to it."""
    from ._commands import add_operations
    from ._helpers import add_helpers

    group = typer.Typer(rich_markup_mode="markdown")
    add_operations(group, operations(surface)[tag])
    add_helpers(group, tag, surface)
    return group


def _spec_group() -> typer.Typer:
    from ._spec import spec_group  # the drift checker: loaded for `vimmerse spec ...` only

    return spec_group()


def _batch_group() -> typer.Typer:
    from ._batch import batch_group  # the batch engine: loaded for `vimmerse batch ...` only

    return batch_group()


def build(surface: Surface) -> typer.Typer:
    app = typer.Typer(
        name="vimmerse",
        cls=RootGroup,
        help=HELP,
        epilog=EPILOG,
        rich_markup_mode="markdown",
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback(invoke_without_command=True)(root)
    descriptions = surface.manifest["tag_descriptions"]
    for tag in surface.manifest["tags"]:  # each built when first used (_lazy)
        app.add_typer(
            typer.Typer(rich_markup_mode="markdown", no_args_is_help=True),
            name=tag,
            cls=lazy_class(functools.partial(_tag, surface, tag)),
            help=descriptions.get(tag) or f"Operations tagged {tag}.",
        )
    add_mock(app)
    app.add_typer(
        typer.Typer(rich_markup_mode="markdown", no_args_is_help=True),
        name="spec",
        cls=lazy_class(_spec_group),
        help="Compare the live API with the spec this SDK was generated from.",
    )
    app.add_typer(
        typer.Typer(rich_markup_mode="markdown", no_args_is_help=True),
        name="batch",
        cls=lazy_class(_batch_group),
        help="Many jobs from one file: priced first, held to a budget, resumable.",
    )
    return app


@functools.cache
def command(surface: Surface) -> RootGroup:
    """The click command behind the app, built once per process."""
    built = typer.main.get_command(build(surface))
    assert isinstance(built, RootGroup)
    return built
