# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferenceToVideoRequest")


@_attrs_define
class ReferenceToVideoRequest:
    """
    Attributes:
        image_urls (list[str]):
        async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by id. Default: True.
        webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is complete.
        elements (list[str] | Unset): Optional URL groups for element-aware tools.
        aspect_ratio (str | Unset):  Default: '16:9'.
        prompt (str | Unset):  Default: ''.
        option (str | Unset):  Default: 'KlingO'.
        quantity (int | Unset):  Default: 1.
        duration (int | Unset):  Default: 5.
    """

    image_urls: list[str]
    async_mode: bool | Unset = True
    webhook_url: None | str | Unset = UNSET
    elements: list[str] | Unset = UNSET
    aspect_ratio: str | Unset = "16:9"
    prompt: str | Unset = ""
    option: str | Unset = "KlingO"
    quantity: int | Unset = 1
    duration: int | Unset = 5
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        async_mode = self.async_mode

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        elements: list[str] | Unset = UNSET
        if not isinstance(self.elements, Unset):
            elements = self.elements

        aspect_ratio = self.aspect_ratio

        prompt = self.prompt

        option = self.option

        quantity = self.quantity

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_urls": image_urls,
            }
        )
        if async_mode is not UNSET:
            field_dict["async_mode"] = async_mode
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if elements is not UNSET:
            field_dict["elements"] = elements
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if option is not UNSET:
            field_dict["option"] = option
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        async_mode = d.pop("async_mode", UNSET)

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

        elements = cast(list[str], d.pop("elements", UNSET))

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        prompt = d.pop("prompt", UNSET)

        option = d.pop("option", UNSET)

        quantity = d.pop("quantity", UNSET)

        duration = d.pop("duration", UNSET)

        reference_to_video_request = cls(
            image_urls=image_urls,
            async_mode=async_mode,
            webhook_url=webhook_url,
            elements=elements,
            aspect_ratio=aspect_ratio,
            prompt=prompt,
            option=option,
            quantity=quantity,
            duration=duration,
        )

        reference_to_video_request.additional_properties = d
        return reference_to_video_request

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
