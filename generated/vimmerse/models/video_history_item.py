# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

import builtins
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
    """An answer: an optional field the server left out reads as None; fields and values
    the spec lacks are kept (``additional_properties``; enums as plain strings).

    Attributes:
        generate_type (str | None)
        pose_preset (list[PosePreset] | PosePreset | None)
        file_map (list[FileMapItem] | None)
        service_name (str | None)
        service_seeds (list[int] | None)
        service_version (str | None)
        bullet_version (str | None)
        resolution (list[int] | None)
        submit_params (SubmitParams | None): Quality settings of the bullet video; the
            defaults are recommended.
        created_at (str | None)
    """

    generate_type: str | None = None
    pose_preset: list[PosePreset] | PosePreset | None = None
    file_map: list[FileMapItem] | None = None
    service_name: str | None = None
    service_seeds: list[int] | None = None
    service_version: str | None = None
    bullet_version: str | None = None
    resolution: list[int] | None = None
    submit_params: SubmitParams | None = None
    created_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The fields that arrived as null, so that to_dict() sends them back as null.
    _nulls: set[str] = _attrs_field(init=False, factory=set, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.generate_type is not None:
            field_dict["generate_type"] = self.generate_type
        elif "generate_type" in self._nulls:
            field_dict["generate_type"] = None

        if self.pose_preset is not None:
            pose_preset: dict[str, Any] | list[dict[str, Any]]
            if isinstance(self.pose_preset, PosePreset):
                pose_preset = self.pose_preset.to_dict()
            else:
                pose_preset = []
                for pose_preset_type_1_item_data in self.pose_preset:
                    pose_preset_type_1_item = pose_preset_type_1_item_data.to_dict()
                    pose_preset.append(pose_preset_type_1_item)

            field_dict["pose_preset"] = pose_preset
        elif "pose_preset" in self._nulls:
            field_dict["pose_preset"] = None

        if self.file_map is not None:
            file_map = []
            for file_map_item_data in self.file_map:
                file_map_item = file_map_item_data.to_dict()
                file_map.append(file_map_item)

            field_dict["file_map"] = file_map
        elif "file_map" in self._nulls:
            field_dict["file_map"] = None

        if self.service_name is not None:
            field_dict["service_name"] = self.service_name
        elif "service_name" in self._nulls:
            field_dict["service_name"] = None

        if self.service_seeds is not None:
            service_seeds = self.service_seeds

            field_dict["service_seeds"] = service_seeds
        elif "service_seeds" in self._nulls:
            field_dict["service_seeds"] = None

        if self.service_version is not None:
            field_dict["service_version"] = self.service_version
        elif "service_version" in self._nulls:
            field_dict["service_version"] = None

        if self.bullet_version is not None:
            field_dict["bullet_version"] = self.bullet_version
        elif "bullet_version" in self._nulls:
            field_dict["bullet_version"] = None

        if self.resolution is not None:
            resolution = self.resolution

            field_dict["resolution"] = resolution
        elif "resolution" in self._nulls:
            field_dict["resolution"] = None

        if self.submit_params is not None:
            submit_params = self.submit_params.to_dict()
            field_dict["submit_params"] = submit_params
        elif "submit_params" in self._nulls:
            field_dict["submit_params"] = None

        if self.created_at is not None:
            field_dict["created_at"] = self.created_at
        elif "created_at" in self._nulls:
            field_dict["created_at"] = None

        # The fields the spec lacks go after the known ones (the CLI prints them in order).
        field_dict.update(self.additional_properties)
        return field_dict

    # builtins.type: a field may be called `type`.
    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nulls: set[str] = set()
        generate_type: str | None = None
        _generate_type_data = d.pop("generate_type", UNSET)
        if _generate_type_data is None:
            nulls.add("generate_type")
        elif not isinstance(_generate_type_data, Unset):
            generate_type = _generate_type_data

        pose_preset: list[PosePreset] | PosePreset | None = None
        _pose_preset_data = d.pop("pose_preset", UNSET)
        if _pose_preset_data is None:
            nulls.add("pose_preset")
        elif not isinstance(_pose_preset_data, Unset):

            def _parse_pose_preset(data: object) -> list[PosePreset] | PosePreset:
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

            pose_preset = _parse_pose_preset(_pose_preset_data)

        file_map: list[FileMapItem] | None = None
        _file_map_data = d.pop("file_map", UNSET)
        if _file_map_data is None:
            nulls.add("file_map")
        elif not isinstance(_file_map_data, Unset):
            file_map = []
            _file_map = _file_map_data
            for file_map_item_data in _file_map:
                file_map_item = FileMapItem.from_dict(file_map_item_data)

                file_map.append(file_map_item)

        service_name: str | None = None
        _service_name_data = d.pop("service_name", UNSET)
        if _service_name_data is None:
            nulls.add("service_name")
        elif not isinstance(_service_name_data, Unset):
            service_name = _service_name_data

        service_seeds: list[int] | None = None
        _service_seeds_data = d.pop("service_seeds", UNSET)
        if _service_seeds_data is None:
            nulls.add("service_seeds")
        elif not isinstance(_service_seeds_data, Unset):
            service_seeds = cast(list[int], _service_seeds_data)

        service_version: str | None = None
        _service_version_data = d.pop("service_version", UNSET)
        if _service_version_data is None:
            nulls.add("service_version")
        elif not isinstance(_service_version_data, Unset):
            service_version = _service_version_data

        bullet_version: str | None = None
        _bullet_version_data = d.pop("bullet_version", UNSET)
        if _bullet_version_data is None:
            nulls.add("bullet_version")
        elif not isinstance(_bullet_version_data, Unset):
            bullet_version = _bullet_version_data

        resolution: list[int] | None = None
        _resolution_data = d.pop("resolution", UNSET)
        if _resolution_data is None:
            nulls.add("resolution")
        elif not isinstance(_resolution_data, Unset):
            resolution = cast(list[int], _resolution_data)

        submit_params: SubmitParams | None = None
        _submit_params_data = d.pop("submit_params", UNSET)
        if _submit_params_data is None:
            nulls.add("submit_params")
        elif not isinstance(_submit_params_data, Unset):
            submit_params = SubmitParams.from_dict(_submit_params_data)

        created_at: str | None = None
        _created_at_data = d.pop("created_at", UNSET)
        if _created_at_data is None:
            nulls.add("created_at")
        elif not isinstance(_created_at_data, Unset):
            created_at = _created_at_data

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
        video_history_item._nulls = nulls
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


# At the end, once this module's class exists, so that models referring to each other load
# in either order: imports inside from_dict cost ~3 us of its ~9 a call (Asset, make bench cpu).
from ..models.file_map_item import FileMapItem  # noqa: E402
from ..models.pose_preset import PosePreset  # noqa: E402
from ..models.submit_params import SubmitParams  # noqa: E402
