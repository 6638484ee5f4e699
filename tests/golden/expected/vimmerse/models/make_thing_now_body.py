# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.make_thing_now_body_size import MakeThingNowBodySize, check_make_thing_now_body_size
from ..types import UNSET, Unset

T = TypeVar("T", bound="MakeThingNowBody")


@_attrs_define
class MakeThingNowBody:
    """
    Attributes:
        name (str | Unset): The name.
        size (MakeThingNowBodySize | Unset):  Default: 'small'.
    """

    name: str | Unset = UNSET
    size: MakeThingNowBodySize | Unset = "small"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _size = d.pop("size", UNSET)
        size: MakeThingNowBodySize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = check_make_thing_now_body_size(_size)

        make_thing_now_body = cls(
            name=name,
            size=size,
        )

        make_thing_now_body.additional_properties = d
        return make_thing_now_body

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
