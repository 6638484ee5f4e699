# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.submit_params_pipeline_preset import (
    SubmitParamsPipelinePreset,
    check_submit_params_pipeline_preset,
)
from ..models.submit_params_sound_effects import (
    SubmitParamsSoundEffects,
    check_submit_params_sound_effects,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubmitParams")


@_attrs_define
class SubmitParams:
    """Quality settings of the bullet video; the defaults are recommended.

    Attributes:
        scale_factor (str | Unset): Scale factor, from 0 to 2. Default: '1'.
        pipeline_preset (SubmitParamsPipelinePreset | Unset):  Default: 'Fast'.
        file_size (str | Unset): Maximum file size of bullet videos in MB, as a string (e.g. "1.6"). Default: ''.
        sound_effects (SubmitParamsSoundEffects | Unset):  Default: 'No'.
    """

    scale_factor: str | Unset = "1"
    pipeline_preset: SubmitParamsPipelinePreset | Unset = "Fast"
    file_size: str | Unset = ""
    sound_effects: SubmitParamsSoundEffects | Unset = "No"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scale_factor = self.scale_factor

        pipeline_preset: str | Unset = UNSET
        if not isinstance(self.pipeline_preset, Unset):
            pipeline_preset = self.pipeline_preset

        file_size = self.file_size

        sound_effects: str | Unset = UNSET
        if not isinstance(self.sound_effects, Unset):
            sound_effects = self.sound_effects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scale_factor is not UNSET:
            field_dict["scale_factor"] = scale_factor
        if pipeline_preset is not UNSET:
            field_dict["pipeline_preset"] = pipeline_preset
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if sound_effects is not UNSET:
            field_dict["sound_effects"] = sound_effects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scale_factor = d.pop("scale_factor", UNSET)

        _pipeline_preset = d.pop("pipeline_preset", UNSET)
        pipeline_preset: SubmitParamsPipelinePreset | Unset
        if isinstance(_pipeline_preset, Unset):
            pipeline_preset = UNSET
        else:
            pipeline_preset = check_submit_params_pipeline_preset(_pipeline_preset)

        file_size = d.pop("file_size", UNSET)

        _sound_effects = d.pop("sound_effects", UNSET)
        sound_effects: SubmitParamsSoundEffects | Unset
        if isinstance(_sound_effects, Unset):
            sound_effects = UNSET
        else:
            sound_effects = check_submit_params_sound_effects(_sound_effects)

        submit_params = cls(
            scale_factor=scale_factor,
            pipeline_preset=pipeline_preset,
            file_size=file_size,
            sound_effects=sound_effects,
        )

        submit_params.additional_properties = d
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
