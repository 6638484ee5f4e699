# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoToVideoRequest")


@_attrs_define
class VideoToVideoRequest:
    """
    Attributes:
        video_url (str):
        async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by id. Default: True.
        webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is complete.
        image_url (str | Unset):  Default: ''.
        prompt (str | Unset):  Default: ''.
        option (str | Unset):  Default: 'KlingO'.
    """

    video_url: str
    async_mode: bool | Unset = True
    webhook_url: None | str | Unset = UNSET
    image_url: str | Unset = ""
    prompt: str | Unset = ""
    option: str | Unset = "KlingO"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        async_mode = self.async_mode

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        image_url = self.image_url

        prompt = self.prompt

        option = self.option

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if async_mode is not UNSET:
            field_dict["async_mode"] = async_mode
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if option is not UNSET:
            field_dict["option"] = option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        async_mode = d.pop("async_mode", UNSET)

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

        image_url = d.pop("image_url", UNSET)

        prompt = d.pop("prompt", UNSET)

        option = d.pop("option", UNSET)

        video_to_video_request = cls(
            video_url=video_url,
            async_mode=async_mode,
            webhook_url=webhook_url,
            image_url=image_url,
            prompt=prompt,
            option=option,
        )

        video_to_video_request.additional_properties = d
        return video_to_video_request

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
