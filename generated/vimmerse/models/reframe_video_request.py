# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReframeVideoRequest")


@_attrs_define
class ReframeVideoRequest:
    """
    Attributes:
        video_url (str):
        async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by id. Default: True.
        webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is complete.
        aspect_ratio (str | Unset):  Default: '16:9'.
        prompt (str | Unset):  Default: 'Make it realistic'.
        grid_position_x (int | None | Unset):
        grid_position_y (int | None | Unset):
        x_start (int | None | Unset):
        x_end (int | None | Unset):
        y_start (int | None | Unset):
        y_end (int | None | Unset):
    """

    video_url: str
    async_mode: bool | Unset = True
    webhook_url: None | str | Unset = UNSET
    aspect_ratio: str | Unset = "16:9"
    prompt: str | Unset = "Make it realistic"
    grid_position_x: int | None | Unset = UNSET
    grid_position_y: int | None | Unset = UNSET
    x_start: int | None | Unset = UNSET
    x_end: int | None | Unset = UNSET
    y_start: int | None | Unset = UNSET
    y_end: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        async_mode = self.async_mode

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        aspect_ratio = self.aspect_ratio

        prompt = self.prompt

        grid_position_x: int | None | Unset
        if isinstance(self.grid_position_x, Unset):
            grid_position_x = UNSET
        else:
            grid_position_x = self.grid_position_x

        grid_position_y: int | None | Unset
        if isinstance(self.grid_position_y, Unset):
            grid_position_y = UNSET
        else:
            grid_position_y = self.grid_position_y

        x_start: int | None | Unset
        if isinstance(self.x_start, Unset):
            x_start = UNSET
        else:
            x_start = self.x_start

        x_end: int | None | Unset
        if isinstance(self.x_end, Unset):
            x_end = UNSET
        else:
            x_end = self.x_end

        y_start: int | None | Unset
        if isinstance(self.y_start, Unset):
            y_start = UNSET
        else:
            y_start = self.y_start

        y_end: int | None | Unset
        if isinstance(self.y_end, Unset):
            y_end = UNSET
        else:
            y_end = self.y_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if async_mode is not UNSET:
            field_dict["async_mode"] = async_mode
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if grid_position_x is not UNSET:
            field_dict["grid_position_x"] = grid_position_x
        if grid_position_y is not UNSET:
            field_dict["grid_position_y"] = grid_position_y
        if x_start is not UNSET:
            field_dict["x_start"] = x_start
        if x_end is not UNSET:
            field_dict["x_end"] = x_end
        if y_start is not UNSET:
            field_dict["y_start"] = y_start
        if y_end is not UNSET:
            field_dict["y_end"] = y_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        async_mode = d.pop("async_mode", UNSET)

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        prompt = d.pop("prompt", UNSET)

        def _parse_grid_position_x(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        grid_position_x = _parse_grid_position_x(d.pop("grid_position_x", UNSET))

        def _parse_grid_position_y(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        grid_position_y = _parse_grid_position_y(d.pop("grid_position_y", UNSET))

        def _parse_x_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        x_start = _parse_x_start(d.pop("x_start", UNSET))

        def _parse_x_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        x_end = _parse_x_end(d.pop("x_end", UNSET))

        def _parse_y_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        y_start = _parse_y_start(d.pop("y_start", UNSET))

        def _parse_y_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        y_end = _parse_y_end(d.pop("y_end", UNSET))

        reframe_video_request = cls(
            video_url=video_url,
            async_mode=async_mode,
            webhook_url=webhook_url,
            aspect_ratio=aspect_ratio,
            prompt=prompt,
            grid_position_x=grid_position_x,
            grid_position_y=grid_position_y,
            x_start=x_start,
            x_end=x_end,
            y_start=y_start,
            y_end=y_end,
        )

        reframe_video_request.additional_properties = d
        return reframe_video_request

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
