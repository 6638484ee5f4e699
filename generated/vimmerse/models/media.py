# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.yes_no import YesNo, parse_yes_no
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_map_item import FileMapItem
    from ..models.pose_preset import PosePreset
    from ..models.submit_params import SubmitParams
    from ..models.video_history_item import VideoHistoryItem


T = TypeVar("T", bound="Media")


@_attrs_define
class Media:
    """An animated video job ("media") and its results.

    An answer: an optional field the server left out reads as None; fields and values
    the spec lacks are kept (``additional_properties``; enums as plain strings).

    Attributes:
        id (str)
        title (str | None)
        description (str | None)
        rating (str | None)
        customer_id (str | None)
        primary_user_id (None | str)
        batch_id (str | None)
        is_transition (YesNo | str | None)
        duration_time (str | None)
        progress_percentage (int | str | None): From 0 to 100. The media object gives an
            integer; the processing-status route gives a string of digits (e.g. `"100"`).
        processing_status (str | None): E.g. `queue_bullet` while queued, `success` when
            done.
        visibility_status (str | None)
        file_map (list[FileMapItem] | None)
        intermediate_results (list[Any] | None)
        submit_params (SubmitParams | None): Quality settings of the bullet video; the
            defaults are recommended.
        pose_preset (list[PosePreset] | PosePreset | None)
        bullet_version (str | None)
        video_history (list[VideoHistoryItem] | None)
        result (list[Any] | None): The generated files.
        webhook_url (None | str)
        nsfw (str | None)
        service_name (str | None)
        service_version (str | None)
        created_at (str | None)
        updated_at (str | None)
        version (str | None)
    """

    id: str
    title: str | None = None
    description: str | None = None
    rating: str | None = None
    customer_id: str | None = None
    primary_user_id: None | str = None
    batch_id: str | None = None
    is_transition: YesNo | str | None = None
    duration_time: str | None = None
    progress_percentage: int | str | None = None
    processing_status: str | None = None
    visibility_status: str | None = None
    file_map: list[FileMapItem] | None = None
    intermediate_results: list[Any] | None = None
    submit_params: SubmitParams | None = None
    pose_preset: list[PosePreset] | PosePreset | None = None
    bullet_version: str | None = None
    video_history: list[VideoHistoryItem] | None = None
    result: list[Any] | None = None
    webhook_url: None | str = None
    nsfw: str | None = None
    service_name: str | None = None
    service_version: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    version: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The fields that arrived as null, so that to_dict() sends them back as null.
    _nulls: set[str] = _attrs_field(init=False, factory=set, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["id"] = self.id

        if self.title is not None:
            field_dict["title"] = self.title
        elif "title" in self._nulls:
            field_dict["title"] = None

        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._nulls:
            field_dict["description"] = None

        if self.rating is not None:
            field_dict["rating"] = self.rating
        elif "rating" in self._nulls:
            field_dict["rating"] = None

        if self.customer_id is not None:
            field_dict["customer_id"] = self.customer_id
        elif "customer_id" in self._nulls:
            field_dict["customer_id"] = None

        if self.primary_user_id is not None:
            primary_user_id: None | str
            primary_user_id = self.primary_user_id
            field_dict["primary_user_id"] = primary_user_id
        elif "primary_user_id" in self._nulls:
            field_dict["primary_user_id"] = None

        if self.batch_id is not None:
            field_dict["batch_id"] = self.batch_id
        elif "batch_id" in self._nulls:
            field_dict["batch_id"] = None

        if self.is_transition is not None:
            is_transition: str = self.is_transition

            field_dict["is_transition"] = is_transition
        elif "is_transition" in self._nulls:
            field_dict["is_transition"] = None

        if self.duration_time is not None:
            field_dict["duration_time"] = self.duration_time
        elif "duration_time" in self._nulls:
            field_dict["duration_time"] = None

        if self.progress_percentage is not None:
            progress_percentage: int | str
            progress_percentage = self.progress_percentage
            field_dict["progress_percentage"] = progress_percentage
        elif "progress_percentage" in self._nulls:
            field_dict["progress_percentage"] = None

        if self.processing_status is not None:
            field_dict["processing_status"] = self.processing_status
        elif "processing_status" in self._nulls:
            field_dict["processing_status"] = None

        if self.visibility_status is not None:
            field_dict["visibility_status"] = self.visibility_status
        elif "visibility_status" in self._nulls:
            field_dict["visibility_status"] = None

        if self.file_map is not None:
            file_map = []
            for file_map_item_data in self.file_map:
                file_map_item = file_map_item_data.to_dict()
                file_map.append(file_map_item)

            field_dict["file_map"] = file_map
        elif "file_map" in self._nulls:
            field_dict["file_map"] = None

        if self.intermediate_results is not None:
            intermediate_results = self.intermediate_results

            field_dict["intermediate_results"] = intermediate_results
        elif "intermediate_results" in self._nulls:
            field_dict["intermediate_results"] = None

        if self.submit_params is not None:
            submit_params = self.submit_params.to_dict()
            field_dict["submit_params"] = submit_params
        elif "submit_params" in self._nulls:
            field_dict["submit_params"] = None

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

        if self.bullet_version is not None:
            field_dict["bullet_version"] = self.bullet_version
        elif "bullet_version" in self._nulls:
            field_dict["bullet_version"] = None

        if self.video_history is not None:
            video_history = []
            for video_history_item_data in self.video_history:
                video_history_item = video_history_item_data.to_dict()
                video_history.append(video_history_item)

            field_dict["video_history"] = video_history
        elif "video_history" in self._nulls:
            field_dict["video_history"] = None

        if self.result is not None:
            result = self.result

            field_dict["result"] = result
        elif "result" in self._nulls:
            field_dict["result"] = None

        if self.webhook_url is not None:
            webhook_url: None | str
            webhook_url = self.webhook_url
            field_dict["webhook_url"] = webhook_url
        elif "webhook_url" in self._nulls:
            field_dict["webhook_url"] = None

        if self.nsfw is not None:
            field_dict["nsfw"] = self.nsfw
        elif "nsfw" in self._nulls:
            field_dict["nsfw"] = None

        if self.service_name is not None:
            field_dict["service_name"] = self.service_name
        elif "service_name" in self._nulls:
            field_dict["service_name"] = None

        if self.service_version is not None:
            field_dict["service_version"] = self.service_version
        elif "service_version" in self._nulls:
            field_dict["service_version"] = None

        if self.created_at is not None:
            field_dict["created_at"] = self.created_at
        elif "created_at" in self._nulls:
            field_dict["created_at"] = None

        if self.updated_at is not None:
            field_dict["updated_at"] = self.updated_at
        elif "updated_at" in self._nulls:
            field_dict["updated_at"] = None

        if self.version is not None:
            field_dict["version"] = self.version
        elif "version" in self._nulls:
            field_dict["version"] = None

        # The fields the spec lacks go after the known ones (the CLI prints them in order).
        field_dict.update(self.additional_properties)
        return field_dict

    # builtins.type: a field may be called `type`.
    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nulls: set[str] = set()
        id = d.pop("id")

        title: str | None = None
        _title_data = d.pop("title", UNSET)
        if _title_data is None:
            nulls.add("title")
        elif not isinstance(_title_data, Unset):
            title = _title_data

        description: str | None = None
        _description_data = d.pop("description", UNSET)
        if _description_data is None:
            nulls.add("description")
        elif not isinstance(_description_data, Unset):
            description = _description_data

        rating: str | None = None
        _rating_data = d.pop("rating", UNSET)
        if _rating_data is None:
            nulls.add("rating")
        elif not isinstance(_rating_data, Unset):
            rating = _rating_data

        customer_id: str | None = None
        _customer_id_data = d.pop("customer_id", UNSET)
        if _customer_id_data is None:
            nulls.add("customer_id")
        elif not isinstance(_customer_id_data, Unset):
            customer_id = _customer_id_data

        primary_user_id: None | str = None
        _primary_user_id_data = d.pop("primary_user_id", UNSET)
        if _primary_user_id_data is None:
            nulls.add("primary_user_id")
        elif not isinstance(_primary_user_id_data, Unset):

            def _parse_primary_user_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            primary_user_id = _parse_primary_user_id(_primary_user_id_data)

        batch_id: str | None = None
        _batch_id_data = d.pop("batch_id", UNSET)
        if _batch_id_data is None:
            nulls.add("batch_id")
        elif not isinstance(_batch_id_data, Unset):
            batch_id = _batch_id_data

        is_transition: YesNo | str | None = None
        _is_transition_data = d.pop("is_transition", UNSET)
        if _is_transition_data is None:
            nulls.add("is_transition")
        elif not isinstance(_is_transition_data, Unset):
            is_transition = parse_yes_no(_is_transition_data)

        duration_time: str | None = None
        _duration_time_data = d.pop("duration_time", UNSET)
        if _duration_time_data is None:
            nulls.add("duration_time")
        elif not isinstance(_duration_time_data, Unset):
            duration_time = _duration_time_data

        progress_percentage: int | str | None = None
        _progress_percentage_data = d.pop("progress_percentage", UNSET)
        if _progress_percentage_data is None:
            nulls.add("progress_percentage")
        elif not isinstance(_progress_percentage_data, Unset):

            def _parse_progress_percentage(data: object) -> int | str:
                return cast(int | str, data)

            progress_percentage = _parse_progress_percentage(_progress_percentage_data)

        processing_status: str | None = None
        _processing_status_data = d.pop("processing_status", UNSET)
        if _processing_status_data is None:
            nulls.add("processing_status")
        elif not isinstance(_processing_status_data, Unset):
            processing_status = _processing_status_data

        visibility_status: str | None = None
        _visibility_status_data = d.pop("visibility_status", UNSET)
        if _visibility_status_data is None:
            nulls.add("visibility_status")
        elif not isinstance(_visibility_status_data, Unset):
            visibility_status = _visibility_status_data

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

        intermediate_results: list[Any] | None = None
        _intermediate_results_data = d.pop("intermediate_results", UNSET)
        if _intermediate_results_data is None:
            nulls.add("intermediate_results")
        elif not isinstance(_intermediate_results_data, Unset):
            intermediate_results = cast(list[Any], _intermediate_results_data)

        submit_params: SubmitParams | None = None
        _submit_params_data = d.pop("submit_params", UNSET)
        if _submit_params_data is None:
            nulls.add("submit_params")
        elif not isinstance(_submit_params_data, Unset):
            submit_params = SubmitParams.from_dict(_submit_params_data)

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

        bullet_version: str | None = None
        _bullet_version_data = d.pop("bullet_version", UNSET)
        if _bullet_version_data is None:
            nulls.add("bullet_version")
        elif not isinstance(_bullet_version_data, Unset):
            bullet_version = _bullet_version_data

        video_history: list[VideoHistoryItem] | None = None
        _video_history_data = d.pop("video_history", UNSET)
        if _video_history_data is None:
            nulls.add("video_history")
        elif not isinstance(_video_history_data, Unset):
            video_history = []
            _video_history = _video_history_data
            for video_history_item_data in _video_history:
                video_history_item = VideoHistoryItem.from_dict(video_history_item_data)

                video_history.append(video_history_item)

        result: list[Any] | None = None
        _result_data = d.pop("result", UNSET)
        if _result_data is None:
            nulls.add("result")
        elif not isinstance(_result_data, Unset):
            result = cast(list[Any], _result_data)

        webhook_url: None | str = None
        _webhook_url_data = d.pop("webhook_url", UNSET)
        if _webhook_url_data is None:
            nulls.add("webhook_url")
        elif not isinstance(_webhook_url_data, Unset):

            def _parse_webhook_url(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            webhook_url = _parse_webhook_url(_webhook_url_data)

        nsfw: str | None = None
        _nsfw_data = d.pop("nsfw", UNSET)
        if _nsfw_data is None:
            nulls.add("nsfw")
        elif not isinstance(_nsfw_data, Unset):
            nsfw = _nsfw_data

        service_name: str | None = None
        _service_name_data = d.pop("service_name", UNSET)
        if _service_name_data is None:
            nulls.add("service_name")
        elif not isinstance(_service_name_data, Unset):
            service_name = _service_name_data

        service_version: str | None = None
        _service_version_data = d.pop("service_version", UNSET)
        if _service_version_data is None:
            nulls.add("service_version")
        elif not isinstance(_service_version_data, Unset):
            service_version = _service_version_data

        created_at: str | None = None
        _created_at_data = d.pop("created_at", UNSET)
        if _created_at_data is None:
            nulls.add("created_at")
        elif not isinstance(_created_at_data, Unset):
            created_at = _created_at_data

        updated_at: str | None = None
        _updated_at_data = d.pop("updated_at", UNSET)
        if _updated_at_data is None:
            nulls.add("updated_at")
        elif not isinstance(_updated_at_data, Unset):
            updated_at = _updated_at_data

        version: str | None = None
        _version_data = d.pop("version", UNSET)
        if _version_data is None:
            nulls.add("version")
        elif not isinstance(_version_data, Unset):
            version = _version_data

        media = cls(
            id=id,
            title=title,
            description=description,
            rating=rating,
            customer_id=customer_id,
            primary_user_id=primary_user_id,
            batch_id=batch_id,
            is_transition=is_transition,
            duration_time=duration_time,
            progress_percentage=progress_percentage,
            processing_status=processing_status,
            visibility_status=visibility_status,
            file_map=file_map,
            intermediate_results=intermediate_results,
            submit_params=submit_params,
            pose_preset=pose_preset,
            bullet_version=bullet_version,
            video_history=video_history,
            result=result,
            webhook_url=webhook_url,
            nsfw=nsfw,
            service_name=service_name,
            service_version=service_version,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
        )
        media.additional_properties = d
        media._nulls = nulls
        return media

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
from ..models.video_history_item import VideoHistoryItem  # noqa: E402
