# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edit_media_request_aspect_ratio import (
    EditMediaRequestAspectRatio,
    check_edit_media_request_aspect_ratio,
)
from ..models.yes_no import YesNo, check_yes_no
from ..types import UNSET, Unset

T = TypeVar("T", bound="EditMediaRequest")


@_attrs_define
class EditMediaRequest:
    """Only the fields sent change; changing a generation field resubmits the media.

    Attributes:
        title (str | Unset): Title of the media.
        description (str | Unset): Description of the media.
        rating (str | Unset): Rated value. If empty, this media is not rated.
        visibility_status (str | Unset): Visibility status of the media.
        webhook_url (str | Unset): Called when the status of the media has been updated.
        prompt (str | Unset): Description to generate the video.
        motion_type (str | Unset): Type of motion (see `POST /media`).
        quantity (int | Unset):
        duration (int | Unset):
        loop (int | Unset):
        aspect_ratio (EditMediaRequestAspectRatio | Unset):
        sound_effects (YesNo | Unset):
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    rating: str | Unset = UNSET
    visibility_status: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    prompt: str | Unset = UNSET
    motion_type: str | Unset = UNSET
    quantity: int | Unset = UNSET
    duration: int | Unset = UNSET
    loop: int | Unset = UNSET
    aspect_ratio: EditMediaRequestAspectRatio | Unset = UNSET
    sound_effects: YesNo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        rating = self.rating

        visibility_status = self.visibility_status

        webhook_url = self.webhook_url

        prompt = self.prompt

        motion_type = self.motion_type

        quantity = self.quantity

        duration = self.duration

        loop = self.loop

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        sound_effects: str | Unset = UNSET
        if not isinstance(self.sound_effects, Unset):
            sound_effects = self.sound_effects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if rating is not UNSET:
            field_dict["rating"] = rating
        if visibility_status is not UNSET:
            field_dict["visibility_status"] = visibility_status
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if motion_type is not UNSET:
            field_dict["motion_type"] = motion_type
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if duration is not UNSET:
            field_dict["duration"] = duration
        if loop is not UNSET:
            field_dict["loop"] = loop
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if sound_effects is not UNSET:
            field_dict["sound_effects"] = sound_effects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        rating = d.pop("rating", UNSET)

        visibility_status = d.pop("visibility_status", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        prompt = d.pop("prompt", UNSET)

        motion_type = d.pop("motion_type", UNSET)

        quantity = d.pop("quantity", UNSET)

        duration = d.pop("duration", UNSET)

        loop = d.pop("loop", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: EditMediaRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_edit_media_request_aspect_ratio(_aspect_ratio)

        _sound_effects = d.pop("sound_effects", UNSET)
        sound_effects: YesNo | Unset
        if isinstance(_sound_effects, Unset):
            sound_effects = UNSET
        else:
            sound_effects = check_yes_no(_sound_effects)

        edit_media_request = cls(
            title=title,
            description=description,
            rating=rating,
            visibility_status=visibility_status,
            webhook_url=webhook_url,
            prompt=prompt,
            motion_type=motion_type,
            quantity=quantity,
            duration=duration,
            loop=loop,
            aspect_ratio=aspect_ratio,
            sound_effects=sound_effects,
        )

        edit_media_request.additional_properties = d
        return edit_media_request

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
