# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="UploadThingsBody")


@_attrs_define
class UploadThingsBody:
    """
    Attributes:
        cover (File): The cover.
        pages (list[File] | Unset):
        title (str | Unset):  Default: ''.
    """

    cover: File
    pages: list[File] | Unset = UNSET
    title: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cover = self.cover.to_tuple()

        pages: list[FileTypes] | Unset = UNSET
        if not isinstance(self.pages, Unset):
            pages = []
            for pages_item_data in self.pages:
                pages_item = pages_item_data.to_tuple()

                pages.append(pages_item)

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cover": cover,
            }
        )
        if pages is not UNSET:
            field_dict["pages"] = pages
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("cover", self.cover.to_tuple()))

        if not isinstance(self.pages, Unset):
            for pages_item_element in self.pages:
                files.append(("pages", pages_item_element.to_tuple()))

        if not isinstance(self.title, Unset):
            files.append(("title", (None, str(self.title).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cover = File(payload=BytesIO(d.pop("cover")))

        _pages = d.pop("pages", UNSET)
        pages: list[File] | Unset = UNSET
        if _pages is not UNSET:
            pages = []
            for pages_item_data in _pages:
                pages_item = File(payload=BytesIO(pages_item_data))

                pages.append(pages_item)

        title = d.pop("title", UNSET)

        upload_things_body = cls(
            cover=cover,
            pages=pages,
            title=title,
        )

        upload_things_body.additional_properties = d
        return upload_things_body

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
