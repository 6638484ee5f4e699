# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TryOnRequest")


@_attrs_define
class TryOnRequest:
    """
    Attributes:
        human_image_url (str): The person.
        clothes_image_url (str): The clothing.
        option (str | Unset): Try-on tool.
        async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by id. Default: False.
        webhook_url (str | Unset): Optional URL that receives a `POST` when the job is complete.
    """

    human_image_url: str
    clothes_image_url: str
    option: str | Unset = UNSET
    async_mode: bool | Unset = False
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        human_image_url = self.human_image_url

        clothes_image_url = self.clothes_image_url

        option = self.option

        async_mode = self.async_mode

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "human_image_url": human_image_url,
                "clothes_image_url": clothes_image_url,
            }
        )
        if option is not UNSET:
            field_dict["option"] = option
        if async_mode is not UNSET:
            field_dict["async_mode"] = async_mode
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        human_image_url = d.pop("human_image_url")

        clothes_image_url = d.pop("clothes_image_url")

        option = d.pop("option", UNSET)

        async_mode = d.pop("async_mode", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        try_on_request = cls(
            human_image_url=human_image_url,
            clothes_image_url=clothes_image_url,
            option=option,
            async_mode=async_mode,
            webhook_url=webhook_url,
        )

        try_on_request.additional_properties = d
        return try_on_request

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
