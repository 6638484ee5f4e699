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
    from .resources.extra import (
        AsyncExtraResource,
        AsyncExtraResourceWithRawResponse,
        ExtraResource,
        ExtraResourceWithRawResponse,
    )
    from .resources.things import (
        AsyncThingsResource,
        AsyncThingsResourceWithRawResponse,
        ThingsResource,
        ThingsResourceWithRawResponse,
    )

__all__ = ["DEFAULT_BASE_URL", "SURFACE", "AsyncVimmerse", "Vimmerse"]

# What the runtime reads of this package: its manifest, by the package's name.
SURFACE = surface(__package__ or __name__.rpartition(".")[0])
DEFAULT_BASE_URL = "https://api.example.test"  # the spec's first server


class Vimmerse(SyncAPIClient):
    """Synchronous client of the Vimmerse API.

    ``Vimmerse(api_key=None, base_url=None, timeout=NOT_GIVEN, max_retries=2,
    default_headers=None, http_client=None, allow_insecure_http=False)``

    The key comes from ``api_key`` or ``$VIMMERSE_API_KEY``; the server from ``base_url``,
    ``$VIMMERSE_BASE_URL`` or https://api.example.test. The default timeout allows 5 s to
    connect and 600 s to read, enough for a synchronous generation; your own
    ``http_client`` keeps its own unless ``timeout`` is given. Every method also takes
    ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` for one call.

    Resources:
        assets: AssetsResource
        extra: ExtraResource
        things: ThingsResource
    """

    _surface = SURFACE

    @cached_property
    def assets(self) -> AssetsResource:
        from .resources.assets import AssetsResource

        return AssetsResource(self)

    @cached_property
    def extra(self) -> ExtraResource:
        from .resources.extra import ExtraResource

        return ExtraResource(self)

    @cached_property
    def things(self) -> ThingsResource:
        from .resources.things import ThingsResource

        return ThingsResource(self)

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
    def extra(self) -> ExtraResourceWithRawResponse:
        from .resources.extra import ExtraResourceWithRawResponse

        return ExtraResourceWithRawResponse(self._client.extra)

    @cached_property
    def things(self) -> ThingsResourceWithRawResponse:
        from .resources.things import ThingsResourceWithRawResponse

        return ThingsResourceWithRawResponse(self._client.things)


class AsyncVimmerse(AsyncAPIClient):
    """Asynchronous client of the Vimmerse API.

    ``AsyncVimmerse(api_key=None, base_url=None, timeout=NOT_GIVEN, max_retries=2,
    default_headers=None, http_client=None, allow_insecure_http=False)``

    The key comes from ``api_key`` or ``$VIMMERSE_API_KEY``; the server from ``base_url``,
    ``$VIMMERSE_BASE_URL`` or https://api.example.test. The default timeout allows 5 s to
    connect and 600 s to read, enough for a synchronous generation; your own
    ``http_client`` keeps its own unless ``timeout`` is given. Every method also takes
    ``extra_headers``, ``extra_query``, ``extra_body`` and ``timeout`` for one call.

    Resources:
        assets: AsyncAssetsResource
        extra: AsyncExtraResource
        things: AsyncThingsResource
    """

    _surface = SURFACE

    @cached_property
    def assets(self) -> AsyncAssetsResource:
        from .resources.assets import AsyncAssetsResource

        return AsyncAssetsResource(self)

    @cached_property
    def extra(self) -> AsyncExtraResource:
        from .resources.extra import AsyncExtraResource

        return AsyncExtraResource(self)

    @cached_property
    def things(self) -> AsyncThingsResource:
        from .resources.things import AsyncThingsResource

        return AsyncThingsResource(self)

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
    def extra(self) -> AsyncExtraResourceWithRawResponse:
        from .resources.extra import AsyncExtraResourceWithRawResponse

        return AsyncExtraResourceWithRawResponse(self._client.extra)

    @cached_property
    def things(self) -> AsyncThingsResourceWithRawResponse:
        from .resources.things import AsyncThingsResourceWithRawResponse

        return AsyncThingsResourceWithRawResponse(self._client.things)
