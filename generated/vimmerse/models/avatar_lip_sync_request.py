# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.avatar_lip_sync_request_aspect_ratio import (
    AvatarLipSyncRequestAspectRatio,
    check_avatar_lip_sync_request_aspect_ratio,
)
from ..models.avatar_lip_sync_request_show_caption import (
    AvatarLipSyncRequestShowCaption,
    check_avatar_lip_sync_request_show_caption,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvatarLipSyncRequest")


@_attrs_define
class AvatarLipSyncRequest:
    """
    Attributes:
        async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by id. Default: True.
        webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is complete.
        avatar_id (str | Unset):  Default: ''.
        voice_id (str | Unset):  Default: ''.
        prompt (str | Unset): Speech script for the avatar. Default: ''.
        bg_image_url (str | Unset):  Default: ''.
        audio_url (str | Unset):  Default: ''.
        aspect_ratio (AvatarLipSyncRequestAspectRatio | Unset):  Default: '16:9'.
        show_caption (AvatarLipSyncRequestShowCaption | Unset):  Default: 'On'.
    """

    async_mode: bool | Unset = True
    webhook_url: None | str | Unset = UNSET
    avatar_id: str | Unset = ""
    voice_id: str | Unset = ""
    prompt: str | Unset = ""
    bg_image_url: str | Unset = ""
    audio_url: str | Unset = ""
    aspect_ratio: AvatarLipSyncRequestAspectRatio | Unset = "16:9"
    show_caption: AvatarLipSyncRequestShowCaption | Unset = "On"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        async_mode = self.async_mode

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        avatar_id = self.avatar_id

        voice_id = self.voice_id

        prompt = self.prompt

        bg_image_url = self.bg_image_url

        audio_url = self.audio_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        show_caption: str | Unset = UNSET
        if not isinstance(self.show_caption, Unset):
            show_caption = self.show_caption

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if async_mode is not UNSET:
            field_dict["async_mode"] = async_mode
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if avatar_id is not UNSET:
            field_dict["avatar_id"] = avatar_id
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if bg_image_url is not UNSET:
            field_dict["bg_image_url"] = bg_image_url
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if show_caption is not UNSET:
            field_dict["show_caption"] = show_caption

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        async_mode = d.pop("async_mode", UNSET)

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

        avatar_id = d.pop("avatar_id", UNSET)

        voice_id = d.pop("voice_id", UNSET)

        prompt = d.pop("prompt", UNSET)

        bg_image_url = d.pop("bg_image_url", UNSET)

        audio_url = d.pop("audio_url", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: AvatarLipSyncRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_avatar_lip_sync_request_aspect_ratio(_aspect_ratio)

        _show_caption = d.pop("show_caption", UNSET)
        show_caption: AvatarLipSyncRequestShowCaption | Unset
        if isinstance(_show_caption, Unset):
            show_caption = UNSET
        else:
            show_caption = check_avatar_lip_sync_request_show_caption(_show_caption)

        avatar_lip_sync_request = cls(
            async_mode=async_mode,
            webhook_url=webhook_url,
            avatar_id=avatar_id,
            voice_id=voice_id,
            prompt=prompt,
            bg_image_url=bg_image_url,
            audio_url=audio_url,
            aspect_ratio=aspect_ratio,
            show_caption=show_caption,
        )

        avatar_lip_sync_request.additional_properties = d
        return avatar_lip_sync_request

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
