# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset import Asset
from ...models.avatar_lip_sync_request import AvatarLipSyncRequest
from ...models.http_validation_error import HTTPValidationError
from ...models.message import Message
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AvatarLipSyncRequest,
    authorization: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    x_client_type: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["Authorization"] = authorization

    if not isinstance(username, Unset):
        headers["Username"] = username

    if not isinstance(x_client_type, Unset):
        headers["X-Client-Type"] = x_client_type

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/video/avatars/lip-sync",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    body: AvatarLipSyncRequest,
    authorization: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    x_client_type: None | str | Unset = UNSET,
) -> Response[Asset | HTTPValidationError | Message]:
    """Avatar lip-sync video

     Creatify talking-avatar video. Provide `avatar_id`, `voice_id` and `prompt`. Optional
    `bg_image_url`, `audio_url`, `aspect_ratio`, `show_caption`. Avatars and voices are listed by
    internal routes that are not in the public schema.

    Args:
        authorization (None | str | Unset):
        username (None | str | Unset):
        x_client_type (None | str | Unset):
        body (AvatarLipSyncRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Asset | HTTPValidationError | Message]
    """

    kwargs = _get_kwargs(
        body=body,
        authorization=authorization,
        username=username,
        x_client_type=x_client_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AvatarLipSyncRequest,
    authorization: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    x_client_type: None | str | Unset = UNSET,
) -> Asset | HTTPValidationError | Message | None:
    """Avatar lip-sync video

     Creatify talking-avatar video. Provide `avatar_id`, `voice_id` and `prompt`. Optional
    `bg_image_url`, `audio_url`, `aspect_ratio`, `show_caption`. Avatars and voices are listed by
    internal routes that are not in the public schema.

    Args:
        authorization (None | str | Unset):
        username (None | str | Unset):
        x_client_type (None | str | Unset):
        body (AvatarLipSyncRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Asset | HTTPValidationError | Message
    """

    return sync_detailed(
        client=client,
        body=body,
        authorization=authorization,
        username=username,
        x_client_type=x_client_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AvatarLipSyncRequest,
    authorization: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    x_client_type: None | str | Unset = UNSET,
) -> Response[Asset | HTTPValidationError | Message]:
    """Avatar lip-sync video

     Creatify talking-avatar video. Provide `avatar_id`, `voice_id` and `prompt`. Optional
    `bg_image_url`, `audio_url`, `aspect_ratio`, `show_caption`. Avatars and voices are listed by
    internal routes that are not in the public schema.

    Args:
        authorization (None | str | Unset):
        username (None | str | Unset):
        x_client_type (None | str | Unset):
        body (AvatarLipSyncRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Asset | HTTPValidationError | Message]
    """

    kwargs = _get_kwargs(
        body=body,
        authorization=authorization,
        username=username,
        x_client_type=x_client_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AvatarLipSyncRequest,
    authorization: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    x_client_type: None | str | Unset = UNSET,
) -> Asset | HTTPValidationError | Message | None:
    """Avatar lip-sync video

     Creatify talking-avatar video. Provide `avatar_id`, `voice_id` and `prompt`. Optional
    `bg_image_url`, `audio_url`, `aspect_ratio`, `show_caption`. Avatars and voices are listed by
    internal routes that are not in the public schema.

    Args:
        authorization (None | str | Unset):
        username (None | str | Unset):
        x_client_type (None | str | Unset):
        body (AvatarLipSyncRequest):

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
            authorization=authorization,
            username=username,
            x_client_type=x_client_type,
        )
    ).parsed
