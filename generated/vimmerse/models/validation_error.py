# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ValidationError")


@_attrs_define
class ValidationError:
    """An answer: an optional field the server left out reads as None; fields and values
    the spec lacks are kept (``additional_properties``; enums as plain strings).

    Attributes:
        loc (list[int | str])
        msg (str)
        type (str)
    """

    loc: list[int | str]
    msg: str
    type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The fields that arrived as null, so that to_dict() sends them back as null.
    _nulls: set[str] = _attrs_field(init=False, factory=set, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        loc = []
        for loc_item_data in self.loc:
            loc_item: int | str
            loc_item = loc_item_data
            loc.append(loc_item)

        field_dict["loc"] = loc

        field_dict["msg"] = self.msg

        field_dict["type"] = self.type

        # The fields the spec lacks go after the known ones (the CLI prints them in order).
        field_dict.update(self.additional_properties)
        return field_dict

    # builtins.type: a field may be called `type`.
    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nulls: set[str] = set()
        loc = []
        _loc = d.pop("loc")
        for loc_item_data in _loc:

            def _parse_loc_item(data: object) -> int | str:
                return cast(int | str, data)

            loc_item = _parse_loc_item(loc_item_data)

            loc.append(loc_item)

        msg = d.pop("msg")

        type = d.pop("type")

        validation_error = cls(
            loc=loc,
            msg=msg,
            type=type,
        )
        validation_error.additional_properties = d
        validation_error._nulls = nulls
        return validation_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
