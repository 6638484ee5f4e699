# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageEstimateCreditsRequest")


@_attrs_define
class ImageEstimateCreditsRequest:
    """
    Attributes:
        option (str): Model/tool option of that route, e.g. `NanoBanana`.
        app_name (str | Unset): The generation route to price, e.g. `text-to-image`. Default: 'text-to-image'.
        quantity (int | Unset):  Default: 1.
        prompt (str | Unset): Used when pricing depends on the prompt. Default: ''.
    """

    option: str
    app_name: str | Unset = "text-to-image"
    quantity: int | Unset = 1
    prompt: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        option = self.option

        app_name = self.app_name

        quantity = self.quantity

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "option": option,
            }
        )
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        option = d.pop("option")

        app_name = d.pop("app_name", UNSET)

        quantity = d.pop("quantity", UNSET)

        prompt = d.pop("prompt", UNSET)

        image_estimate_credits_request = cls(
            option=option,
            app_name=app_name,
            quantity=quantity,
            prompt=prompt,
        )

        image_estimate_credits_request.additional_properties = d
        return image_estimate_credits_request

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
