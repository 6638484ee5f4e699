"""Has the API moved? Compare a live server's answers with the spec (`vimmerse spec drift`).

`run.py` calls the operations the spec marks `x-vimmerse-safe: true`; `proxy.py` reads
the violations Prism's proxy mode logs while a developer's own code talks to the API.
Both feed `report.Report`: per operation, the fields, enum values, types and status codes
the spec does not describe, and a JSON Patch for the fixes that are mechanical.
"""

from .compare import KINDS, Comparer, Finding
from .report import Report
from .run import run
from .spec import load, operations

__all__ = ["KINDS", "Comparer", "Finding", "Report", "load", "operations", "run"]
