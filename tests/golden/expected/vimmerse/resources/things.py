# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""``client.things``: One of each operation shape."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any, cast  # noqa: F401 - used by some specs' answers

import httpx

from vimmerse_core._download import Destination, DownloadProgress
from vimmerse_core._files import FileInput, to_file
from vimmerse_core._path import path_segment
from vimmerse_core._request_options import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestOptions
from vimmerse_core._resources import AsyncResource, SyncResource
from vimmerse_core._response import async_to_raw_response_wrapper, to_raw_response_wrapper

from ..models.asset import Asset
from ..models.download_thing_format import DownloadThingFormat
from ..models.get_thing_response import GetThingResponse
from ..models.make_request import MakeRequest
from ..models.make_thing_now_body import MakeThingNowBody
from ..models.make_thing_now_body_size import MakeThingNowBodySize
from ..models.shape import Shape
from ..models.thing import Thing
from ..models.thing_response import ThingResponse
from ..models.upload_things_body import UploadThingsBody
from ..types import UNSET, Unset

__all__ = [
    "AsyncThingsResource",
    "AsyncThingsResourceWithRawResponse",
    "ThingsResource",
    "ThingsResourceWithRawResponse",
]


def _make_thing_request(
    *,
    body: MakeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/things",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_make_thing(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _make_thing_now_request(
    *,
    body: MakeThingNowBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/things/now",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_make_thing_now(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _upload_things_request(
    *,
    body: UploadThingsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/things/upload",
    }
    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_upload_things(response: httpx.Response) -> Thing:
    response_200 = ThingResponse.from_dict(response.json())

    _wrapped = response_200

    return _wrapped.data


def _get_thing_request(
    thing_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/things/{thing_id}".format(
            thing_id=path_segment("thing_id", thing_id),
        ),
    }
    return _kwargs


def _parse_get_thing(response: httpx.Response) -> Thing:
    response_200 = GetThingResponse.from_dict(response.json())

    _wrapped = response_200

    _data = _wrapped.data
    return _data.data if isinstance(_data, ThingResponse) else _data


def _delete_thing_request(
    thing_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/things/{thing_id}".format(
            thing_id=path_segment("thing_id", thing_id),
        ),
    }
    return _kwargs


def _parse_delete_thing(response: httpx.Response) -> None:
    return None


def _download_thing_request(
    thing_id: str,
    *,
    format_: DownloadThingFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/things/{thing_id}/file".format(
            thing_id=path_segment("thing_id", thing_id),
        ),
        "params": params,
    }
    return _kwargs


class ThingsResource(SyncResource):
    """``client.things``: One of each operation shape."""

    def make(
        self,
        *,
        prompt: str,
        count: int | Unset = UNSET,
        later: bool | Unset = UNSET,
        shape: Shape | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Make a thing.

        A JSON body with an async flag, answering a job that can be waited for.

        ``POST /things``

        Args:
            prompt: What to make.
            count: Server default: 1 (sent only when given).
            later: Server default: false (sent only when given).
            shape: Sent in a request and read back in the answer (both sides).
            wait: set ``later`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """
        _body = MakeRequest(
            prompt=prompt,
            count=count,
            later=True if wait else later,
            shape=shape,
        )
        return self._call(
            _make_thing_request(body=_body),
            _parse_make_thing,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def make_thing_now(
        self,
        *,
        name: str | Unset = UNSET,
        size: MakeThingNowBodySize | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Make a thing at once.

        An asset answer without an async flag, so no wait.

        ``POST /things/now``

        Args:
            name: The name.
            size: Server default: "small" (sent only when given).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        _body = MakeThingNowBody(
            name=name,
            size=size,
        )
        return self._call(
            _make_thing_now_request(body=_body),
            _parse_make_thing_now,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def upload_things(
        self,
        cover: FileInput,
        pages: Sequence[FileInput] | Unset = UNSET,
        *,
        title: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Thing:
        """Upload things.

        A multipart body with one file and an array of files.

        ``POST /things/upload``

        Args:
            cover: a file to upload: path, bytes or binary file object (streamed). The cover.
            pages: files to upload: path, bytes or binary file object (streamed).
            title: Server default: "" (sent only when given).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Thing

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        with ExitStack() as _files:
            _body = UploadThingsBody(
                cover=to_file(cover, _files),
                pages=UNSET if isinstance(pages, Unset) else [to_file(f, _files) for f in pages],
                title=title,
            )
            return self._call(
                _upload_things_request(body=_body),
                _parse_upload_things,
                call=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            )

    def get_thing(
        self,
        thing_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Thing:
        """Get a thing.

        A path parameter and an answer wrapped once or twice.

        ``GET /things/{thing_id}``

        Args:
            thing_id:
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Thing

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        return self._call(
            _get_thing_request(thing_id=thing_id),
            _parse_get_thing,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def delete_thing(
        self,
        thing_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete a thing.

        No body and no answer.

        ``DELETE /things/{thing_id}``

        Args:
            thing_id:
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            None

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        return self._call(
            _delete_thing_request(thing_id=thing_id),
            _parse_delete_thing,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def download_thing(
        self,
        thing_id: str,
        dest: Destination,
        *,
        format_: DownloadThingFormat | Unset = UNSET,
        on_progress: DownloadProgress | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Path:
        """Download a thing.

        A binary answer, streamed to disk.

        ``GET /things/{thing_id}/file``

        Args:
            thing_id:
            dest: a file path, or a folder (existing, or ending in '/') to write into under a name
                with the job's id; an existing file is never replaced (a free name is chosen, and
                returned).
            format_:
            on_progress: called with (bytes written, total bytes or None) after each chunk.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            The path written (atomically, streamed in constant memory).

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        return self._download(
            _download_thing_request(thing_id=thing_id, format_=format_),
            dest,
            on_progress=on_progress,
            fallback_name="download_thing",
            job_id=str(thing_id),
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class ThingsResourceWithRawResponse:
    """``client.with_raw_response.things``: the same methods, answering ``RawResponse[T]``."""

    def __init__(self, resource: ThingsResource) -> None:
        self.make = to_raw_response_wrapper(resource.make)
        self.make_thing_now = to_raw_response_wrapper(resource.make_thing_now)
        self.upload_things = to_raw_response_wrapper(resource.upload_things)
        self.get_thing = to_raw_response_wrapper(resource.get_thing)
        self.delete_thing = to_raw_response_wrapper(resource.delete_thing)
        self.download_thing = to_raw_response_wrapper(resource.download_thing)


class AsyncThingsResource(AsyncResource):
    """``client.things``: One of each operation shape."""

    async def make(
        self,
        *,
        prompt: str,
        count: int | Unset = UNSET,
        later: bool | Unset = UNSET,
        shape: Shape | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Make a thing.

        A JSON body with an async flag, answering a job that can be waited for.

        ``POST /things``

        Args:
            prompt: What to make.
            count: Server default: 1 (sent only when given).
            later: Server default: false (sent only when given).
            shape: Sent in a request and read back in the answer (both sides).
            wait: set ``later`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """
        _body = MakeRequest(
            prompt=prompt,
            count=count,
            later=True if wait else later,
            shape=shape,
        )
        return await self._call(
            _make_thing_request(body=_body),
            _parse_make_thing,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def make_thing_now(
        self,
        *,
        name: str | Unset = UNSET,
        size: MakeThingNowBodySize | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Make a thing at once.

        An asset answer without an async flag, so no wait.

        ``POST /things/now``

        Args:
            name: The name.
            size: Server default: "small" (sent only when given).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        _body = MakeThingNowBody(
            name=name,
            size=size,
        )
        return await self._call(
            _make_thing_now_request(body=_body),
            _parse_make_thing_now,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def upload_things(
        self,
        cover: FileInput,
        pages: Sequence[FileInput] | Unset = UNSET,
        *,
        title: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Thing:
        """Upload things.

        A multipart body with one file and an array of files.

        ``POST /things/upload``

        Args:
            cover: a file to upload: path, bytes or binary file object (streamed). The cover.
            pages: files to upload: path, bytes or binary file object (streamed).
            title: Server default: "" (sent only when given).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Thing

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        with ExitStack() as _files:
            _body = UploadThingsBody(
                cover=to_file(cover, _files),
                pages=UNSET if isinstance(pages, Unset) else [to_file(f, _files) for f in pages],
                title=title,
            )
            return await self._call(
                _upload_things_request(body=_body),
                _parse_upload_things,
                call=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            )

    async def get_thing(
        self,
        thing_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Thing:
        """Get a thing.

        A path parameter and an answer wrapped once or twice.

        ``GET /things/{thing_id}``

        Args:
            thing_id:
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Thing

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        return await self._call(
            _get_thing_request(thing_id=thing_id),
            _parse_get_thing,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def delete_thing(
        self,
        thing_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete a thing.

        No body and no answer.

        ``DELETE /things/{thing_id}``

        Args:
            thing_id:
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            None

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        return await self._call(
            _delete_thing_request(thing_id=thing_id),
            _parse_delete_thing,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def download_thing(
        self,
        thing_id: str,
        dest: Destination,
        *,
        format_: DownloadThingFormat | Unset = UNSET,
        on_progress: DownloadProgress | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Path:
        """Download a thing.

        A binary answer, streamed to disk.

        ``GET /things/{thing_id}/file``

        Args:
            thing_id:
            dest: a file path, or a folder (existing, or ending in '/') to write into under a name
                with the job's id; an existing file is never replaced (a free name is chosen, and
                returned).
            format_:
            on_progress: called with (bytes written, total bytes or None) after each chunk.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            The path written (atomically, streamed in constant memory).

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        return await self._download(
            _download_thing_request(thing_id=thing_id, format_=format_),
            dest,
            on_progress=on_progress,
            fallback_name="download_thing",
            job_id=str(thing_id),
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncThingsResourceWithRawResponse:
    """``client.with_raw_response.things``: the same methods, answering ``RawResponse[T]``."""

    def __init__(self, resource: AsyncThingsResource) -> None:
        self.make = async_to_raw_response_wrapper(resource.make)
        self.make_thing_now = async_to_raw_response_wrapper(resource.make_thing_now)
        self.upload_things = async_to_raw_response_wrapper(resource.upload_things)
        self.get_thing = async_to_raw_response_wrapper(resource.get_thing)
        self.delete_thing = async_to_raw_response_wrapper(resource.delete_thing)
        self.download_thing = async_to_raw_response_wrapper(resource.download_thing)
