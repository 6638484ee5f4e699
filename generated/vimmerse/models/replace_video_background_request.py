# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.replace_video_background_request_alignment import (
    ReplaceVideoBackgroundRequestAlignment,
    check_replace_video_background_request_alignment,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplaceVideoBackgroundRequest")


@_attrs_define
class ReplaceVideoBackgroundRequest:
    """
    Attributes:
        video_url (str):
        async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by id. Default: True.
        webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is complete.
        bg_image_url (str | Unset):  Default: ''.
        bg_video_url (str | Unset):  Default: ''.
        chroma_key_color (str | Unset):  Default: 'origin'.
        chroma_tolerance (str | Unset):  Default: '0.1'.
        prompt (str | Unset):  Default: ''.
        overlay_scale (str | Unset):  Default: '0.6666'.
        alignment (ReplaceVideoBackgroundRequestAlignment | Unset):  Default: 'center'.
        start_time (str | Unset):  Default: '0'.
        crop_to_content (bool | Unset):  Default: True.
        x_offset (int | Unset):  Default: 0.
        y_offset (int | Unset):  Default: 0.
        use_rembg_lib (bool | Unset):  Default: False.
    """

    video_url: str
    async_mode: bool | Unset = True
    webhook_url: None | str | Unset = UNSET
    bg_image_url: str | Unset = ""
    bg_video_url: str | Unset = ""
    chroma_key_color: str | Unset = "origin"
    chroma_tolerance: str | Unset = "0.1"
    prompt: str | Unset = ""
    overlay_scale: str | Unset = "0.6666"
    alignment: ReplaceVideoBackgroundRequestAlignment | Unset = "center"
    start_time: str | Unset = "0"
    crop_to_content: bool | Unset = True
    x_offset: int | Unset = 0
    y_offset: int | Unset = 0
    use_rembg_lib: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        async_mode = self.async_mode

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        bg_image_url = self.bg_image_url

        bg_video_url = self.bg_video_url

        chroma_key_color = self.chroma_key_color

        chroma_tolerance = self.chroma_tolerance

        prompt = self.prompt

        overlay_scale = self.overlay_scale

        alignment: str | Unset = UNSET
        if not isinstance(self.alignment, Unset):
            alignment = self.alignment

        start_time = self.start_time

        crop_to_content = self.crop_to_content

        x_offset = self.x_offset

        y_offset = self.y_offset

        use_rembg_lib = self.use_rembg_lib

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
        if bg_image_url is not UNSET:
            field_dict["bg_image_url"] = bg_image_url
        if bg_video_url is not UNSET:
            field_dict["bg_video_url"] = bg_video_url
        if chroma_key_color is not UNSET:
            field_dict["chroma_key_color"] = chroma_key_color
        if chroma_tolerance is not UNSET:
            field_dict["chroma_tolerance"] = chroma_tolerance
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if overlay_scale is not UNSET:
            field_dict["overlay_scale"] = overlay_scale
        if alignment is not UNSET:
            field_dict["alignment"] = alignment
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if crop_to_content is not UNSET:
            field_dict["crop_to_content"] = crop_to_content
        if x_offset is not UNSET:
            field_dict["x_offset"] = x_offset
        if y_offset is not UNSET:
            field_dict["y_offset"] = y_offset
        if use_rembg_lib is not UNSET:
            field_dict["use_rembg_lib"] = use_rembg_lib

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

        bg_image_url = d.pop("bg_image_url", UNSET)

        bg_video_url = d.pop("bg_video_url", UNSET)

        chroma_key_color = d.pop("chroma_key_color", UNSET)

        chroma_tolerance = d.pop("chroma_tolerance", UNSET)

        prompt = d.pop("prompt", UNSET)

        overlay_scale = d.pop("overlay_scale", UNSET)

        _alignment = d.pop("alignment", UNSET)
        alignment: ReplaceVideoBackgroundRequestAlignment | Unset
        if isinstance(_alignment, Unset):
            alignment = UNSET
        else:
            alignment = check_replace_video_background_request_alignment(_alignment)

        start_time = d.pop("start_time", UNSET)

        crop_to_content = d.pop("crop_to_content", UNSET)

        x_offset = d.pop("x_offset", UNSET)

        y_offset = d.pop("y_offset", UNSET)

        use_rembg_lib = d.pop("use_rembg_lib", UNSET)

        replace_video_background_request = cls(
            video_url=video_url,
            async_mode=async_mode,
            webhook_url=webhook_url,
            bg_image_url=bg_image_url,
            bg_video_url=bg_video_url,
            chroma_key_color=chroma_key_color,
            chroma_tolerance=chroma_tolerance,
            prompt=prompt,
            overlay_scale=overlay_scale,
            alignment=alignment,
            start_time=start_time,
            crop_to_content=crop_to_content,
            x_offset=x_offset,
            y_offset=y_offset,
            use_rembg_lib=use_rembg_lib,
        )

        replace_video_background_request.additional_properties = d
        return replace_video_background_request

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
