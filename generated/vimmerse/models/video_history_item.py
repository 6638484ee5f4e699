# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_map_item import FileMapItem
    from ..models.pose_preset import PosePreset
    from ..models.submit_params import SubmitParams


T = TypeVar("T", bound="VideoHistoryItem")


@_attrs_define
class VideoHistoryItem:
    """
    Attributes:
        generate_type (str | Unset):
        pose_preset (list[PosePreset] | PosePreset | Unset):
        file_map (list[FileMapItem] | Unset):
        service_name (str | Unset):
        service_seeds (list[int] | Unset):
        service_version (str | Unset):
        bullet_version (str | Unset):
        resolution (list[int] | Unset):
        submit_params (SubmitParams | Unset): Quality settings of the bullet video; the defaults are recommended.
        created_at (str | Unset):
    """

    generate_type: str | Unset = UNSET
    pose_preset: list[PosePreset] | PosePreset | Unset = UNSET
    file_map: list[FileMapItem] | Unset = UNSET
    service_name: str | Unset = UNSET
    service_seeds: list[int] | Unset = UNSET
    service_version: str | Unset = UNSET
    bullet_version: str | Unset = UNSET
    resolution: list[int] | Unset = UNSET
    submit_params: SubmitParams | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pose_preset import PosePreset

        generate_type = self.generate_type

        pose_preset: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.pose_preset, Unset):
            pose_preset = UNSET
        elif isinstance(self.pose_preset, PosePreset):
            pose_preset = self.pose_preset.to_dict()
        else:
            pose_preset = []
            for pose_preset_type_1_item_data in self.pose_preset:
                pose_preset_type_1_item = pose_preset_type_1_item_data.to_dict()
                pose_preset.append(pose_preset_type_1_item)

        file_map: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.file_map, Unset):
            file_map = []
            for file_map_item_data in self.file_map:
                file_map_item = file_map_item_data.to_dict()
                file_map.append(file_map_item)

        service_name = self.service_name

        service_seeds: list[int] | Unset = UNSET
        if not isinstance(self.service_seeds, Unset):
            service_seeds = self.service_seeds

        service_version = self.service_version

        bullet_version = self.bullet_version

        resolution: list[int] | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        submit_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submit_params, Unset):
            submit_params = self.submit_params.to_dict()

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if generate_type is not UNSET:
            field_dict["generate_type"] = generate_type
        if pose_preset is not UNSET:
            field_dict["pose_preset"] = pose_preset
        if file_map is not UNSET:
            field_dict["file_map"] = file_map
        if service_name is not UNSET:
            field_dict["service_name"] = service_name
        if service_seeds is not UNSET:
            field_dict["service_seeds"] = service_seeds
        if service_version is not UNSET:
            field_dict["service_version"] = service_version
        if bullet_version is not UNSET:
            field_dict["bullet_version"] = bullet_version
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if submit_params is not UNSET:
            field_dict["submit_params"] = submit_params
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_map_item import FileMapItem
        from ..models.pose_preset import PosePreset
        from ..models.submit_params import SubmitParams

        d = dict(src_dict)
        generate_type = d.pop("generate_type", UNSET)

        def _parse_pose_preset(data: object) -> list[PosePreset] | PosePreset | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pose_preset_type_0 = PosePreset.from_dict(data)

                return pose_preset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            pose_preset_type_1 = []
            _pose_preset_type_1 = data
            for pose_preset_type_1_item_data in _pose_preset_type_1:
                pose_preset_type_1_item = PosePreset.from_dict(pose_preset_type_1_item_data)

                pose_preset_type_1.append(pose_preset_type_1_item)

            return pose_preset_type_1

        pose_preset = _parse_pose_preset(d.pop("pose_preset", UNSET))

        _file_map = d.pop("file_map", UNSET)
        file_map: list[FileMapItem] | Unset = UNSET
        if _file_map is not UNSET:
            file_map = []
            for file_map_item_data in _file_map:
                file_map_item = FileMapItem.from_dict(file_map_item_data)

                file_map.append(file_map_item)

        service_name = d.pop("service_name", UNSET)

        service_seeds = cast(list[int], d.pop("service_seeds", UNSET))

        service_version = d.pop("service_version", UNSET)

        bullet_version = d.pop("bullet_version", UNSET)

        resolution = cast(list[int], d.pop("resolution", UNSET))

        _submit_params = d.pop("submit_params", UNSET)
        submit_params: SubmitParams | Unset
        if isinstance(_submit_params, Unset):
            submit_params = UNSET
        else:
            submit_params = SubmitParams.from_dict(_submit_params)

        created_at = d.pop("created_at", UNSET)

        video_history_item = cls(
            generate_type=generate_type,
            pose_preset=pose_preset,
            file_map=file_map,
            service_name=service_name,
            service_seeds=service_seeds,
            service_version=service_version,
            bullet_version=bullet_version,
            resolution=resolution,
            submit_params=submit_params,
            created_at=created_at,
        )

        video_history_item.additional_properties = d
        return video_history_item

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
