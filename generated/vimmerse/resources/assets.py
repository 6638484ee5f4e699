# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""``client.assets``: Read the assets that the v2 image and video routes create."""

from __future__ import annotations

from typing import Any, cast  # noqa: F401 - used by some specs' answers

import httpx

from vimmerse_core._jobs import AsyncAssetsHelpers, SyncAssetsHelpers
from vimmerse_core._path import path_segment
from vimmerse_core._request_options import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestOptions
from vimmerse_core._response import async_to_raw_response_wrapper, to_raw_response_wrapper

from ..models.asset import Asset
from ..types import UNSET, Unset  # noqa: F401

__all__ = [
    "AssetsResource",
    "AssetsResourceWithRawResponse",
    "AsyncAssetsResource",
    "AsyncAssetsResourceWithRawResponse",
]


def _get_asset_request(
    asset_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/asset/{asset_id}".format(
            asset_id=path_segment("asset_id", asset_id),
        ),
    }
    return _kwargs


def _parse_get_asset(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


class AssetsResource(SyncAssetsHelpers[Asset]):
    """``client.assets``: Read the assets that the v2 image and video routes create."""

    _job_kind = "asset"
    _job_model = Asset

    def get(
        self,
        asset_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Get asset.

        Get asset (Image, Video, Audio) detail with id. Poll this route while `status` is
        `processing`; it ends as `success` or `fail`.

        ``GET /asset/{asset_id}``

        Args:
            asset_id: The asset's id, as returned in `id` by the route that created it.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        return self._call(
            _get_asset_request(asset_id=asset_id),
            _parse_get_asset,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AssetsResourceWithRawResponse:
    """``client.with_raw_response.assets``: the same methods, answering ``RawResponse[T]``."""

    def __init__(self, resource: AssetsResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncAssetsResource(AsyncAssetsHelpers[Asset]):
    """``client.assets``: Read the assets that the v2 image and video routes create."""

    _job_kind = "asset"
    _job_model = Asset

    async def get(
        self,
        asset_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Get asset.

        Get asset (Image, Video, Audio) detail with id. Poll this route while `status` is
        `processing`; it ends as `success` or `fail`.

        ``GET /asset/{asset_id}``

        Args:
            asset_id: The asset's id, as returned in `id` by the route that created it.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        return await self._call(
            _get_asset_request(asset_id=asset_id),
            _parse_get_asset,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncAssetsResourceWithRawResponse:
    """``client.with_raw_response.assets``: the same methods, answering ``RawResponse[T]``."""

    def __init__(self, resource: AsyncAssetsResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
