# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""``python -m vimmerse``: the command line."""

from .cli import main

main()
