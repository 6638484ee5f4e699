# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pose_preset import PosePreset
    from ..models.submit_params import SubmitParams


T = TypeVar("T", bound="CreateMediaFromPromptRequest")


@_attrs_define
class CreateMediaFromPromptRequest:
    """
    Attributes:
        title (None | str | Unset): Title of the media.
        description (None | str | Unset): Description of the media.
        primary_user_id (None | str | Unset):
        rating (None | str | Unset): Rated value. If empty, this media is not rated.
        webhook_url (None | str | Unset): Called when the status of the media has been updated.
        pose_preset (list[PosePreset] | None | PosePreset | Unset): Pose preset parameter. Can be either a list or a
            PosePreset.
        submit_params (None | SubmitParams | Unset): Submitting parameters.
    """

    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    primary_user_id: None | str | Unset = UNSET
    rating: None | str | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    pose_preset: list[PosePreset] | None | PosePreset | Unset = UNSET
    submit_params: None | SubmitParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pose_preset import PosePreset
        from ..models.submit_params import SubmitParams

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        primary_user_id: None | str | Unset
        if isinstance(self.primary_user_id, Unset):
            primary_user_id = UNSET
        else:
            primary_user_id = self.primary_user_id

        rating: None | str | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        pose_preset: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.pose_preset, Unset):
            pose_preset = UNSET
        elif isinstance(self.pose_preset, list):
            pose_preset = []
            for pose_preset_type_0_item_data in self.pose_preset:
                pose_preset_type_0_item = pose_preset_type_0_item_data.to_dict()
                pose_preset.append(pose_preset_type_0_item)

        elif isinstance(self.pose_preset, PosePreset):
            pose_preset = self.pose_preset.to_dict()
        else:
            pose_preset = self.pose_preset

        submit_params: dict[str, Any] | None | Unset
        if isinstance(self.submit_params, Unset):
            submit_params = UNSET
        elif isinstance(self.submit_params, SubmitParams):
            submit_params = self.submit_params.to_dict()
        else:
            submit_params = self.submit_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if primary_user_id is not UNSET:
            field_dict["primary_user_id"] = primary_user_id
        if rating is not UNSET:
            field_dict["rating"] = rating
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if pose_preset is not UNSET:
            field_dict["pose_preset"] = pose_preset
        if submit_params is not UNSET:
            field_dict["submit_params"] = submit_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pose_preset import PosePreset
        from ..models.submit_params import SubmitParams

        d = dict(src_dict)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_primary_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_user_id = _parse_primary_user_id(d.pop("primary_user_id", UNSET))

        def _parse_rating(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

        def _parse_pose_preset(data: object) -> list[PosePreset] | None | PosePreset | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pose_preset_type_0 = []
                _pose_preset_type_0 = data
                for pose_preset_type_0_item_data in _pose_preset_type_0:
                    pose_preset_type_0_item = PosePreset.from_dict(pose_preset_type_0_item_data)

                    pose_preset_type_0.append(pose_preset_type_0_item)

                return pose_preset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pose_preset_type_1 = PosePreset.from_dict(data)

                return pose_preset_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PosePreset] | None | PosePreset | Unset, data)

        pose_preset = _parse_pose_preset(d.pop("pose_preset", UNSET))

        def _parse_submit_params(data: object) -> None | SubmitParams | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                submit_params_type_0 = SubmitParams.from_dict(data)

                return submit_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubmitParams | Unset, data)

        submit_params = _parse_submit_params(d.pop("submit_params", UNSET))

        create_media_from_prompt_request = cls(
            title=title,
            description=description,
            primary_user_id=primary_user_id,
            rating=rating,
            webhook_url=webhook_url,
            pose_preset=pose_preset,
            submit_params=submit_params,
        )

        create_media_from_prompt_request.additional_properties = d
        return create_media_from_prompt_request

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
