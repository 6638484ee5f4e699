# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset import Asset
from ...models.http_validation_error import HTTPValidationError
from ...models.message import Message
from ...models.upload_video_request import UploadVideoRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UploadVideoRequest,
    video_url: str | Unset = "",
    video_file_path: Any | Unset = UNSET,
    asset_id: Any | Unset = UNSET,
    removing_asset_args: Any | Unset = UNSET,
    option: Any | Unset = "UploadVideo",
    video_duration: Any | Unset = UNSET,
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

    params: dict[str, Any] = {}

    params["video_url"] = video_url

    params["video_file_path"] = video_file_path

    params["asset_id"] = asset_id

    params["removing_asset_args"] = removing_asset_args

    params["option"] = option

    params["video_duration"] = video_duration

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/video",
        "params": params,
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
    body: UploadVideoRequest,
    video_url: str | Unset = "",
    video_file_path: Any | Unset = UNSET,
    asset_id: Any | Unset = UNSET,
    removing_asset_args: Any | Unset = UNSET,
    option: Any | Unset = "UploadVideo",
    video_duration: Any | Unset = UNSET,
    authorization: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    x_client_type: None | str | Unset = UNSET,
) -> Response[Asset | HTTPValidationError | Message]:
    """Upload video

     Uploads a video file and returns an asset whose `results` contain the hosted URL. multipart/form-
    data with the field `video_file` only (no JSON body).

    Args:
        video_url (str | Unset):  Default: ''.
        video_file_path (Any | Unset):
        asset_id (Any | Unset):
        removing_asset_args (Any | Unset):
        option (Any | Unset):  Default: 'UploadVideo'.
        video_duration (Any | Unset):
        authorization (None | str | Unset):
        username (None | str | Unset):
        x_client_type (None | str | Unset):
        body (UploadVideoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Asset | HTTPValidationError | Message]
    """

    kwargs = _get_kwargs(
        body=body,
        video_url=video_url,
        video_file_path=video_file_path,
        asset_id=asset_id,
        removing_asset_args=removing_asset_args,
        option=option,
        video_duration=video_duration,
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
    body: UploadVideoRequest,
    video_url: str | Unset = "",
    video_file_path: Any | Unset = UNSET,
    asset_id: Any | Unset = UNSET,
    removing_asset_args: Any | Unset = UNSET,
    option: Any | Unset = "UploadVideo",
    video_duration: Any | Unset = UNSET,
    authorization: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    x_client_type: None | str | Unset = UNSET,
) -> Asset | HTTPValidationError | Message | None:
    """Upload video

     Uploads a video file and returns an asset whose `results` contain the hosted URL. multipart/form-
    data with the field `video_file` only (no JSON body).

    Args:
        video_url (str | Unset):  Default: ''.
        video_file_path (Any | Unset):
        asset_id (Any | Unset):
        removing_asset_args (Any | Unset):
        option (Any | Unset):  Default: 'UploadVideo'.
        video_duration (Any | Unset):
        authorization (None | str | Unset):
        username (None | str | Unset):
        x_client_type (None | str | Unset):
        body (UploadVideoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Asset | HTTPValidationError | Message
    """

    return sync_detailed(
        client=client,
        body=body,
        video_url=video_url,
        video_file_path=video_file_path,
        asset_id=asset_id,
        removing_asset_args=removing_asset_args,
        option=option,
        video_duration=video_duration,
        authorization=authorization,
        username=username,
        x_client_type=x_client_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadVideoRequest,
    video_url: str | Unset = "",
    video_file_path: Any | Unset = UNSET,
    asset_id: Any | Unset = UNSET,
    removing_asset_args: Any | Unset = UNSET,
    option: Any | Unset = "UploadVideo",
    video_duration: Any | Unset = UNSET,
    authorization: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    x_client_type: None | str | Unset = UNSET,
) -> Response[Asset | HTTPValidationError | Message]:
    """Upload video

     Uploads a video file and returns an asset whose `results` contain the hosted URL. multipart/form-
    data with the field `video_file` only (no JSON body).

    Args:
        video_url (str | Unset):  Default: ''.
        video_file_path (Any | Unset):
        asset_id (Any | Unset):
        removing_asset_args (Any | Unset):
        option (Any | Unset):  Default: 'UploadVideo'.
        video_duration (Any | Unset):
        authorization (None | str | Unset):
        username (None | str | Unset):
        x_client_type (None | str | Unset):
        body (UploadVideoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Asset | HTTPValidationError | Message]
    """

    kwargs = _get_kwargs(
        body=body,
        video_url=video_url,
        video_file_path=video_file_path,
        asset_id=asset_id,
        removing_asset_args=removing_asset_args,
        option=option,
        video_duration=video_duration,
        authorization=authorization,
        username=username,
        x_client_type=x_client_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadVideoRequest,
    video_url: str | Unset = "",
    video_file_path: Any | Unset = UNSET,
    asset_id: Any | Unset = UNSET,
    removing_asset_args: Any | Unset = UNSET,
    option: Any | Unset = "UploadVideo",
    video_duration: Any | Unset = UNSET,
    authorization: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    x_client_type: None | str | Unset = UNSET,
) -> Asset | HTTPValidationError | Message | None:
    """Upload video

     Uploads a video file and returns an asset whose `results` contain the hosted URL. multipart/form-
    data with the field `video_file` only (no JSON body).

    Args:
        video_url (str | Unset):  Default: ''.
        video_file_path (Any | Unset):
        asset_id (Any | Unset):
        removing_asset_args (Any | Unset):
        option (Any | Unset):  Default: 'UploadVideo'.
        video_duration (Any | Unset):
        authorization (None | str | Unset):
        username (None | str | Unset):
        x_client_type (None | str | Unset):
        body (UploadVideoRequest):

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
            video_url=video_url,
            video_file_path=video_file_path,
            asset_id=asset_id,
            removing_asset_args=removing_asset_args,
            option=option,
            video_duration=video_duration,
            authorization=authorization,
            username=username,
            x_client_type=x_client_type,
        )
    ).parsed
