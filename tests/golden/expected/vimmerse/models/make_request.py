# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shape import Shape


T = TypeVar("T", bound="MakeRequest")


@_attrs_define
class MakeRequest:
    """
    Attributes:
        prompt (str): What to make.
        count (int | Unset):  Default: 1.
        later (bool | Unset):  Default: False.
        shape (Shape | Unset): Sent in a request and read back in the answer (both sides).
    """

    prompt: str
    count: int | Unset = 1
    later: bool | Unset = False
    shape: Shape | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        count = self.count

        later = self.later

        shape: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shape, Unset):
            shape = self.shape.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if later is not UNSET:
            field_dict["later"] = later
        if shape is not UNSET:
            field_dict["shape"] = shape

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shape import Shape

        d = dict(src_dict)
        prompt = d.pop("prompt")

        count = d.pop("count", UNSET)

        later = d.pop("later", UNSET)

        _shape = d.pop("shape", UNSET)
        shape: Shape | Unset
        if isinstance(_shape, Unset):
            shape = UNSET
        else:
            shape = Shape.from_dict(_shape)

        make_request = cls(
            prompt=prompt,
            count=count,
            later=later,
            shape=shape,
        )

        make_request.additional_properties = d
        return make_request

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
