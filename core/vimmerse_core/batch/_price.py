"""Pricing a row before it runs, through the API's free estimate routes.

A generation route's `x-app-name` is what the estimate of its tag (`x-vimmerse-behaviour:
estimate`) prices it by; the estimate's `app-name` role field takes it, the fields both
share are copied from the row, and the answer's `x-vimmerse-credits` field is the price.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from typing import Any

from .._errors import APIStatusError
from .._surface import Operation, Surface
from ._rows import Row


def estimate_of(surface: Surface, op: Operation) -> Operation | None:
    """The estimate that prices `op`, or None (an operation the spec gives no price for)."""
    if op.app_name is None:
        return None
    return next(
        (
            e
            for e in surface.operations(op.tag)
            if e.behaviour == "estimate" and e.role("app-name") and e.credits
        ),
        None,
    )


def estimate_arguments(estimate: Operation, row: Row) -> dict[str, Any] | None:
    """The estimate's keyword arguments for this row (by Python name); None when the row
    cannot fill a field the estimate requires (its route has no such field)."""
    defaults = {p.api_name: p.default for p in row.op.params}
    kwargs: dict[str, Any] = {}
    for param in estimate.params:
        if param.location != "body":
            continue
        if param.role == "app-name":
            kwargs[param.name] = row.op.app_name
        elif param.api_name in row.fields:
            kwargs[param.name] = row.fields[param.api_name]
        elif param.required and defaults.get(param.api_name) is not None:
            kwargs[param.name] = defaults[param.api_name]  # the route's own default
        elif param.required:
            return None
    return kwargs


def credits_of(result: Any, op: Operation) -> float | None:
    """The `x-vimmerse-credits` field of an answer, if it carries one."""
    if op.credits is None:
        return None
    value = (
        result.get(op.credits) if isinstance(result, Mapping) else getattr(result, op.credits, None)
    )
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


class Pricer:
    """Prices rows, at most `concurrency` estimate calls at once; rows whose estimate
    requests are the same (a catalogue of images re-backgrounded alike) share one call."""

    def __init__(self, client: Any, concurrency: int) -> None:
        self.client = client
        self._gate = asyncio.Semaphore(concurrency)
        self._asked: dict[str, asyncio.Future[float | None]] = {}
        self._estimates: dict[str, Operation | None] = {}  # operation id -> its estimate

    async def __call__(self, row: Row) -> float | None:
        """The row's price in credits; None when no estimate route prices it."""
        key = row.op.operation_id
        if key not in self._estimates:
            self._estimates[key] = estimate_of(self.client._surface, row.op)
        estimate = self._estimates[key]
        kwargs = estimate_arguments(estimate, row) if estimate is not None else None
        if estimate is None or kwargs is None:
            return None
        key = json.dumps([estimate.operation_id, kwargs], sort_keys=True, default=str)
        if key not in self._asked:
            self._asked[key] = asyncio.ensure_future(self._ask(estimate, kwargs))
        return await asyncio.shield(self._asked[key])

    async def _ask(self, estimate: Operation, kwargs: dict[str, Any]) -> float | None:
        method = getattr(getattr(self.client, estimate.tag), estimate.name)
        try:
            async with self._gate:
                answer = await method(**kwargs)
        except APIStatusError as exc:
            if exc.status_code >= 500 or exc.status_code == 429:
                raise  # the retries are spent: the price is not known, so nothing starts
            return None  # the estimate refuses this request: it is not priced
        return credits_of(answer, estimate)
