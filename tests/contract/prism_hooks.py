"""Schemathesis hooks for the runs against Prism (loaded through SCHEMATHESIS_HOOKS).

Kept apart from prism_limits.py so that importing the limits never registers a global hook.
"""

from __future__ import annotations

from typing import Any

import schemathesis

import tests.contract.hooks  # noqa: F401  (registers the hooks shared with the stateful mock)
from tests.contract.prism_limits import is_known_false_failure, shape_multipart


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    shape_multipart(case)


@schemathesis.hook
def filter_failure(context: Any, failure: Any, case: Any, response: Any) -> bool:
    return not is_known_false_failure(type(failure).checks, case, response)
