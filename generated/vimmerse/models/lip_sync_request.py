# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LipSyncRequest")


@_attrs_define
class LipSyncRequest:
    """
    Attributes:
        async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by id. Default: True.
        webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is complete.
        image_url (str | Unset):  Default: ''.
        video_url (str | Unset):  Default: ''.
        audio_url (str | Unset):  Default: ''.
        prompt (str | Unset): Speech prompt when generating audio from text. Default: ''.
        option (str | Unset): Lip-sync tool. Default: 'AutoLipSync'.
        voice (str | Unset):  Default: 'AutoV'.
        video_duration (float | None | Unset):
        audio_duration (float | None | Unset):
    """

    async_mode: bool | Unset = True
    webhook_url: None | str | Unset = UNSET
    image_url: str | Unset = ""
    video_url: str | Unset = ""
    audio_url: str | Unset = ""
    prompt: str | Unset = ""
    option: str | Unset = "AutoLipSync"
    voice: str | Unset = "AutoV"
    video_duration: float | None | Unset = UNSET
    audio_duration: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        async_mode = self.async_mode

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        image_url = self.image_url

        video_url = self.video_url

        audio_url = self.audio_url

        prompt = self.prompt

        option = self.option

        voice = self.voice

        video_duration: float | None | Unset
        if isinstance(self.video_duration, Unset):
            video_duration = UNSET
        else:
            video_duration = self.video_duration

        audio_duration: float | None | Unset
        if isinstance(self.audio_duration, Unset):
            audio_duration = UNSET
        else:
            audio_duration = self.audio_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if async_mode is not UNSET:
            field_dict["async_mode"] = async_mode
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if option is not UNSET:
            field_dict["option"] = option
        if voice is not UNSET:
            field_dict["voice"] = voice
        if video_duration is not UNSET:
            field_dict["video_duration"] = video_duration
        if audio_duration is not UNSET:
            field_dict["audio_duration"] = audio_duration

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

        image_url = d.pop("image_url", UNSET)

        video_url = d.pop("video_url", UNSET)

        audio_url = d.pop("audio_url", UNSET)

        prompt = d.pop("prompt", UNSET)

        option = d.pop("option", UNSET)

        voice = d.pop("voice", UNSET)

        def _parse_video_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        video_duration = _parse_video_duration(d.pop("video_duration", UNSET))

        def _parse_audio_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        audio_duration = _parse_audio_duration(d.pop("audio_duration", UNSET))

        lip_sync_request = cls(
            async_mode=async_mode,
            webhook_url=webhook_url,
            image_url=image_url,
            video_url=video_url,
            audio_url=audio_url,
            prompt=prompt,
            option=option,
            voice=voice,
            video_duration=video_duration,
            audio_duration=audio_duration,
        )

        lip_sync_request.additional_properties = d
        return lip_sync_request

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
