# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submit_params_pipeline_preset import (
    SubmitParamsPipelinePreset,
    parse_submit_params_pipeline_preset,
)
from ..models.submit_params_sound_effects import (
    SubmitParamsSoundEffects,
    parse_submit_params_sound_effects,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitParams")


@_attrs_define
class SubmitParams:
    """Quality settings of the bullet video; the defaults are recommended.

    An answer: an optional field the server left out reads as None; fields and values
    the spec lacks are kept (``additional_properties``; enums as plain strings).

    Attributes:
        scale_factor (str | None): Scale factor, from 0 to 2.
        pipeline_preset (SubmitParamsPipelinePreset | str | None)
        file_size (str | None): Maximum file size of bullet videos in MB, as a string (e.g.
            "1.6").
        sound_effects (SubmitParamsSoundEffects | str | None)
    """

    scale_factor: str | None = None
    pipeline_preset: SubmitParamsPipelinePreset | str | None = None
    file_size: str | None = None
    sound_effects: SubmitParamsSoundEffects | str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The fields that arrived as null, so that to_dict() sends them back as null.
    _nulls: set[str] = _attrs_field(init=False, factory=set, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.scale_factor is not None:
            field_dict["scale_factor"] = self.scale_factor
        elif "scale_factor" in self._nulls:
            field_dict["scale_factor"] = None

        if self.pipeline_preset is not None:
            pipeline_preset: str = self.pipeline_preset

            field_dict["pipeline_preset"] = pipeline_preset
        elif "pipeline_preset" in self._nulls:
            field_dict["pipeline_preset"] = None

        if self.file_size is not None:
            field_dict["file_size"] = self.file_size
        elif "file_size" in self._nulls:
            field_dict["file_size"] = None

        if self.sound_effects is not None:
            sound_effects: str = self.sound_effects

            field_dict["sound_effects"] = sound_effects
        elif "sound_effects" in self._nulls:
            field_dict["sound_effects"] = None

        # The fields the spec lacks go after the known ones (the CLI prints them in order).
        field_dict.update(self.additional_properties)
        return field_dict

    # builtins.type: a field may be called `type`.
    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nulls: set[str] = set()
        scale_factor: str | None = None
        _scale_factor_data = d.pop("scale_factor", UNSET)
        if _scale_factor_data is None:
            nulls.add("scale_factor")
        elif not isinstance(_scale_factor_data, Unset):
            scale_factor = _scale_factor_data

        pipeline_preset: SubmitParamsPipelinePreset | str | None = None
        _pipeline_preset_data = d.pop("pipeline_preset", UNSET)
        if _pipeline_preset_data is None:
            nulls.add("pipeline_preset")
        elif not isinstance(_pipeline_preset_data, Unset):
            pipeline_preset = parse_submit_params_pipeline_preset(_pipeline_preset_data)

        file_size: str | None = None
        _file_size_data = d.pop("file_size", UNSET)
        if _file_size_data is None:
            nulls.add("file_size")
        elif not isinstance(_file_size_data, Unset):
            file_size = _file_size_data

        sound_effects: SubmitParamsSoundEffects | str | None = None
        _sound_effects_data = d.pop("sound_effects", UNSET)
        if _sound_effects_data is None:
            nulls.add("sound_effects")
        elif not isinstance(_sound_effects_data, Unset):
            sound_effects = parse_submit_params_sound_effects(_sound_effects_data)

        submit_params = cls(
            scale_factor=scale_factor,
            pipeline_preset=pipeline_preset,
            file_size=file_size,
            sound_effects=sound_effects,
        )
        submit_params.additional_properties = d
        submit_params._nulls = nulls
        return submit_params

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
