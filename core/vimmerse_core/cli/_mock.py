"""``vimmerse mock``: run the stateful mock server (``vimmerse-mock``) with its own flags."""

from __future__ import annotations

import sys

import typer

HELP = (
    "Run the stateful mock API on 127.0.0.1:4011 (dev key `vimmerse-dev-key`). "
    "Every flag goes to `vimmerse-mock`: see `vimmerse mock --help`."
)


def mock(ctx: typer.Context) -> None:
    try:
        from vimmerse_mock.cli import main
    except ImportError as exc:
        sys.stderr.write(
            f"vimmerse: the mock needs the 'mock' extra (pip install 'vimmerse[mock]'): {exc}\n"
        )
        raise typer.Exit(1) from exc
    main(ctx.args)


def add_mock(app: typer.Typer) -> None:
    app.command(
        "mock",
        help=HELP,
        short_help="Run the stateful mock API for offline development.",
        add_help_option=False,
        context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
    )(mock)
