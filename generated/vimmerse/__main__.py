"""``python -m vimmerse``: the same as the ``vimmerse`` command (needs the 'cli' extra)."""

from .cli import main

main()
