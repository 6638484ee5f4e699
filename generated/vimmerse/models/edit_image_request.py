# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edit_image_request_option import (
    EditImageRequestOption,
    check_edit_image_request_option,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.edit_image_request_reframe_parameters import EditImageRequestReframeParameters


T = TypeVar("T", bound="EditImageRequest")


@_attrs_define
class EditImageRequest:
    """
    Attributes:
        image_url (str):
        option (EditImageRequestOption):
        aspect_ratio (str | Unset): Required by `ExpandToAspectRatio`.
        mask_url (str | Unset): Required by `Inpaint`.
        prompt (str | Unset): Required by `Inpaint`.
        reframe_parameters (EditImageRequestReframeParameters | Unset): Required by `LumaReframe`.
        quantity (int | Unset):  Default: 1.
        async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by id. Default: False.
        webhook_url (str | Unset): Optional URL that receives a `POST` when the job is complete.
    """

    image_url: str
    option: EditImageRequestOption
    aspect_ratio: str | Unset = UNSET
    mask_url: str | Unset = UNSET
    prompt: str | Unset = UNSET
    reframe_parameters: EditImageRequestReframeParameters | Unset = UNSET
    quantity: int | Unset = 1
    async_mode: bool | Unset = False
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        option: str = self.option

        aspect_ratio = self.aspect_ratio

        mask_url = self.mask_url

        prompt = self.prompt

        reframe_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reframe_parameters, Unset):
            reframe_parameters = self.reframe_parameters.to_dict()

        quantity = self.quantity

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
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if mask_url is not UNSET:
            field_dict["mask_url"] = mask_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if reframe_parameters is not UNSET:
            field_dict["reframe_parameters"] = reframe_parameters
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if async_mode is not UNSET:
            field_dict["async_mode"] = async_mode
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.edit_image_request_reframe_parameters import EditImageRequestReframeParameters

        d = dict(src_dict)
        image_url = d.pop("image_url")

        option = check_edit_image_request_option(d.pop("option"))

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        mask_url = d.pop("mask_url", UNSET)

        prompt = d.pop("prompt", UNSET)

        _reframe_parameters = d.pop("reframe_parameters", UNSET)
        reframe_parameters: EditImageRequestReframeParameters | Unset
        if isinstance(_reframe_parameters, Unset):
            reframe_parameters = UNSET
        else:
            reframe_parameters = EditImageRequestReframeParameters.from_dict(_reframe_parameters)

        quantity = d.pop("quantity", UNSET)

        async_mode = d.pop("async_mode", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        edit_image_request = cls(
            image_url=image_url,
            option=option,
            aspect_ratio=aspect_ratio,
            mask_url=mask_url,
            prompt=prompt,
            reframe_parameters=reframe_parameters,
            quantity=quantity,
            async_mode=async_mode,
            webhook_url=webhook_url,
        )

        edit_image_request.additional_properties = d
        return edit_image_request

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
