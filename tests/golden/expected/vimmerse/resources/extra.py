# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""``client.extra``: A tag of its own, added later."""

from __future__ import annotations

from typing import Any, cast

import httpx

from vimmerse_core._path import path_segment  # noqa: F401 - used by routes with path parameters
from vimmerse_core._request_options import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestOptions
from vimmerse_core._resources import AsyncResource, SyncResource
from vimmerse_core._response import async_to_raw_response_wrapper, to_raw_response_wrapper

from ..types import UNSET, Unset

__all__ = [
    "AsyncExtraResource",
    "AsyncExtraResourceWithRawResponse",
    "ExtraResource",
    "ExtraResourceWithRawResponse",
]


def _ping_request(
    *,
    echo: str | Unset = UNSET,
    x_trace: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_trace, Unset):
        headers["X-Trace"] = x_trace

    params: dict[str, Any] = {}

    params["echo"] = echo

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ping",
        "params": params,
    }
    _kwargs["headers"] = headers
    return _kwargs


def _parse_ping(response: httpx.Response) -> str:
    response_200 = cast(str, response.json())
    return response_200


class ExtraResource(SyncResource):
    """``client.extra``: A tag of its own, added later."""

    def ping(
        self,
        *,
        echo: str | Unset = UNSET,
        x_trace: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> str:
        """Ping.

        A new tag, a query parameter, a header parameter and a plain-text answer.

        ``GET /ping``

        Args:
            echo:
            x_trace:
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            str

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        return self._call(
            _ping_request(echo=echo, x_trace=x_trace),
            _parse_ping,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ExtraResourceWithRawResponse:
    """``client.with_raw_response.extra``: the same methods, answering ``RawResponse[T]``."""

    def __init__(self, resource: ExtraResource) -> None:
        self.ping = to_raw_response_wrapper(resource.ping)


class AsyncExtraResource(AsyncResource):
    """``client.extra``: A tag of its own, added later."""

    async def ping(
        self,
        *,
        echo: str | Unset = UNSET,
        x_trace: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> str:
        """Ping.

        A new tag, a query parameter, a header parameter and a plain-text answer.

        ``GET /ping``

        Args:
            echo:
            x_trace:
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            str

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        return await self._call(
            _ping_request(echo=echo, x_trace=x_trace),
            _parse_ping,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncExtraResourceWithRawResponse:
    """``client.with_raw_response.extra``: the same methods, answering ``RawResponse[T]``."""

    def __init__(self, resource: AsyncExtraResource) -> None:
        self.ping = async_to_raw_response_wrapper(resource.ping)
