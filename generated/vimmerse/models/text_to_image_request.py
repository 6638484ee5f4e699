# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TextToImageRequest")


@_attrs_define
class TextToImageRequest:
    """
    Attributes:
        prompt (str | Unset): Text description of the desired image.
        quantity (int | Unset): Number of images. Default: 1.
        option (str | Unset): Model/tool; `AutoI` picks automatically. Default: 'AutoI'.
        aspect_ratio (str | Unset): Output aspect ratio, e.g. `21:9`, `16:9`, `4:3`, `1:1`, `9:16`. Default: '16:9'.
        enhance_image (bool | Unset): Apply 1× super-resolution post-processing. Default: False.
        async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by id. Default: False.
        webhook_url (str | Unset): Optional URL that receives a `POST` when the job is complete.
    """

    prompt: str | Unset = UNSET
    quantity: int | Unset = 1
    option: str | Unset = "AutoI"
    aspect_ratio: str | Unset = "16:9"
    enhance_image: bool | Unset = False
    async_mode: bool | Unset = False
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        quantity = self.quantity

        option = self.option

        aspect_ratio = self.aspect_ratio

        enhance_image = self.enhance_image

        async_mode = self.async_mode

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if option is not UNSET:
            field_dict["option"] = option
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if enhance_image is not UNSET:
            field_dict["enhance_image"] = enhance_image
        if async_mode is not UNSET:
            field_dict["async_mode"] = async_mode
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        quantity = d.pop("quantity", UNSET)

        option = d.pop("option", UNSET)

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        enhance_image = d.pop("enhance_image", UNSET)

        async_mode = d.pop("async_mode", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        text_to_image_request = cls(
            prompt=prompt,
            quantity=quantity,
            option=option,
            aspect_ratio=aspect_ratio,
            enhance_image=enhance_image,
            async_mode=async_mode,
            webhook_url=webhook_url,
        )

        text_to_image_request.additional_properties = d
        return text_to_image_request

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
