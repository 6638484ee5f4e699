"""The SDK's version, sent in the User-Agent.

The one place the version is set: hatch reads it for the wheel (pyproject.toml), and
`make release-notes` bumps it (codegen/apidiff/version.py).
"""

__version__ = "0.1.0"
