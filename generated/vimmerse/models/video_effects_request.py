# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoEffectsRequest")


@_attrs_define
class VideoEffectsRequest:
    """
    Attributes:
        image_url (str):
        async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by id. Default: True.
        webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is complete.
        ref_image_url (str | Unset):  Default: ''.
        option (str | Unset):  Default: 'HiggsfieldEffects'.
        effect (str | Unset):  Default: 'BulletTime'.
        prompt (str | Unset):  Default: ''.
        aspect_ratio (None | str | Unset):
        quantity (int | Unset):  Default: 1.
    """

    image_url: str
    async_mode: bool | Unset = True
    webhook_url: None | str | Unset = UNSET
    ref_image_url: str | Unset = ""
    option: str | Unset = "HiggsfieldEffects"
    effect: str | Unset = "BulletTime"
    prompt: str | Unset = ""
    aspect_ratio: None | str | Unset = UNSET
    quantity: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        async_mode = self.async_mode

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        ref_image_url = self.ref_image_url

        option = self.option

        effect = self.effect

        prompt = self.prompt

        aspect_ratio: None | str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = self.aspect_ratio

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if async_mode is not UNSET:
            field_dict["async_mode"] = async_mode
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if ref_image_url is not UNSET:
            field_dict["ref_image_url"] = ref_image_url
        if option is not UNSET:
            field_dict["option"] = option
        if effect is not UNSET:
            field_dict["effect"] = effect
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        async_mode = d.pop("async_mode", UNSET)

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

        ref_image_url = d.pop("ref_image_url", UNSET)

        option = d.pop("option", UNSET)

        effect = d.pop("effect", UNSET)

        prompt = d.pop("prompt", UNSET)

        def _parse_aspect_ratio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspect_ratio", UNSET))

        quantity = d.pop("quantity", UNSET)

        video_effects_request = cls(
            image_url=image_url,
            async_mode=async_mode,
            webhook_url=webhook_url,
            ref_image_url=ref_image_url,
            option=option,
            effect=effect,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            quantity=quantity,
        )

        video_effects_request.additional_properties = d
        return video_effects_request

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
