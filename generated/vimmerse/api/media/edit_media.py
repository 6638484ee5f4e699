# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edit_media_request import EditMediaRequest
from ...models.http_validation_error import HTTPValidationError
from ...models.media_response import MediaResponse
from ...models.message import Message
from ...types import UNSET, Response, Unset


def _get_kwargs(
    media_id: str,
    *,
    body: EditMediaRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/media/{media_id}/edit".format(
            media_id=quote(str(media_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | MediaResponse | Message | None:
    if response.status_code == 200:
        response_200 = MediaResponse.from_dict(response.json())

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
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EditMediaRequest | Unset = UNSET,
) -> Response[HTTPValidationError | MediaResponse | Message]:
    """Update media

     Updates the media, and resubmits it if any of `prompt`, `motion_type`, `quantity`, `duration`,
    `loop`, `aspect_ratio` or `sound_effects` changes. A media that is processed again is charged again.

    Args:
        media_id (str):
        body (EditMediaRequest | Unset): Only the fields sent change; changing a generation field
            resubmits the media.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MediaResponse | Message]
    """

    kwargs = _get_kwargs(
        media_id=media_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EditMediaRequest | Unset = UNSET,
) -> HTTPValidationError | MediaResponse | Message | None:
    """Update media

     Updates the media, and resubmits it if any of `prompt`, `motion_type`, `quantity`, `duration`,
    `loop`, `aspect_ratio` or `sound_effects` changes. A media that is processed again is charged again.

    Args:
        media_id (str):
        body (EditMediaRequest | Unset): Only the fields sent change; changing a generation field
            resubmits the media.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MediaResponse | Message
    """

    return sync_detailed(
        media_id=media_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EditMediaRequest | Unset = UNSET,
) -> Response[HTTPValidationError | MediaResponse | Message]:
    """Update media

     Updates the media, and resubmits it if any of `prompt`, `motion_type`, `quantity`, `duration`,
    `loop`, `aspect_ratio` or `sound_effects` changes. A media that is processed again is charged again.

    Args:
        media_id (str):
        body (EditMediaRequest | Unset): Only the fields sent change; changing a generation field
            resubmits the media.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MediaResponse | Message]
    """

    kwargs = _get_kwargs(
        media_id=media_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EditMediaRequest | Unset = UNSET,
) -> HTTPValidationError | MediaResponse | Message | None:
    """Update media

     Updates the media, and resubmits it if any of `prompt`, `motion_type`, `quantity`, `duration`,
    `loop`, `aspect_ratio` or `sound_effects` changes. A media that is processed again is charged again.

    Args:
        media_id (str):
        body (EditMediaRequest | Unset): Only the fields sent change; changing a generation field
            resubmits the media.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MediaResponse | Message
    """

    return (
        await asyncio_detailed(
            media_id=media_id,
            client=client,
            body=body,
        )
    ).parsed
