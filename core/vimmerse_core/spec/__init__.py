"""The spec, read one way by every tool: codegen, api-diff, the mock, drift, the CLI and the
tests load it, follow its `$ref`s, merge its `allOf`s and read its `x-` extensions here.

Light on purpose: the mock imports it on start-up, and PyYAML is imported only to parse.
"""

from ._document import Document, escape, unescape
from ._load import SpecError, parse, read
from ._operations import METHODS, SpecOperation

__all__ = [
    "METHODS",
    "Document",
    "SpecError",
    "SpecOperation",
    "escape",
    "parse",
    "read",
    "unescape",
]
