# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.thing import Thing
    from ..models.thing_response import ThingResponse


T = TypeVar("T", bound="GetThingResponse")


@_attrs_define
class GetThingResponse:
    """An answer: an optional field the server left out reads as None; fields and values
    the spec lacks are kept (``additional_properties``; enums as plain strings).

    Attributes:
        data (Thing | ThingResponse)
    """

    data: Thing | ThingResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The fields that arrived as null, so that to_dict() sends them back as null.
    _nulls: set[str] = _attrs_field(init=False, factory=set, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        data: dict[str, Any]
        if isinstance(self.data, Thing):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        field_dict["data"] = data

        # The fields the spec lacks go after the known ones (the CLI prints them in order).
        field_dict.update(self.additional_properties)
        return field_dict

    # builtins.type: a field may be called `type`.
    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nulls: set[str] = set()

        def _parse_data(data: object) -> Thing | ThingResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = Thing.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_1 = ThingResponse.from_dict(data)

            return data_type_1

        data = _parse_data(d.pop("data"))

        get_thing_response = cls(
            data=data,
        )
        get_thing_response.additional_properties = d
        get_thing_response._nulls = nulls
        return get_thing_response

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


# At the end, once this module's class exists, so that models referring to each other load
# in either order: imports inside from_dict cost ~3 us of its ~9 a call (Asset, make bench cpu).
from ..models.thing import Thing  # noqa: E402
from ..models.thing_response import ThingResponse  # noqa: E402
