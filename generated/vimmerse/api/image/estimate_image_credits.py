# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_estimate import CreditEstimate
from ...models.http_validation_error import HTTPValidationError
from ...models.image_estimate_credits_request import ImageEstimateCreditsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ImageEstimateCreditsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/image/estimate-credits",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditEstimate | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CreditEstimate.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreditEstimate | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ImageEstimateCreditsRequest,
) -> Response[CreditEstimate | HTTPValidationError]:
    """Estimate image credits

     Returns how many credits an image generation request would charge for the given `app_name`,
    `option`, `quantity` and optional `prompt`, without creating an asset. Uses the same billing rules
    as the `POST /v2/image/` generation routes. The docs' example sends no API key, so the key is
    optional here.

    Args:
        body (ImageEstimateCreditsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditEstimate | HTTPValidationError]
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
    client: AuthenticatedClient,
    body: ImageEstimateCreditsRequest,
) -> CreditEstimate | HTTPValidationError | None:
    """Estimate image credits

     Returns how many credits an image generation request would charge for the given `app_name`,
    `option`, `quantity` and optional `prompt`, without creating an asset. Uses the same billing rules
    as the `POST /v2/image/` generation routes. The docs' example sends no API key, so the key is
    optional here.

    Args:
        body (ImageEstimateCreditsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditEstimate | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ImageEstimateCreditsRequest,
) -> Response[CreditEstimate | HTTPValidationError]:
    """Estimate image credits

     Returns how many credits an image generation request would charge for the given `app_name`,
    `option`, `quantity` and optional `prompt`, without creating an asset. Uses the same billing rules
    as the `POST /v2/image/` generation routes. The docs' example sends no API key, so the key is
    optional here.

    Args:
        body (ImageEstimateCreditsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditEstimate | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ImageEstimateCreditsRequest,
) -> CreditEstimate | HTTPValidationError | None:
    """Estimate image credits

     Returns how many credits an image generation request would charge for the given `app_name`,
    `option`, `quantity` and optional `prompt`, without creating an asset. Uses the same billing rules
    as the `POST /v2/image/` generation routes. The docs' example sends no API key, so the key is
    optional here.

    Args:
        body (ImageEstimateCreditsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditEstimate | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
