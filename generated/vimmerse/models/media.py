# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.yes_no import YesNo, check_yes_no
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

    Attributes:
        id (str):
        title (str | Unset):
        description (str | Unset):
        rating (str | Unset):
        customer_id (str | Unset):
        primary_user_id (None | str | Unset):
        batch_id (str | Unset):
        is_transition (YesNo | Unset):
        duration_time (str | Unset):
        progress_percentage (int | str | Unset): From 0 to 100. The media object gives an integer; the processing-status
            route gives a string of digits (e.g. `"100"`).
        processing_status (str | Unset): E.g. `queue_bullet` while queued, `success` when done.
        visibility_status (str | Unset):
        file_map (list[FileMapItem] | Unset):
        intermediate_results (list[Any] | Unset):
        submit_params (SubmitParams | Unset): Quality settings of the bullet video; the defaults are recommended.
        pose_preset (list[PosePreset] | PosePreset | Unset):
        bullet_version (str | Unset):
        video_history (list[VideoHistoryItem] | Unset):
        result (list[Any] | Unset): The generated files.
        webhook_url (None | str | Unset):
        nsfw (str | Unset):
        service_name (str | Unset):
        service_version (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        version (str | Unset):
    """

    id: str
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    rating: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    primary_user_id: None | str | Unset = UNSET
    batch_id: str | Unset = UNSET
    is_transition: YesNo | Unset = UNSET
    duration_time: str | Unset = UNSET
    progress_percentage: int | str | Unset = UNSET
    processing_status: str | Unset = UNSET
    visibility_status: str | Unset = UNSET
    file_map: list[FileMapItem] | Unset = UNSET
    intermediate_results: list[Any] | Unset = UNSET
    submit_params: SubmitParams | Unset = UNSET
    pose_preset: list[PosePreset] | PosePreset | Unset = UNSET
    bullet_version: str | Unset = UNSET
    video_history: list[VideoHistoryItem] | Unset = UNSET
    result: list[Any] | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    nsfw: str | Unset = UNSET
    service_name: str | Unset = UNSET
    service_version: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pose_preset import PosePreset

        id = self.id

        title = self.title

        description = self.description

        rating = self.rating

        customer_id = self.customer_id

        primary_user_id: None | str | Unset
        if isinstance(self.primary_user_id, Unset):
            primary_user_id = UNSET
        else:
            primary_user_id = self.primary_user_id

        batch_id = self.batch_id

        is_transition: str | Unset = UNSET
        if not isinstance(self.is_transition, Unset):
            is_transition = self.is_transition

        duration_time = self.duration_time

        progress_percentage: int | str | Unset
        if isinstance(self.progress_percentage, Unset):
            progress_percentage = UNSET
        else:
            progress_percentage = self.progress_percentage

        processing_status = self.processing_status

        visibility_status = self.visibility_status

        file_map: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.file_map, Unset):
            file_map = []
            for file_map_item_data in self.file_map:
                file_map_item = file_map_item_data.to_dict()
                file_map.append(file_map_item)

        intermediate_results: list[Any] | Unset = UNSET
        if not isinstance(self.intermediate_results, Unset):
            intermediate_results = self.intermediate_results

        submit_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submit_params, Unset):
            submit_params = self.submit_params.to_dict()

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

        bullet_version = self.bullet_version

        video_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.video_history, Unset):
            video_history = []
            for video_history_item_data in self.video_history:
                video_history_item = video_history_item_data.to_dict()
                video_history.append(video_history_item)

        result: list[Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        nsfw = self.nsfw

        service_name = self.service_name

        service_version = self.service_version

        created_at = self.created_at

        updated_at = self.updated_at

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if rating is not UNSET:
            field_dict["rating"] = rating
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if primary_user_id is not UNSET:
            field_dict["primary_user_id"] = primary_user_id
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if is_transition is not UNSET:
            field_dict["is_transition"] = is_transition
        if duration_time is not UNSET:
            field_dict["duration_time"] = duration_time
        if progress_percentage is not UNSET:
            field_dict["progress_percentage"] = progress_percentage
        if processing_status is not UNSET:
            field_dict["processing_status"] = processing_status
        if visibility_status is not UNSET:
            field_dict["visibility_status"] = visibility_status
        if file_map is not UNSET:
            field_dict["file_map"] = file_map
        if intermediate_results is not UNSET:
            field_dict["intermediate_results"] = intermediate_results
        if submit_params is not UNSET:
            field_dict["submit_params"] = submit_params
        if pose_preset is not UNSET:
            field_dict["pose_preset"] = pose_preset
        if bullet_version is not UNSET:
            field_dict["bullet_version"] = bullet_version
        if video_history is not UNSET:
            field_dict["video_history"] = video_history
        if result is not UNSET:
            field_dict["result"] = result
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if nsfw is not UNSET:
            field_dict["nsfw"] = nsfw
        if service_name is not UNSET:
            field_dict["service_name"] = service_name
        if service_version is not UNSET:
            field_dict["service_version"] = service_version
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_map_item import FileMapItem
        from ..models.pose_preset import PosePreset
        from ..models.submit_params import SubmitParams
        from ..models.video_history_item import VideoHistoryItem

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        rating = d.pop("rating", UNSET)

        customer_id = d.pop("customer_id", UNSET)

        def _parse_primary_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_user_id = _parse_primary_user_id(d.pop("primary_user_id", UNSET))

        batch_id = d.pop("batch_id", UNSET)

        _is_transition = d.pop("is_transition", UNSET)
        is_transition: YesNo | Unset
        if isinstance(_is_transition, Unset):
            is_transition = UNSET
        else:
            is_transition = check_yes_no(_is_transition)

        duration_time = d.pop("duration_time", UNSET)

        def _parse_progress_percentage(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        progress_percentage = _parse_progress_percentage(d.pop("progress_percentage", UNSET))

        processing_status = d.pop("processing_status", UNSET)

        visibility_status = d.pop("visibility_status", UNSET)

        _file_map = d.pop("file_map", UNSET)
        file_map: list[FileMapItem] | Unset = UNSET
        if _file_map is not UNSET:
            file_map = []
            for file_map_item_data in _file_map:
                file_map_item = FileMapItem.from_dict(file_map_item_data)

                file_map.append(file_map_item)

        intermediate_results = cast(list[Any], d.pop("intermediate_results", UNSET))

        _submit_params = d.pop("submit_params", UNSET)
        submit_params: SubmitParams | Unset
        if isinstance(_submit_params, Unset):
            submit_params = UNSET
        else:
            submit_params = SubmitParams.from_dict(_submit_params)

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

        bullet_version = d.pop("bullet_version", UNSET)

        _video_history = d.pop("video_history", UNSET)
        video_history: list[VideoHistoryItem] | Unset = UNSET
        if _video_history is not UNSET:
            video_history = []
            for video_history_item_data in _video_history:
                video_history_item = VideoHistoryItem.from_dict(video_history_item_data)

                video_history.append(video_history_item)

        result = cast(list[Any], d.pop("result", UNSET))

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

        nsfw = d.pop("nsfw", UNSET)

        service_name = d.pop("service_name", UNSET)

        service_version = d.pop("service_version", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        version = d.pop("version", UNSET)

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
