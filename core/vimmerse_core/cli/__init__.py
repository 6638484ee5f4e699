"""The ``vimmerse`` command line (``pip install 'vimmerse[cli]'``).

Its commands are built from a generated SDK's manifest and clients (see ``_discover``), so
it follows the spec without hand edits: the generated ``vimmerse.cli.main`` is
``run(SURFACE)``. Typer and rich are optional dependencies: the SDK itself never imports
this package.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._surface import Surface


def run(surface: Surface) -> None:
    try:
        _main(surface)
    except KeyboardInterrupt:
        # Ctrl-C while the commands are still being built (the first ~0.3 s), before
        # click's own handling is in place. 130: Exit.INTERRUPTED, not imported yet.
        sys.stderr.write("vimmerse: interrupted\n")
        sys.exit(130)


def _main(surface: Surface) -> None:
    if sys.argv[1:] == ["--version"]:
        # Answered before typer and the commands are loaded (the eager --version option
        # says the same for `vimmerse --version` anywhere else on a line).
        from ._version import version_line

        sys.stdout.write(version_line())
        return
    try:
        from ._app import command
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        sys.stderr.write(
            f"vimmerse: the command line needs the 'cli' extra "
            f"(pip install 'vimmerse[cli]'): {exc}\n"
        )
        sys.exit(1)
    command(surface).main(prog_name="vimmerse", obj=surface)
