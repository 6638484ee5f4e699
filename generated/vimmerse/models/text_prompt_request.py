# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_prompt_request_mode import TextPromptRequestMode, check_text_prompt_request_mode
from ..models.text_prompt_request_option import (
    TextPromptRequestOption,
    check_text_prompt_request_option,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextPromptRequest")


@_attrs_define
class TextPromptRequest:
    """
    Attributes:
        image_url (str | Unset): Primary image for vision options (HTTPS URL).
        image2_url (str | Unset): Optional second image.
        video_url (str | Unset): Uses the middle frame when there is no `image_url`.
        prompt (str | Unset): Seed text; required for the RefinePrompt behaviour.
        mode (TextPromptRequestMode | Unset): What the prompt is for.
        option (TextPromptRequestOption | Unset): Which prompt behaviour to run. Default: 'InspireMe'.
    """

    image_url: str | Unset = UNSET
    image2_url: str | Unset = UNSET
    video_url: str | Unset = UNSET
    prompt: str | Unset = UNSET
    mode: TextPromptRequestMode | Unset = UNSET
    option: TextPromptRequestOption | Unset = "InspireMe"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        image2_url = self.image2_url

        video_url = self.video_url

        prompt = self.prompt

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        option: str | Unset = UNSET
        if not isinstance(self.option, Unset):
            option = self.option

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if image2_url is not UNSET:
            field_dict["image2_url"] = image2_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if mode is not UNSET:
            field_dict["mode"] = mode
        if option is not UNSET:
            field_dict["option"] = option

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url", UNSET)

        image2_url = d.pop("image2_url", UNSET)

        video_url = d.pop("video_url", UNSET)

        prompt = d.pop("prompt", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: TextPromptRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_text_prompt_request_mode(_mode)

        _option = d.pop("option", UNSET)
        option: TextPromptRequestOption | Unset
        if isinstance(_option, Unset):
            option = UNSET
        else:
            option = check_text_prompt_request_option(_option)

        text_prompt_request = cls(
            image_url=image_url,
            image2_url=image2_url,
            video_url=video_url,
            prompt=prompt,
            mode=mode,
            option=option,
        )

        text_prompt_request.additional_properties = d
        return text_prompt_request

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
