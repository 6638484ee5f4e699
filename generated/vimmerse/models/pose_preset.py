# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PosePreset")


@_attrs_define
class PosePreset:
    """The movement of the pose. `Params` is a `|`-separated list of `Key=Value` pairs:
    CameraPath, Prompt, PromptStrength (1–5), Quantity, MotionAmount (1–10),
    MotionLength, Loop.

    An answer: an optional field the server left out reads as None; fields and values
    the spec lacks are kept (``additional_properties``; enums as plain strings).

    Attributes:
        motion_type (str | None): Type of motion.
        params (str | None)
    """

    motion_type: str | None = None
    params: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The fields that arrived as null, so that to_dict() sends them back as null.
    _nulls: set[str] = _attrs_field(init=False, factory=set, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.motion_type is not None:
            field_dict["MotionType"] = self.motion_type
        elif "MotionType" in self._nulls:
            field_dict["MotionType"] = None

        if self.params is not None:
            field_dict["Params"] = self.params
        elif "Params" in self._nulls:
            field_dict["Params"] = None

        # The fields the spec lacks go after the known ones (the CLI prints them in order).
        field_dict.update(self.additional_properties)
        return field_dict

    # builtins.type: a field may be called `type`.
    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nulls: set[str] = set()
        motion_type: str | None = None
        _motion_type_data = d.pop("MotionType", UNSET)
        if _motion_type_data is None:
            nulls.add("MotionType")
        elif not isinstance(_motion_type_data, Unset):
            motion_type = _motion_type_data

        params: str | None = None
        _params_data = d.pop("Params", UNSET)
        if _params_data is None:
            nulls.add("Params")
        elif not isinstance(_params_data, Unset):
            params = _params_data

        pose_preset = cls(
            motion_type=motion_type,
            params=params,
        )
        pose_preset.additional_properties = d
        pose_preset._nulls = nulls
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
