# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.media_response import MediaResponse
from ...models.message import Message
from ...models.upload_media_request import UploadMediaRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UploadMediaRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/media/upload",
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
    body: UploadMediaRequest | Unset = UNSET,
) -> Response[HTTPValidationError | MediaResponse | Message]:
    """Create media with uploaded images

     Creates a new media from uploaded images and processes it with the request data. `image`: one image
    animates it; two images are the first and last frame (the most recently uploaded is the last frame).
    `data`: a JSON string of the request data (`title`, `description`, `is_transition`, `pose_preset`,
    `submit_params`; all optional, defaults are set automatically). Transitions are not supported for
    the `LeonardoMotion` and `StableDiffusionMotion` motion types.

    Args:
        body (UploadMediaRequest | Unset):

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
    body: UploadMediaRequest | Unset = UNSET,
) -> HTTPValidationError | MediaResponse | Message | None:
    """Create media with uploaded images

     Creates a new media from uploaded images and processes it with the request data. `image`: one image
    animates it; two images are the first and last frame (the most recently uploaded is the last frame).
    `data`: a JSON string of the request data (`title`, `description`, `is_transition`, `pose_preset`,
    `submit_params`; all optional, defaults are set automatically). Transitions are not supported for
    the `LeonardoMotion` and `StableDiffusionMotion` motion types.

    Args:
        body (UploadMediaRequest | Unset):

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
    body: UploadMediaRequest | Unset = UNSET,
) -> Response[HTTPValidationError | MediaResponse | Message]:
    """Create media with uploaded images

     Creates a new media from uploaded images and processes it with the request data. `image`: one image
    animates it; two images are the first and last frame (the most recently uploaded is the last frame).
    `data`: a JSON string of the request data (`title`, `description`, `is_transition`, `pose_preset`,
    `submit_params`; all optional, defaults are set automatically). Transitions are not supported for
    the `LeonardoMotion` and `StableDiffusionMotion` motion types.

    Args:
        body (UploadMediaRequest | Unset):

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
    body: UploadMediaRequest | Unset = UNSET,
) -> HTTPValidationError | MediaResponse | Message | None:
    """Create media with uploaded images

     Creates a new media from uploaded images and processes it with the request data. `image`: one image
    animates it; two images are the first and last frame (the most recently uploaded is the last frame).
    `data`: a JSON string of the request data (`title`, `description`, `is_transition`, `pose_preset`,
    `submit_params`; all optional, defaults are set automatically). Transitions are not supported for
    the `LeonardoMotion` and `StableDiffusionMotion` motion types.

    Args:
        body (UploadMediaRequest | Unset):

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
