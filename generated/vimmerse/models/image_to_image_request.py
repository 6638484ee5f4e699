# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageToImageRequest")


@_attrs_define
class ImageToImageRequest:
    """
    Attributes:
        image_url (str): Source image URL.
        prompt (str | Unset): Desired edits or style. Default: ''.
        option (str | Unset): Edit model/mode. Default: 'AutoI'.
        aspect_ratio (str | Unset): Optional output ratio.
        quantity (int | Unset): Variations. Default: 1.
        enhance_image (bool | Unset): Super-resolution post-processing. Default: False.
        async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by id. Default: False.
        webhook_url (str | Unset): Optional URL that receives a `POST` when the job is complete.
    """

    image_url: str
    prompt: str | Unset = ""
    option: str | Unset = "AutoI"
    aspect_ratio: str | Unset = UNSET
    quantity: int | Unset = 1
    enhance_image: bool | Unset = False
    async_mode: bool | Unset = False
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        prompt = self.prompt

        option = self.option

        aspect_ratio = self.aspect_ratio

        quantity = self.quantity

        enhance_image = self.enhance_image

        async_mode = self.async_mode

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if option is not UNSET:
            field_dict["option"] = option
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
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
        image_url = d.pop("image_url")

        prompt = d.pop("prompt", UNSET)

        option = d.pop("option", UNSET)

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        quantity = d.pop("quantity", UNSET)

        enhance_image = d.pop("enhance_image", UNSET)

        async_mode = d.pop("async_mode", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        image_to_image_request = cls(
            image_url=image_url,
            prompt=prompt,
            option=option,
            aspect_ratio=aspect_ratio,
            quantity=quantity,
            enhance_image=enhance_image,
            async_mode=async_mode,
            webhook_url=webhook_url,
        )

        image_to_image_request.additional_properties = d
        return image_to_image_request

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
