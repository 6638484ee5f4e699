"""How a parameter's value is typed, as the CLI needs it: read from openapi-python-client's
parse (the same the generated signature prints), written into the manifest, so the CLI
never recovers it by inspecting the generated methods."""

from __future__ import annotations

from typing import Any

import attrs
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty

# Exactly these property classes are the CLI's scalar types.
_BASES = (
    (BooleanProperty, "bool"),
    (IntProperty, "int"),
    (FloatProperty, "float"),
    (StringProperty, "str"),
)


@attrs.frozen
class ValueType:
    base: str = "str"  # str | int | float | bool | path
    multiple: bool = False
    closed: bool = False  # only `choices` are allowed
    choices: tuple[Any, ...] = ()
    models: tuple[str, ...] = ()
    model_lists: tuple[str, ...] = ()


def _members(prop: Any) -> list[Any]:
    """The members of a union, without null (the CLI leaves such fields out)."""
    found = (
        [m for inner in prop.inner_properties for m in _members(inner)]
        if isinstance(prop, UnionProperty)
        else [prop]
    )
    return [m for m in found if not isinstance(m, NoneProperty)]


def _values(prop: Any) -> list[Any]:
    """A literal's values, in the order its generated `Literal[...]` lists them (sorted)."""
    if isinstance(prop, ConstProperty):
        return [prop.value.raw_value]
    return sorted(prop.values)


def value_type(prop: Any) -> ValueType:
    members = _members(prop)
    if any(isinstance(m, FileProperty) for m in members):
        return ValueType(base="path")  # a file: a path, bytes or a file object
    if len(members) == 1 and isinstance(members[0], ListProperty):
        inner = value_type(members[0].inner_property)
        if not inner.models:
            return attrs.evolve(inner, multiple=True)
    models = tuple(str(m.class_info.name) for m in members if isinstance(m, ModelProperty))
    model_lists = tuple(
        str(m.inner_property.class_info.name)
        for m in members
        if isinstance(m, ListProperty) and isinstance(m.inner_property, ModelProperty)
    )
    if models or model_lists:
        return ValueType(models=models, model_lists=model_lists)
    if members and all(isinstance(m, LiteralEnumProperty | ConstProperty) for m in members):
        return ValueType(closed=True, choices=tuple(v for m in members for v in _values(m)))
    for cls, base in _BASES:
        if len(members) == 1 and type(members[0]) is cls:
            return ValueType(base=base)
    return ValueType()  # any, or a mix of scalars: passed as text
