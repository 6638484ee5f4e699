# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""The ``vimmerse`` command (``pip install 'vimmerse[cli]'``): the runtime's CLI, built from
this package's manifest and clients."""

from vimmerse_core.cli import run

from ._client import SURFACE


def main() -> None:
    run(SURFACE)
