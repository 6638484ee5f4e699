# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attach_audio_request_attach_mode import (
    AttachAudioRequestAttachMode,
    check_attach_audio_request_attach_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachAudioRequest")


@_attrs_define
class AttachAudioRequest:
    """
    Attributes:
        video_url (str):
        audio_url (str):
        async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by id. Default: True.
        webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is complete.
        attach_mode (AttachAudioRequestAttachMode | Unset):  Default: 'MatchVideo'.
        video_duration (float | None | Unset):
        audio_duration (float | None | Unset):
    """

    video_url: str
    audio_url: str
    async_mode: bool | Unset = True
    webhook_url: None | str | Unset = UNSET
    attach_mode: AttachAudioRequestAttachMode | Unset = "MatchVideo"
    video_duration: float | None | Unset = UNSET
    audio_duration: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        audio_url = self.audio_url

        async_mode = self.async_mode

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        attach_mode: str | Unset = UNSET
        if not isinstance(self.attach_mode, Unset):
            attach_mode = self.attach_mode

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
        field_dict.update(
            {
                "video_url": video_url,
                "audio_url": audio_url,
            }
        )
        if async_mode is not UNSET:
            field_dict["async_mode"] = async_mode
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if attach_mode is not UNSET:
            field_dict["attach_mode"] = attach_mode
        if video_duration is not UNSET:
            field_dict["video_duration"] = video_duration
        if audio_duration is not UNSET:
            field_dict["audio_duration"] = audio_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        audio_url = d.pop("audio_url")

        async_mode = d.pop("async_mode", UNSET)

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

        _attach_mode = d.pop("attach_mode", UNSET)
        attach_mode: AttachAudioRequestAttachMode | Unset
        if isinstance(_attach_mode, Unset):
            attach_mode = UNSET
        else:
            attach_mode = check_attach_audio_request_attach_mode(_attach_mode)

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

        attach_audio_request = cls(
            video_url=video_url,
            audio_url=audio_url,
            async_mode=async_mode,
            webhook_url=webhook_url,
            attach_mode=attach_mode,
            video_duration=video_duration,
            audio_duration=audio_duration,
        )

        attach_audio_request.additional_properties = d
        return attach_audio_request

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
