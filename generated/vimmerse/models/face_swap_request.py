# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaceSwapRequest")


@_attrs_define
class FaceSwapRequest:
    """
    Attributes:
        image_urls (list[str]): The target image first, then one or more reference faces.
        option (str | Unset): Face-swap tool.
        face_only_mode (bool | Unset):
        multi_face_mode (bool | Unset):
        order_indices (list[int] | Unset): Target face indices (left-to-right from 0) that the reference faces map to.
        async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by id. Default: False.
        webhook_url (str | Unset): Optional URL that receives a `POST` when the job is complete.
    """

    image_urls: list[str]
    option: str | Unset = UNSET
    face_only_mode: bool | Unset = UNSET
    multi_face_mode: bool | Unset = UNSET
    order_indices: list[int] | Unset = UNSET
    async_mode: bool | Unset = False
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_urls = self.image_urls

        option = self.option

        face_only_mode = self.face_only_mode

        multi_face_mode = self.multi_face_mode

        order_indices: list[int] | Unset = UNSET
        if not isinstance(self.order_indices, Unset):
            order_indices = self.order_indices

        async_mode = self.async_mode

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_urls": image_urls,
            }
        )
        if option is not UNSET:
            field_dict["option"] = option
        if face_only_mode is not UNSET:
            field_dict["face_only_mode"] = face_only_mode
        if multi_face_mode is not UNSET:
            field_dict["multi_face_mode"] = multi_face_mode
        if order_indices is not UNSET:
            field_dict["order_indices"] = order_indices
        if async_mode is not UNSET:
            field_dict["async_mode"] = async_mode
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_urls = cast(list[str], d.pop("image_urls"))

        option = d.pop("option", UNSET)

        face_only_mode = d.pop("face_only_mode", UNSET)

        multi_face_mode = d.pop("multi_face_mode", UNSET)

        order_indices = cast(list[int], d.pop("order_indices", UNSET))

        async_mode = d.pop("async_mode", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        face_swap_request = cls(
            image_urls=image_urls,
            option=option,
            face_only_mode=face_only_mode,
            multi_face_mode=multi_face_mode,
            order_indices=order_indices,
            async_mode=async_mode,
            webhook_url=webhook_url,
        )

        face_swap_request.additional_properties = d
        return face_swap_request

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
