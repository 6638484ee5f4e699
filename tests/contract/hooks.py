"""Schemathesis hooks for the runs against both mocks (loaded through SCHEMATHESIS_HOOKS)."""

from __future__ import annotations

from typing import Any

import schemathesis

from tests.contract.schemathesis_limits import is_false_failure


@schemathesis.hook
def filter_failure(context: Any, failure: Any, case: Any, response: Any) -> bool:
    return not is_false_failure(type(failure).checks, case)
