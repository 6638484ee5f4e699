# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""The clients: ``Vimmerse`` and ``AsyncVimmerse``, a resource per tag made on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from vimmerse_core._base_client import AsyncAPIClient, SyncAPIClient
from vimmerse_core._surface import surface

if TYPE_CHECKING:
    from .resources.assets import (
        AssetsResource,
        AssetsResourceWithRawResponse,
        AsyncAssetsResource,
        AsyncAssetsResourceWithRawResponse,
    )
    from .resources.image import (
        AsyncImageResource,
        AsyncImageResourceWithRawResponse,
        ImageResource,
        ImageResourceWithRawResponse,
    )
    from .resources.media import (
        AsyncMediaResource,
        AsyncMediaResourceWithRawResponse,
        MediaResource,
        MediaResourceWithRawResponse,
    )
    from .resources.text import (
        AsyncTextResource,
        AsyncTextResourceWithRawResponse,
        TextResource,
        TextResourceWithRawResponse,
    )
    from .resources.video import (
        AsyncVideoResource,
        AsyncVideoResourceWithRawResponse,
        VideoResource,
        VideoResourceWithRawResponse,
    )

__all__ = ["DEFAULT_BASE_URL", "SURFACE", "AsyncVimmerse", "Vimmerse"]

# What the runtime reads of this package: its manifest, by the package's name.
SURFACE = surface(__package__ or __name__.rpartition(".")[0])
DEFAULT_BASE_URL = "https://api.vimmerse.net"  # the spec's first server


class Vimmerse(SyncAPIClient):
    """Synchronous client of the Vimmerse API.

    ``Vimmerse(api_key=None, base_url=None, timeout=NOT_GIVEN, max_retries=2,
    default_headers=None, http_client=None, allow_insecure_http=False)``

    The key comes from ``api_key`` or ``$VIMMERSE_API_KEY``; the server from ``base_url``,
    ``$VIMMERSE_BASE_URL`` or https://api.vimmerse.net. The default timeout allows 5 s to
    connect and 600 s to read, enough for a synchronous generation; your own
    ``http_client`` keeps its own unless ``timeout`` is given. Every method also takes
    ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` for one call.

    Resources:
        assets: AssetsResource
        image: ImageResource
        media: MediaResource
        text: TextResource
        video: VideoResource
    """

    _surface = SURFACE

    @cached_property
    def assets(self) -> AssetsResource:
        from .resources.assets import AssetsResource

        return AssetsResource(self)

    @cached_property
    def image(self) -> ImageResource:
        from .resources.image import ImageResource

        return ImageResource(self)

    @cached_property
    def media(self) -> MediaResource:
        from .resources.media import MediaResource

        return MediaResource(self)

    @cached_property
    def text(self) -> TextResource:
        from .resources.text import TextResource

        return TextResource(self)

    @cached_property
    def video(self) -> VideoResource:
        from .resources.video import VideoResource

        return VideoResource(self)

    @cached_property
    def with_raw_response(self) -> VimmerseWithRawResponse:
        """Every operation, answering ``RawResponse[T]`` (status, headers, body, ``.parse()``)."""
        return VimmerseWithRawResponse(self)


class VimmerseWithRawResponse:
    def __init__(self, client: Vimmerse) -> None:
        self._client = client

    @cached_property
    def assets(self) -> AssetsResourceWithRawResponse:
        from .resources.assets import AssetsResourceWithRawResponse

        return AssetsResourceWithRawResponse(self._client.assets)

    @cached_property
    def image(self) -> ImageResourceWithRawResponse:
        from .resources.image import ImageResourceWithRawResponse

        return ImageResourceWithRawResponse(self._client.image)

    @cached_property
    def media(self) -> MediaResourceWithRawResponse:
        from .resources.media import MediaResourceWithRawResponse

        return MediaResourceWithRawResponse(self._client.media)

    @cached_property
    def text(self) -> TextResourceWithRawResponse:
        from .resources.text import TextResourceWithRawResponse

        return TextResourceWithRawResponse(self._client.text)

    @cached_property
    def video(self) -> VideoResourceWithRawResponse:
        from .resources.video import VideoResourceWithRawResponse

        return VideoResourceWithRawResponse(self._client.video)


class AsyncVimmerse(AsyncAPIClient):
    """Asynchronous client of the Vimmerse API.

    ``AsyncVimmerse(api_key=None, base_url=None, timeout=NOT_GIVEN, max_retries=2,
    default_headers=None, http_client=None, allow_insecure_http=False)``

    The key comes from ``api_key`` or ``$VIMMERSE_API_KEY``; the server from ``base_url``,
    ``$VIMMERSE_BASE_URL`` or https://api.vimmerse.net. The default timeout allows 5 s to
    connect and 600 s to read, enough for a synchronous generation; your own
    ``http_client`` keeps its own unless ``timeout`` is given. Every method also takes
    ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` for one call.

    Resources:
        assets: AsyncAssetsResource
        image: AsyncImageResource
        media: AsyncMediaResource
        text: AsyncTextResource
        video: AsyncVideoResource
    """

    _surface = SURFACE

    @cached_property
    def assets(self) -> AsyncAssetsResource:
        from .resources.assets import AsyncAssetsResource

        return AsyncAssetsResource(self)

    @cached_property
    def image(self) -> AsyncImageResource:
        from .resources.image import AsyncImageResource

        return AsyncImageResource(self)

    @cached_property
    def media(self) -> AsyncMediaResource:
        from .resources.media import AsyncMediaResource

        return AsyncMediaResource(self)

    @cached_property
    def text(self) -> AsyncTextResource:
        from .resources.text import AsyncTextResource

        return AsyncTextResource(self)

    @cached_property
    def video(self) -> AsyncVideoResource:
        from .resources.video import AsyncVideoResource

        return AsyncVideoResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncVimmerseWithRawResponse:
        """Every operation, answering ``RawResponse[T]`` (status, headers, body, ``.parse()``)."""
        return AsyncVimmerseWithRawResponse(self)


class AsyncVimmerseWithRawResponse:
    def __init__(self, client: AsyncVimmerse) -> None:
        self._client = client

    @cached_property
    def assets(self) -> AsyncAssetsResourceWithRawResponse:
        from .resources.assets import AsyncAssetsResourceWithRawResponse

        return AsyncAssetsResourceWithRawResponse(self._client.assets)

    @cached_property
    def image(self) -> AsyncImageResourceWithRawResponse:
        from .resources.image import AsyncImageResourceWithRawResponse

        return AsyncImageResourceWithRawResponse(self._client.image)

    @cached_property
    def media(self) -> AsyncMediaResourceWithRawResponse:
        from .resources.media import AsyncMediaResourceWithRawResponse

        return AsyncMediaResourceWithRawResponse(self._client.media)

    @cached_property
    def text(self) -> AsyncTextResourceWithRawResponse:
        from .resources.text import AsyncTextResourceWithRawResponse

        return AsyncTextResourceWithRawResponse(self._client.text)

    @cached_property
    def video(self) -> AsyncVideoResourceWithRawResponse:
        from .resources.video import AsyncVideoResourceWithRawResponse

        return AsyncVideoResourceWithRawResponse(self._client.video)
