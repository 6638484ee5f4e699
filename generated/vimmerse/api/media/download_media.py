# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.message import Message
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    media_id: str,
    *,
    object_type: str | Unset = "bullet_video_mp4",
    motion_type: str | Unset = UNSET,
    width: int | Unset = UNSET,
    file_size: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["object_type"] = object_type

    params["motion_type"] = motion_type

    params["width"] = width

    params["file_size"] = file_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/media/{media_id}/download".format(
            media_id=quote(str(media_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | HTTPValidationError | Message | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Message.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Message.from_dict(response.json())

        return response_401

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
) -> Response[File | HTTPValidationError | Message]:
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
    object_type: str | Unset = "bullet_video_mp4",
    motion_type: str | Unset = UNSET,
    width: int | Unset = UNSET,
    file_size: float | Unset = UNSET,
) -> Response[File | HTTPValidationError | Message]:
    """Download media file

     Downloads a file of the media (bullet video, GIF or source files) as bytes.

    Args:
        media_id (str):
        object_type (str | Unset):  Default: 'bullet_video_mp4'.
        motion_type (str | Unset):
        width (int | Unset):
        file_size (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | HTTPValidationError | Message]
    """

    kwargs = _get_kwargs(
        media_id=media_id,
        object_type=object_type,
        motion_type=motion_type,
        width=width,
        file_size=file_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
    object_type: str | Unset = "bullet_video_mp4",
    motion_type: str | Unset = UNSET,
    width: int | Unset = UNSET,
    file_size: float | Unset = UNSET,
) -> File | HTTPValidationError | Message | None:
    """Download media file

     Downloads a file of the media (bullet video, GIF or source files) as bytes.

    Args:
        media_id (str):
        object_type (str | Unset):  Default: 'bullet_video_mp4'.
        motion_type (str | Unset):
        width (int | Unset):
        file_size (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | HTTPValidationError | Message
    """

    return sync_detailed(
        media_id=media_id,
        client=client,
        object_type=object_type,
        motion_type=motion_type,
        width=width,
        file_size=file_size,
    ).parsed


async def asyncio_detailed(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
    object_type: str | Unset = "bullet_video_mp4",
    motion_type: str | Unset = UNSET,
    width: int | Unset = UNSET,
    file_size: float | Unset = UNSET,
) -> Response[File | HTTPValidationError | Message]:
    """Download media file

     Downloads a file of the media (bullet video, GIF or source files) as bytes.

    Args:
        media_id (str):
        object_type (str | Unset):  Default: 'bullet_video_mp4'.
        motion_type (str | Unset):
        width (int | Unset):
        file_size (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | HTTPValidationError | Message]
    """

    kwargs = _get_kwargs(
        media_id=media_id,
        object_type=object_type,
        motion_type=motion_type,
        width=width,
        file_size=file_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    media_id: str,
    *,
    client: AuthenticatedClient | Client,
    object_type: str | Unset = "bullet_video_mp4",
    motion_type: str | Unset = UNSET,
    width: int | Unset = UNSET,
    file_size: float | Unset = UNSET,
) -> File | HTTPValidationError | Message | None:
    """Download media file

     Downloads a file of the media (bullet video, GIF or source files) as bytes.

    Args:
        media_id (str):
        object_type (str | Unset):  Default: 'bullet_video_mp4'.
        motion_type (str | Unset):
        width (int | Unset):
        file_size (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | HTTPValidationError | Message
    """

    return (
        await asyncio_detailed(
            media_id=media_id,
            client=client,
            object_type=object_type,
            motion_type=motion_type,
            width=width,
            file_size=file_size,
        )
    ).parsed
