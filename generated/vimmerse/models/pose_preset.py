# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PosePreset")


@_attrs_define
class PosePreset:
    """The movement of the pose. `Params` is a `|`-separated list of `Key=Value` pairs: CameraPath, Prompt, PromptStrength
    (1–5), Quantity, MotionAmount (1–10), MotionLength, Loop.

        Attributes:
            motion_type (str | Unset): Known values: Auto, LeonardoMotion, LumaAI, LumaRay2, KlingAI, Kling2, MinimaxHailuo,
                Seedance, Hunyuan, Wan, Pixverse, Veo, VeoFast, RunwayML, TryOnVideo, Parallax. Default: 'Auto'.
            params (str | Unset):  Default: ''.
    """

    motion_type: str | Unset = "Auto"
    params: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        motion_type = self.motion_type

        params = self.params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if motion_type is not UNSET:
            field_dict["MotionType"] = motion_type
        if params is not UNSET:
            field_dict["Params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        motion_type = d.pop("MotionType", UNSET)

        params = d.pop("Params", UNSET)

        pose_preset = cls(
            motion_type=motion_type,
            params=params,
        )

        pose_preset.additional_properties = d
        return pose_preset

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
