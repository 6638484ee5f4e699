# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_estimate_credits_request_app_name import (
    VideoEstimateCreditsRequestAppName,
    check_video_estimate_credits_request_app_name,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoEstimateCreditsRequest")


@_attrs_define
class VideoEstimateCreditsRequest:
    """
    Attributes:
        option (str): Model/tool option on the target video endpoint (e.g. `KlingO`, `AutoLipSync`).
        app_name (VideoEstimateCreditsRequestAppName | Unset): Internal route id on the asset record (same as the target
            route); `upload-video` costs 0 credits. Default: 'reference-to-video'.
        quantity (int | Unset):  Default: 1.
        prompt (str | Unset): Used for AvatarLipSync-style length-based pricing when applicable. Default: ''.
        duration (int | None | Unset): Same as `duration` on video routes; billed in 5-second blocks.
        video_duration (float | None | Unset): Explicit seconds override (alias of `duration` for video apps).
    """

    option: str
    app_name: VideoEstimateCreditsRequestAppName | Unset = "reference-to-video"
    quantity: int | Unset = 1
    prompt: str | Unset = ""
    duration: int | None | Unset = UNSET
    video_duration: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        option = self.option

        app_name: str | Unset = UNSET
        if not isinstance(self.app_name, Unset):
            app_name = self.app_name

        quantity = self.quantity

        prompt = self.prompt

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        video_duration: float | None | Unset
        if isinstance(self.video_duration, Unset):
            video_duration = UNSET
        else:
            video_duration = self.video_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "option": option,
            }
        )
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if duration is not UNSET:
            field_dict["duration"] = duration
        if video_duration is not UNSET:
            field_dict["video_duration"] = video_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        option = d.pop("option")

        _app_name = d.pop("app_name", UNSET)
        app_name: VideoEstimateCreditsRequestAppName | Unset
        if isinstance(_app_name, Unset):
            app_name = UNSET
        else:
            app_name = check_video_estimate_credits_request_app_name(_app_name)

        quantity = d.pop("quantity", UNSET)

        prompt = d.pop("prompt", UNSET)

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_video_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        video_duration = _parse_video_duration(d.pop("video_duration", UNSET))

        video_estimate_credits_request = cls(
            option=option,
            app_name=app_name,
            quantity=quantity,
            prompt=prompt,
            duration=duration,
            video_duration=video_duration,
        )

        video_estimate_credits_request.additional_properties = d
        return video_estimate_credits_request

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
