# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_status import AssetStatus, check_asset_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_args import AssetArgs
    from ..models.asset_history_item import AssetHistoryItem


T = TypeVar("T", bound="Asset")


@_attrs_define
class Asset:
    """An image, video or audio job and its results.

    Attributes:
        id (str):
        status (AssetStatus): `processing` while the job runs; it ends as `success` or `fail`.
        customer_id (str | Unset):
        primary_user_id (None | str | Unset):
        args (AssetArgs | Unset): The request's arguments.
        results (list[str] | Unset): Output (or uploaded) file URLs.
        thumbnails (list[str] | Unset):
        mime_type (None | str | Unset):
        app_name (str | Unset):
        quantity (int | Unset):
        credits_ (float | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        history (list[AssetHistoryItem] | Unset):
    """

    id: str
    status: AssetStatus
    customer_id: str | Unset = UNSET
    primary_user_id: None | str | Unset = UNSET
    args: AssetArgs | Unset = UNSET
    results: list[str] | Unset = UNSET
    thumbnails: list[str] | Unset = UNSET
    mime_type: None | str | Unset = UNSET
    app_name: str | Unset = UNSET
    quantity: int | Unset = UNSET
    credits_: float | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    history: list[AssetHistoryItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str = self.status

        customer_id = self.customer_id

        primary_user_id: None | str | Unset
        if isinstance(self.primary_user_id, Unset):
            primary_user_id = UNSET
        else:
            primary_user_id = self.primary_user_id

        args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.args, Unset):
            args = self.args.to_dict()

        results: list[str] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = self.results

        thumbnails: list[str] | Unset = UNSET
        if not isinstance(self.thumbnails, Unset):
            thumbnails = self.thumbnails

        mime_type: None | str | Unset
        if isinstance(self.mime_type, Unset):
            mime_type = UNSET
        else:
            mime_type = self.mime_type

        app_name = self.app_name

        quantity = self.quantity

        credits_ = self.credits_

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if primary_user_id is not UNSET:
            field_dict["primary_user_id"] = primary_user_id
        if args is not UNSET:
            field_dict["args"] = args
        if results is not UNSET:
            field_dict["results"] = results
        if thumbnails is not UNSET:
            field_dict["thumbnails"] = thumbnails
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if history is not UNSET:
            field_dict["history"] = history

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_args import AssetArgs
        from ..models.asset_history_item import AssetHistoryItem

        d = dict(src_dict)
        id = d.pop("id")

        status = check_asset_status(d.pop("status"))

        customer_id = d.pop("customer_id", UNSET)

        def _parse_primary_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_user_id = _parse_primary_user_id(d.pop("primary_user_id", UNSET))

        _args = d.pop("args", UNSET)
        args: AssetArgs | Unset
        if isinstance(_args, Unset):
            args = UNSET
        else:
            args = AssetArgs.from_dict(_args)

        results = cast(list[str], d.pop("results", UNSET))

        thumbnails = cast(list[str], d.pop("thumbnails", UNSET))

        def _parse_mime_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mime_type = _parse_mime_type(d.pop("mime_type", UNSET))

        app_name = d.pop("app_name", UNSET)

        quantity = d.pop("quantity", UNSET)

        credits_ = d.pop("credits", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _history = d.pop("history", UNSET)
        history: list[AssetHistoryItem] | Unset = UNSET
        if _history is not UNSET:
            history = []
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
            credits_=credits_,
            created_at=created_at,
            updated_at=updated_at,
            history=history,
        )

        asset.additional_properties = d
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
