# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""The ``vimmerse`` command (``pip install 'vimmerse[cli]'``): the runtime's CLI, built from
this package's manifest and clients."""

from vimmerse_core._surface import surface
from vimmerse_core.cli import run


def main() -> None:
    # The manifest alone: the clients (and their HTTP stack) load when a command runs.
    run(surface(__name__.rpartition(".")[0]))
