# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""One module per tag: its request builders and its sync, async and raw-response classes."""

from .assets import (
    AssetsResource,
    AssetsResourceWithRawResponse,
    AsyncAssetsResource,
    AsyncAssetsResourceWithRawResponse,
)
from .image import (
    AsyncImageResource,
    AsyncImageResourceWithRawResponse,
    ImageResource,
    ImageResourceWithRawResponse,
)
from .media import (
    AsyncMediaResource,
    AsyncMediaResourceWithRawResponse,
    MediaResource,
    MediaResourceWithRawResponse,
)
from .text import (
    AsyncTextResource,
    AsyncTextResourceWithRawResponse,
    TextResource,
    TextResourceWithRawResponse,
)
from .video import (
    AsyncVideoResource,
    AsyncVideoResourceWithRawResponse,
    VideoResource,
    VideoResourceWithRawResponse,
)

__all__ = [
    "AssetsResource",
    "AssetsResourceWithRawResponse",
    "AsyncAssetsResource",
    "AsyncAssetsResourceWithRawResponse",
    "AsyncImageResource",
    "AsyncImageResourceWithRawResponse",
    "AsyncMediaResource",
    "AsyncMediaResourceWithRawResponse",
    "AsyncTextResource",
    "AsyncTextResourceWithRawResponse",
    "AsyncVideoResource",
    "AsyncVideoResourceWithRawResponse",
    "ImageResource",
    "ImageResourceWithRawResponse",
    "MediaResource",
    "MediaResourceWithRawResponse",
    "TextResource",
    "TextResourceWithRawResponse",
    "VideoResource",
    "VideoResourceWithRawResponse",
]
