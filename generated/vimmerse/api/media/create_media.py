# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_media_request import CreateMediaRequest
from ...models.http_validation_error import HTTPValidationError
from ...models.media_response import MediaResponse
from ...models.message import Message
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateMediaRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/media",
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | MediaResponse | Message | None:
    if response.status_code == 200:
        response_200 = MediaResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Message.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = Message.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = Message.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | MediaResponse | Message]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMediaRequest | Unset = UNSET,
) -> Response[HTTPValidationError | MediaResponse | Message]:
    """Create media

     Creates a new media from image files, image URLs or a text prompt. Two images (files or URLs) are
    the start and end frame of the video; one image animates that image; no image generates the video
    from `prompt`.

    Args:
        body (CreateMediaRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MediaResponse | Message]
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
    body: CreateMediaRequest | Unset = UNSET,
) -> HTTPValidationError | MediaResponse | Message | None:
    """Create media

     Creates a new media from image files, image URLs or a text prompt. Two images (files or URLs) are
    the start and end frame of the video; one image animates that image; no image generates the video
    from `prompt`.

    Args:
        body (CreateMediaRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MediaResponse | Message
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMediaRequest | Unset = UNSET,
) -> Response[HTTPValidationError | MediaResponse | Message]:
    """Create media

     Creates a new media from image files, image URLs or a text prompt. Two images (files or URLs) are
    the start and end frame of the video; one image animates that image; no image generates the video
    from `prompt`.

    Args:
        body (CreateMediaRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MediaResponse | Message]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMediaRequest | Unset = UNSET,
) -> HTTPValidationError | MediaResponse | Message | None:
    """Create media

     Creates a new media from image files, image URLs or a text prompt. Two images (files or URLs) are
    the start and end frame of the video; one image animates that image; no image generates the video
    from `prompt`.

    Args:
        body (CreateMediaRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MediaResponse | Message
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
