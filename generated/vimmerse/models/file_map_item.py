# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileMapItem")


@_attrs_define
class FileMapItem:
    """An answer: an optional field the server left out reads as None; fields and values
    the spec lacks are kept (``additional_properties``; enums as plain strings).

    Attributes:
        file_type (str | None)
        file_name (str | None)
    """

    file_type: str | None = None
    file_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The fields that arrived as null, so that to_dict() sends them back as null.
    _nulls: set[str] = _attrs_field(init=False, factory=set, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.file_type is not None:
            field_dict["FileType"] = self.file_type
        elif "FileType" in self._nulls:
            field_dict["FileType"] = None

        if self.file_name is not None:
            field_dict["FileName"] = self.file_name
        elif "FileName" in self._nulls:
            field_dict["FileName"] = None

        # The fields the spec lacks go after the known ones (the CLI prints them in order).
        field_dict.update(self.additional_properties)
        return field_dict

    # builtins.type: a field may be called `type`.
    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nulls: set[str] = set()
        file_type: str | None = None
        _file_type_data = d.pop("FileType", UNSET)
        if _file_type_data is None:
            nulls.add("FileType")
        elif not isinstance(_file_type_data, Unset):
            file_type = _file_type_data

        file_name: str | None = None
        _file_name_data = d.pop("FileName", UNSET)
        if _file_name_data is None:
            nulls.add("FileName")
        elif not isinstance(_file_name_data, Unset):
            file_name = _file_name_data

        file_map_item = cls(
            file_type=file_type,
            file_name=file_name,
        )
        file_map_item.additional_properties = d
        file_map_item._nulls = nulls
        return file_map_item

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
