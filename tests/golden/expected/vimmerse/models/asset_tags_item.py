# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

AssetTagsItem = Literal["blue", "red"]

ASSET_TAGS_ITEM_VALUES: set[AssetTagsItem] = {
    "blue",
    "red",
}


def check_asset_tags_item(value: str) -> AssetTagsItem:
    if value in ASSET_TAGS_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSET_TAGS_ITEM_VALUES!r}")


def parse_asset_tags_item(value: object) -> AssetTagsItem | str:
    """A value read from an answer: a string the spec lacks is kept, not refused."""
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {value!r}")
