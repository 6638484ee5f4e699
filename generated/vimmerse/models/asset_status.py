# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

AssetStatus = Literal["fail", "processing", "success"]

ASSET_STATUS_VALUES: set[AssetStatus] = {
    "fail",
    "processing",
    "success",
}


def check_asset_status(value: str) -> AssetStatus:
    if value in ASSET_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSET_STATUS_VALUES!r}")


def parse_asset_status(value: object) -> AssetStatus | str:
    """A value read from an answer: a string the spec lacks is kept, not refused."""
    if isinstance(value, str):
        return value
    raise TypeError(f"Expected a string, got {value!r}")
