# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset import Asset
from ...models.http_validation_error import HTTPValidationError
from ...models.message import Message
from ...models.upload_image_request import UploadImageRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UploadImageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/image",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Asset | HTTPValidationError | Message | None:
    if response.status_code == 200:
        response_200 = Asset.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Message.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Message.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = Message.from_dict(response.json())

        return response_402

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Asset | HTTPValidationError | Message]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadImageRequest,
) -> Response[Asset | HTTPValidationError | Message]:
    """Upload image

     Uploads an image file (JPEG, PNG or WebP) to Vimmerse storage so it can be referenced by URL in the
    other `/v2/image/` routes. The only v2 image route that uses multipart/form-data. The uploaded
    file's URL is in the asset's `results`.

    Args:
        body (UploadImageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Asset | HTTPValidationError | Message]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UploadImageRequest,
) -> Asset | HTTPValidationError | Message | None:
    """Upload image

     Uploads an image file (JPEG, PNG or WebP) to Vimmerse storage so it can be referenced by URL in the
    other `/v2/image/` routes. The only v2 image route that uses multipart/form-data. The uploaded
    file's URL is in the asset's `results`.

    Args:
        body (UploadImageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Asset | HTTPValidationError | Message
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadImageRequest,
) -> Response[Asset | HTTPValidationError | Message]:
    """Upload image

     Uploads an image file (JPEG, PNG or WebP) to Vimmerse storage so it can be referenced by URL in the
    other `/v2/image/` routes. The only v2 image route that uses multipart/form-data. The uploaded
    file's URL is in the asset's `results`.

    Args:
        body (UploadImageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Asset | HTTPValidationError | Message]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadImageRequest,
) -> Asset | HTTPValidationError | Message | None:
    """Upload image

     Uploads an image file (JPEG, PNG or WebP) to Vimmerse storage so it can be referenced by URL in the
    other `/v2/image/` routes. The only v2 image route that uses multipart/form-data. The uploaded
    file's URL is in the asset's `results`.

    Args:
        body (UploadImageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Asset | HTTPValidationError | Message
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
