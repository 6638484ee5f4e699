"""The manifest's parameter types (what the CLI parses options into) agree with the
generated methods' type hints: codegen derives both from one parse, and this fails if
they ever drift apart. Only the tests inspect the generated methods; the CLI does not."""

from __future__ import annotations

import collections.abc
import types
import typing
from typing import Any, Literal

import attrs
import pytest

import vimmerse.types
from vimmerse._client import SURFACE
from vimmerse_core._surface import Operation, Param

SCALARS = {"str": str, "int": int, "float": float, "bool": bool}


def _members(annotation: Any) -> list[Any]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        found = [m for arg in typing.get_args(annotation) for m in _members(arg)]
    else:
        found = [annotation]
    return [m for m in found if m not in (vimmerse.types.Unset, type(None))]


def _is_list(annotation: Any) -> bool:
    return typing.get_origin(annotation) in (list, collections.abc.Sequence)


def _model_names(members: list[Any]) -> tuple[str, ...]:
    return tuple(m.__name__ for m in members if isinstance(m, type) and attrs.has(m))


def _value_params() -> list[tuple[Operation, Param]]:
    return [(op, p) for op in SURFACE.operations() for p in op.params if p.kind == "value"]


@pytest.mark.parametrize(
    ("op", "param"), _value_params(), ids=[f"{o.name}-{p.name}" for o, p in _value_params()]
)
def test_a_parameter_s_manifest_type_is_its_signature_s(op: Operation, param: Param) -> None:
    method = getattr(SURFACE.resource_class(op.tag), op.name)
    members = _members(typing.get_type_hints(method)[param.name])
    if param.multiple:
        assert len(members) == 1 and _is_list(members[0])
        members = _members(typing.get_args(members[0])[0])
    lists = [typing.get_args(m)[0] for m in members if _is_list(m)]
    assert param.models == _model_names(members)
    assert param.model_lists == _model_names(lists)
    literals = [v for m in members if typing.get_origin(m) is Literal for v in typing.get_args(m)]
    assert param.closed == (
        bool(members)
        and len(literals) > 0
        and all(typing.get_origin(m) is Literal for m in members)
    )
    if param.closed:
        assert sorted(map(str, param.choices)) == sorted(map(str, literals))
    if param.base in SCALARS and not (param.models or param.model_lists or param.closed):
        scalar = SCALARS[param.base]
        assert members == [scalar] or scalar is str  # str: also the CLI's "pass as text"


def test_the_check_above_sees_a_wrong_base() -> None:
    op, param = next((o, p) for o, p in _value_params() if p.base == "int")
    wrong = attrs.evolve(param, base="bool")
    with pytest.raises(AssertionError):
        test_a_parameter_s_manifest_type_is_its_signature_s(op, wrong)
