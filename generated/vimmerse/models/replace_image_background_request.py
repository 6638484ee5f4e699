# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.replace_image_background_request_option import (
    ReplaceImageBackgroundRequestOption,
    check_replace_image_background_request_option,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplaceImageBackgroundRequest")


@_attrs_define
class ReplaceImageBackgroundRequest:
    """
    Attributes:
        image_url (str): The image whose background changes.
        option (ReplaceImageBackgroundRequestOption):
        image2_url (str | Unset): New background (`ReplaceBackground`) or style reference (`RestyleBackground`); omit
            for `RemoveBackground`.
        async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by id. Default: False.
        webhook_url (str | Unset): Optional URL that receives a `POST` when the job is complete.
    """

    image_url: str
    option: ReplaceImageBackgroundRequestOption
    image2_url: str | Unset = UNSET
    async_mode: bool | Unset = False
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        option: str = self.option

        image2_url = self.image2_url

        async_mode = self.async_mode

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "option": option,
            }
        )
        if image2_url is not UNSET:
            field_dict["image2_url"] = image2_url
        if async_mode is not UNSET:
            field_dict["async_mode"] = async_mode
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        option = check_replace_image_background_request_option(d.pop("option"))

        image2_url = d.pop("image2_url", UNSET)

        async_mode = d.pop("async_mode", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        replace_image_background_request = cls(
            image_url=image_url,
            option=option,
            image2_url=image2_url,
            async_mode=async_mode,
            webhook_url=webhook_url,
        )

        replace_image_background_request.additional_properties = d
        return replace_image_background_request

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
