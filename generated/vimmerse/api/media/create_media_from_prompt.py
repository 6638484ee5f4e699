# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_media_from_prompt_request import CreateMediaFromPromptRequest
from ...models.http_validation_error import HTTPValidationError
from ...models.media_response import MediaResponse
from ...models.message import Message
from ...types import Response


def _get_kwargs(
    *,
    body: CreateMediaFromPromptRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/media/prompt",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    body: CreateMediaFromPromptRequest,
) -> Response[HTTPValidationError | MediaResponse | Message]:
    """Create media from a text prompt

     Creates a new media with the prompt under `pose_preset` (`Params`:
    `Prompt=...|PromptStrength=5|MotionAmount=5|MotionLength=5|Loop=1|Quantity=2`). All fields are
    optional; defaults are set automatically.

    Args:
        body (CreateMediaFromPromptRequest):

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
    body: CreateMediaFromPromptRequest,
) -> HTTPValidationError | MediaResponse | Message | None:
    """Create media from a text prompt

     Creates a new media with the prompt under `pose_preset` (`Params`:
    `Prompt=...|PromptStrength=5|MotionAmount=5|MotionLength=5|Loop=1|Quantity=2`). All fields are
    optional; defaults are set automatically.

    Args:
        body (CreateMediaFromPromptRequest):

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
    body: CreateMediaFromPromptRequest,
) -> Response[HTTPValidationError | MediaResponse | Message]:
    """Create media from a text prompt

     Creates a new media with the prompt under `pose_preset` (`Params`:
    `Prompt=...|PromptStrength=5|MotionAmount=5|MotionLength=5|Loop=1|Quantity=2`). All fields are
    optional; defaults are set automatically.

    Args:
        body (CreateMediaFromPromptRequest):

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
    body: CreateMediaFromPromptRequest,
) -> HTTPValidationError | MediaResponse | Message | None:
    """Create media from a text prompt

     Creates a new media with the prompt under `pose_preset` (`Params`:
    `Prompt=...|PromptStrength=5|MotionAmount=5|MotionLength=5|Loop=1|Quantity=2`). All fields are
    optional; defaults are set automatically.

    Args:
        body (CreateMediaFromPromptRequest):

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
