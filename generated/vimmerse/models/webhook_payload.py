# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookPayload")


@_attrs_define
class WebhookPayload:
    """The body of the completion callback. The docs document the media payload
    (`customer_id`, `media_id`, `status`).

    An answer: an optional field the server left out reads as None; fields and values
    the spec lacks are kept (``additional_properties``; enums as plain strings).

    Attributes:
        customer_id (str)
        media_id (str)
        status (str): `success` when the job is done.
    """

    customer_id: str
    media_id: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The fields that arrived as null, so that to_dict() sends them back as null.
    _nulls: set[str] = _attrs_field(init=False, factory=set, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["customer_id"] = self.customer_id

        field_dict["media_id"] = self.media_id

        field_dict["status"] = self.status

        # The fields the spec lacks go after the known ones (the CLI prints them in order).
        field_dict.update(self.additional_properties)
        return field_dict

    # builtins.type: a field may be called `type`.
    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nulls: set[str] = set()
        customer_id = d.pop("customer_id")

        media_id = d.pop("media_id")

        status = d.pop("status")

        webhook_payload = cls(
            customer_id=customer_id,
            media_id=media_id,
            status=status,
        )
        webhook_payload.additional_properties = d
        webhook_payload._nulls = nulls
        return webhook_payload

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
