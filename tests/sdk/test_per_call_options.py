"""The per-call options are defined once, by the runtime's RequestOptions: every generated
method ends with exactly its fields, annotated and defaulted as it declares them."""

from __future__ import annotations

import inspect

import attrs

from vimmerse._client import SURFACE
from vimmerse_core._request_options import PER_CALL, RequestOptions


def test_every_method_takes_the_runtime_s_per_call_options_as_declared() -> None:
    fields = attrs.fields_dict(RequestOptions)
    checked = 0
    for op in SURFACE.operations():
        for prefix in ("", "Async"):
            method = getattr(SURFACE.resource_class(op.tag, prefix=prefix), op.name)
            params = list(inspect.signature(method).parameters.values())[-len(PER_CALL) :]
            assert [p.name for p in params] == list(PER_CALL), op.name
            for p in params:
                field = fields[p.name]
                assert (str(p.annotation), p.default) == (str(field.type), field.default), p.name
            checked += 1
    assert checked == 2 * len(SURFACE.operations())


def test_the_per_call_names_are_the_options_fields() -> None:
    assert tuple(attrs.fields_dict(RequestOptions)) == PER_CALL
