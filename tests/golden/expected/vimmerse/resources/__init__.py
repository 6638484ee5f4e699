# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""One module per tag: its request builders and its sync, async and raw-response classes."""

from .assets import (
    AssetsResource,
    AssetsResourceWithRawResponse,
    AsyncAssetsResource,
    AsyncAssetsResourceWithRawResponse,
)
from .extra import (
    AsyncExtraResource,
    AsyncExtraResourceWithRawResponse,
    ExtraResource,
    ExtraResourceWithRawResponse,
)
from .things import (
    AsyncThingsResource,
    AsyncThingsResourceWithRawResponse,
    ThingsResource,
    ThingsResourceWithRawResponse,
)

__all__ = [
    "AssetsResource",
    "AssetsResourceWithRawResponse",
    "AsyncAssetsResource",
    "AsyncAssetsResourceWithRawResponse",
    "AsyncExtraResource",
    "AsyncExtraResourceWithRawResponse",
    "AsyncThingsResource",
    "AsyncThingsResourceWithRawResponse",
    "ExtraResource",
    "ExtraResourceWithRawResponse",
    "ThingsResource",
    "ThingsResourceWithRawResponse",
]
