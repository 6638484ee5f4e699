"""Base classes of the generated resources (``client.image``, ...).

Generated methods stay one-liners: they build the request with their module's request
builder and hand it to ``_call``/``_download`` here, which apply the client's policy.
"""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any, Self, TypeVar, cast

import httpx

from . import _deadline
from ._base_client import AsyncAPIClient, SyncAPIClient
from ._download import (
    Destination,
    DownloadProgress,
    async_write_atomic,
    content_length,
    resolve_destination,
    write_atomic,
)
from ._errors import APIConnectionError, APITimeoutError, DownloadError, transport_reason
from ._request_options import NO_OPTIONS, CallContext, RequestOptions
from ._response import RawResponse, parse_success
from ._waits import async_wait_asset, followable, wait_asset

T = TypeVar("T")


def _transport_error(
    exc: httpx.TransportError | httpx.DecodingError | _deadline.DeadlinePassed,
    request: httpx.Request,
    deadline: _deadline.Deadline,
) -> APIConnectionError | DownloadError:
    if isinstance(exc, httpx.DecodingError):  # a gzip answer that is not gzip, say
        url = str(request.url)
        return DownloadError(f"Download failed: {url} did not decode: {exc}", url=url)
    if isinstance(exc, httpx.TimeoutException):  # a read the deadline cut short
        exc = deadline.overdue() or exc
    if isinstance(exc, _deadline.DeadlinePassed):
        return _deadline.timed_out(exc, request)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Download timed out: {request.url.path}", request=request)
    return APIConnectionError(f"Download interrupted: {transport_reason(exc)}", request=request)


def _kept(chunks: Iterator[bytes], kept: list[bytes] | None) -> Iterator[bytes]:
    """``chunks``, each also added to ``kept`` (unless None) as it passes."""
    for chunk in chunks:
        if kept is not None:
            kept.append(chunk)
        yield chunk


async def _async_kept(
    chunks: AsyncIterator[bytes], kept: list[bytes] | None
) -> AsyncIterator[bytes]:
    async for chunk in chunks:
        if kept is not None:
            kept.append(chunk)
        yield chunk


def _result(response: httpx.Response, written: Path, kept: list[bytes] | None) -> Path:
    """The path written, or in raw mode a ``RawResponse`` whose ``.content`` is the body."""
    if kept is None:
        return written
    response._content = b"".join(kept)  # what httpx's read() leaves behind
    return cast(Path, RawResponse(response, lambda _: written))


class _Resource:
    # with_raw_response's twin of a resource sets it (_in_raw_mode); its calls then answer
    # RawResponse, through their CallContext.
    _raw = False

    def _in_raw_mode(self) -> Self:
        """This resource's twin whose calls answer ``RawResponse`` (made once)."""
        twin: Self | None = self.__dict__.get("_raw_twin")
        if twin is None:
            twin = copy.copy(self)
            twin._raw = True
            self.__dict__["_raw_twin"] = twin
        return twin


# -- sync --------------------------------------------------------------------------------------


class SyncResource(_Resource):
    """One tag's operations on a ``Vimmerse`` client."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def _call(
        self,
        options: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        *,
        wait: bool = False,
        call: RequestOptions = NO_OPTIONS,
    ) -> T:
        ctx = self._client._context(call, raw=self._raw)
        response = self._client._send(options, call=ctx)
        if ctx.raw:
            return cast(T, RawResponse(response, parse))
        result = parse_success(response, parse)
        if wait:
            # Only generated for operations that answer a job and take its async field.
            asset = followable(cast(Any, result), response)
            job, model = self._client._surface.job_of(type(asset).__name__), type(asset)
            waited = wait_asset(self._client, asset, job=job, model=model, call=call.for_polls())
            return cast(T, waited)
        return result

    def _download(
        self,
        options: dict[str, Any],
        dest: Destination,
        *,
        on_progress: DownloadProgress | None,
        fallback_name: str,
        job_id: str | None = None,
        call: RequestOptions = NO_OPTIONS,
    ) -> Path:
        ctx = self._client._context(call, raw=self._raw)  # its deadline spans the body too
        response = self._client._send(_accept_any(options), stream=True, call=ctx)
        return _stream_to_file(
            response, dest, ctx, on_progress=on_progress, fallback_name=fallback_name, job_id=job_id
        )


def _accept_any(options: dict[str, Any]) -> dict[str, Any]:
    # A download answers a file (video/mp4, image/gif, ...), not JSON: a server that honours
    # Accept (Prism does) would refuse the client's default "application/json" with 406.
    return {**options, "headers": {**(options.get("headers") or {}), "Accept": "*/*"}}


def _stream_to_file(
    response: httpx.Response,
    dest: Destination,
    ctx: CallContext,
    *,
    on_progress: DownloadProgress | None,
    fallback_name: str,
    job_id: str | None = None,
) -> Path:
    try:
        path = resolve_destination(dest, response, fallback_name, job_id=job_id)
        kept: list[bytes] | None = [] if ctx.raw else None  # raw access keeps .content too
        try:
            written = write_atomic(
                _kept(ctx.deadline.checked(response.iter_bytes()), kept),
                path,
                total=content_length(response),
                on_progress=on_progress,
                limit=ctx.max_download_bytes,
                url=str(response.url),
            )
        except (httpx.TransportError, httpx.DecodingError, _deadline.DeadlinePassed) as exc:
            raise _transport_error(exc, response.request, ctx.deadline) from exc
        return _result(response, written, kept)
    finally:
        response.close()


# -- async -------------------------------------------------------------------------------------


class AsyncResource(_Resource):
    """One tag's operations on an ``AsyncVimmerse`` client."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def _call(
        self,
        options: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        *,
        wait: bool = False,
        call: RequestOptions = NO_OPTIONS,
    ) -> T:
        ctx = self._client._context(call, raw=self._raw)
        response = await self._client._send(options, call=ctx)
        if ctx.raw:
            return cast(T, RawResponse(response, parse))
        result = parse_success(response, parse)
        if wait:
            asset = followable(cast(Any, result), response)
            job, model = self._client._surface.job_of(type(asset).__name__), type(asset)
            polls = call.for_polls()
            waited = await async_wait_asset(self._client, asset, job=job, model=model, call=polls)
            return cast(T, waited)
        return result

    async def _download(
        self,
        options: dict[str, Any],
        dest: Destination,
        *,
        on_progress: DownloadProgress | None,
        fallback_name: str,
        job_id: str | None = None,
        call: RequestOptions = NO_OPTIONS,
    ) -> Path:
        ctx = self._client._context(call, raw=self._raw)  # its deadline spans the body too
        response = await self._client._send(_accept_any(options), stream=True, call=ctx)
        return await _async_stream_to_file(
            response, dest, ctx, on_progress=on_progress, fallback_name=fallback_name, job_id=job_id
        )


async def _async_stream_to_file(
    response: httpx.Response,
    dest: Destination,
    ctx: CallContext,
    *,
    on_progress: DownloadProgress | None,
    fallback_name: str,
    job_id: str | None = None,
) -> Path:
    try:
        path = resolve_destination(dest, response, fallback_name, job_id=job_id)
        kept: list[bytes] | None = [] if ctx.raw else None
        try:
            written = await async_write_atomic(
                _async_kept(ctx.deadline.async_checked(response.aiter_bytes()), kept),
                path,
                total=content_length(response),
                on_progress=on_progress,
                limit=ctx.max_download_bytes,
                url=str(response.url),
            )
        except (httpx.TransportError, httpx.DecodingError, _deadline.DeadlinePassed) as exc:
            raise _transport_error(exc, response.request, ctx.deadline) from exc
        return _result(response, written, kept)
    finally:
        await response.aclose()
