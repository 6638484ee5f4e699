# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_status import AssetStatus, parse_asset_status
from ..models.asset_tags_item import AssetTagsItem, parse_asset_tags_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.part import Part
    from ..models.shape import Shape


T = TypeVar("T", bound="Asset")


@_attrs_define
class Asset:
    """An answer: an optional field the server left out reads as None; fields and values
    the spec lacks are kept (``additional_properties``; enums as plain strings).

    Attributes:
        id (str)
        status (AssetStatus | str)
        results (list[str] | None)
        credits (float | None): A builtin's name
        class_ (str | None): A keyword
        note (None | str)
        made_at (datetime.datetime | None)
        tags (list[AssetTagsItem | str] | None)
        parts (list[Part] | None)
        shape (Shape | None): Sent in a request and read back in the answer (both sides).
    """

    id: str
    status: AssetStatus | str
    results: list[str] | None = None
    credits: float | None = None
    class_: str | None = None
    note: None | str = None
    made_at: datetime.datetime | None = None
    tags: list[AssetTagsItem | str] | None = None
    parts: list[Part] | None = None
    shape: Shape | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The fields that arrived as null, so that to_dict() sends them back as null.
    _nulls: set[str] = _attrs_field(init=False, factory=set, repr=False, eq=False)
    # Dates as the server spelled them, so that to_dict() gives back the same text.
    _texts: dict[str, tuple[Any, str]] = _attrs_field(
        init=False, factory=dict, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["id"] = self.id

        status: str = self.status

        field_dict["status"] = status

        if self.results is not None:
            results = self.results

            field_dict["results"] = results
        elif "results" in self._nulls:
            field_dict["results"] = None

        if self.credits is not None:
            field_dict["credits"] = self.credits
        elif "credits" in self._nulls:
            field_dict["credits"] = None

        if self.class_ is not None:
            field_dict["class"] = self.class_
        elif "class" in self._nulls:
            field_dict["class"] = None

        if self.note is not None:
            note: None | str
            note = self.note
            field_dict["note"] = note
        elif "note" in self._nulls:
            field_dict["note"] = None

        if self.made_at is not None:
            made_at = self.made_at.isoformat()
            field_dict["made_at"] = made_at
            if (sent := self._texts.get("made_at")) is not None and sent[0] == self.made_at:
                field_dict["made_at"] = sent[1]
        elif "made_at" in self._nulls:
            field_dict["made_at"] = None

        if self.tags is not None:
            tags = []
            for tags_item_data in self.tags:
                tags_item: str = tags_item_data

                tags.append(tags_item)

            field_dict["tags"] = tags
        elif "tags" in self._nulls:
            field_dict["tags"] = None

        if self.parts is not None:
            parts = []
            for parts_item_data in self.parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

            field_dict["parts"] = parts
        elif "parts" in self._nulls:
            field_dict["parts"] = None

        if self.shape is not None:
            shape = self.shape.to_dict()
            field_dict["shape"] = shape
        elif "shape" in self._nulls:
            field_dict["shape"] = None

        # The fields the spec lacks go after the known ones (the CLI prints them in order).
        field_dict.update(self.additional_properties)
        return field_dict

    # builtins.type: a field may be called `type`.
    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nulls: set[str] = set()
        texts: dict[str, tuple[Any, str]] = {}
        id = d.pop("id")

        status = parse_asset_status(d.pop("status"))

        results: list[str] | None = None
        _results_data = d.pop("results", UNSET)
        if _results_data is None:
            nulls.add("results")
        elif not isinstance(_results_data, Unset):
            results = cast(list[str], _results_data)

        credits: float | None = None
        _credits_data = d.pop("credits", UNSET)
        if _credits_data is None:
            nulls.add("credits")
        elif not isinstance(_credits_data, Unset):
            credits = _credits_data

        class_: str | None = None
        _class__data = d.pop("class", UNSET)
        if _class__data is None:
            nulls.add("class")
        elif not isinstance(_class__data, Unset):
            class_ = _class__data

        note: None | str = None
        _note_data = d.pop("note", UNSET)
        if _note_data is None:
            nulls.add("note")
        elif not isinstance(_note_data, Unset):

            def _parse_note(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            note = _parse_note(_note_data)

        made_at: datetime.datetime | None = None
        _made_at_data = d.pop("made_at", UNSET)
        if _made_at_data is None:
            nulls.add("made_at")
        elif not isinstance(_made_at_data, Unset):
            made_at = datetime.datetime.fromisoformat(_made_at_data)

            texts["made_at"] = (made_at, _made_at_data)

        tags: list[AssetTagsItem | str] | None = None
        _tags_data = d.pop("tags", UNSET)
        if _tags_data is None:
            nulls.add("tags")
        elif not isinstance(_tags_data, Unset):
            tags = []
            _tags = _tags_data
            for tags_item_data in _tags:
                tags_item = parse_asset_tags_item(tags_item_data)

                tags.append(tags_item)

        parts: list[Part] | None = None
        _parts_data = d.pop("parts", UNSET)
        if _parts_data is None:
            nulls.add("parts")
        elif not isinstance(_parts_data, Unset):
            parts = []
            _parts = _parts_data
            for parts_item_data in _parts:
                parts_item = Part.from_dict(parts_item_data)

                parts.append(parts_item)

        shape: Shape | None = None
        _shape_data = d.pop("shape", UNSET)
        if _shape_data is None:
            nulls.add("shape")
        elif not isinstance(_shape_data, Unset):
            shape = Shape.from_dict(_shape_data)

        asset = cls(
            id=id,
            status=status,
            results=results,
            credits=credits,
            class_=class_,
            note=note,
            made_at=made_at,
            tags=tags,
            parts=parts,
            shape=shape,
        )
        asset.additional_properties = d
        asset._nulls = nulls
        asset._texts = texts
        return asset

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
from ..models.part import Part  # noqa: E402
from ..models.shape import Shape  # noqa: E402
