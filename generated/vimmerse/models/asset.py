# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_status import AssetStatus, parse_asset_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_args import AssetArgs
    from ..models.asset_history_item import AssetHistoryItem


T = TypeVar("T", bound="Asset")


@_attrs_define
class Asset:
    """An image, video or audio job and its results.

    An answer: an optional field the server left out reads as None; fields and values
    the spec lacks are kept (``additional_properties``; enums as plain strings).

    Attributes:
        id (str)
        status (AssetStatus | str): `processing` while the job runs; it ends as `success` or
            `fail`.
        customer_id (str | None)
        primary_user_id (None | str)
        args (AssetArgs | None): The request's arguments.
        results (list[str] | None): Output (or uploaded) file URLs.
        thumbnails (list[str] | None)
        mime_type (None | str)
        app_name (str | None)
        quantity (int | None)
        credits (float | None)
        created_at (datetime.datetime | None)
        updated_at (datetime.datetime | None)
        history (list[AssetHistoryItem] | None)
    """

    id: str
    status: AssetStatus | str
    customer_id: str | None = None
    primary_user_id: None | str = None
    args: AssetArgs | None = None
    results: list[str] | None = None
    thumbnails: list[str] | None = None
    mime_type: None | str = None
    app_name: str | None = None
    quantity: int | None = None
    credits: float | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    history: list[AssetHistoryItem] | None = None
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

        if self.args is not None:
            args = self.args.to_dict()
            field_dict["args"] = args
        elif "args" in self._nulls:
            field_dict["args"] = None

        if self.results is not None:
            results = self.results

            field_dict["results"] = results
        elif "results" in self._nulls:
            field_dict["results"] = None

        if self.thumbnails is not None:
            thumbnails = self.thumbnails

            field_dict["thumbnails"] = thumbnails
        elif "thumbnails" in self._nulls:
            field_dict["thumbnails"] = None

        if self.mime_type is not None:
            mime_type: None | str
            mime_type = self.mime_type
            field_dict["mime_type"] = mime_type
        elif "mime_type" in self._nulls:
            field_dict["mime_type"] = None

        if self.app_name is not None:
            field_dict["app_name"] = self.app_name
        elif "app_name" in self._nulls:
            field_dict["app_name"] = None

        if self.quantity is not None:
            field_dict["quantity"] = self.quantity
        elif "quantity" in self._nulls:
            field_dict["quantity"] = None

        if self.credits is not None:
            field_dict["credits"] = self.credits
        elif "credits" in self._nulls:
            field_dict["credits"] = None

        if self.created_at is not None:
            created_at = self.created_at.isoformat()
            field_dict["created_at"] = created_at
            if (sent := self._texts.get("created_at")) is not None and sent[0] == self.created_at:
                field_dict["created_at"] = sent[1]
        elif "created_at" in self._nulls:
            field_dict["created_at"] = None

        if self.updated_at is not None:
            updated_at = self.updated_at.isoformat()
            field_dict["updated_at"] = updated_at
            if (sent := self._texts.get("updated_at")) is not None and sent[0] == self.updated_at:
                field_dict["updated_at"] = sent[1]
        elif "updated_at" in self._nulls:
            field_dict["updated_at"] = None

        if self.history is not None:
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

            field_dict["history"] = history
        elif "history" in self._nulls:
            field_dict["history"] = None

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

        args: AssetArgs | None = None
        _args_data = d.pop("args", UNSET)
        if _args_data is None:
            nulls.add("args")
        elif not isinstance(_args_data, Unset):
            args = AssetArgs.from_dict(_args_data)

        results: list[str] | None = None
        _results_data = d.pop("results", UNSET)
        if _results_data is None:
            nulls.add("results")
        elif not isinstance(_results_data, Unset):
            results = cast(list[str], _results_data)

        thumbnails: list[str] | None = None
        _thumbnails_data = d.pop("thumbnails", UNSET)
        if _thumbnails_data is None:
            nulls.add("thumbnails")
        elif not isinstance(_thumbnails_data, Unset):
            thumbnails = cast(list[str], _thumbnails_data)

        mime_type: None | str = None
        _mime_type_data = d.pop("mime_type", UNSET)
        if _mime_type_data is None:
            nulls.add("mime_type")
        elif not isinstance(_mime_type_data, Unset):

            def _parse_mime_type(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            mime_type = _parse_mime_type(_mime_type_data)

        app_name: str | None = None
        _app_name_data = d.pop("app_name", UNSET)
        if _app_name_data is None:
            nulls.add("app_name")
        elif not isinstance(_app_name_data, Unset):
            app_name = _app_name_data

        quantity: int | None = None
        _quantity_data = d.pop("quantity", UNSET)
        if _quantity_data is None:
            nulls.add("quantity")
        elif not isinstance(_quantity_data, Unset):
            quantity = _quantity_data

        credits: float | None = None
        _credits_data = d.pop("credits", UNSET)
        if _credits_data is None:
            nulls.add("credits")
        elif not isinstance(_credits_data, Unset):
            credits = _credits_data

        created_at: datetime.datetime | None = None
        _created_at_data = d.pop("created_at", UNSET)
        if _created_at_data is None:
            nulls.add("created_at")
        elif not isinstance(_created_at_data, Unset):
            created_at = datetime.datetime.fromisoformat(_created_at_data)

            texts["created_at"] = (created_at, _created_at_data)

        updated_at: datetime.datetime | None = None
        _updated_at_data = d.pop("updated_at", UNSET)
        if _updated_at_data is None:
            nulls.add("updated_at")
        elif not isinstance(_updated_at_data, Unset):
            updated_at = datetime.datetime.fromisoformat(_updated_at_data)

            texts["updated_at"] = (updated_at, _updated_at_data)

        history: list[AssetHistoryItem] | None = None
        _history_data = d.pop("history", UNSET)
        if _history_data is None:
            nulls.add("history")
        elif not isinstance(_history_data, Unset):
            history = []
            _history = _history_data
            for history_item_data in _history:
                history_item = AssetHistoryItem.from_dict(history_item_data)

                history.append(history_item)

        asset = cls(
            id=id,
            status=status,
            customer_id=customer_id,
            primary_user_id=primary_user_id,
            args=args,
            results=results,
            thumbnails=thumbnails,
            mime_type=mime_type,
            app_name=app_name,
            quantity=quantity,
            credits=credits,
            created_at=created_at,
            updated_at=updated_at,
            history=history,
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
from ..models.asset_args import AssetArgs  # noqa: E402
from ..models.asset_history_item import AssetHistoryItem  # noqa: E402
