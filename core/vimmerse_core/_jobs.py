"""The helpers of the resources that read a job (``x-vimmerse-job``): ``wait`` and
``download`` by id, which no single API route provides. The generated subclass names the
job's kind and model (``_job_kind``, ``_job_model``); the routes come from the manifest.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import ClassVar, Generic, TypeVar

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._download import Destination, DownloadProgress
from ._polling import DEFAULT_POLL_INTERVAL, DEFAULT_WAIT_TIMEOUT, ProgressCallback
from ._request_options import NOT_GIVEN, Headers, NotGiven, Query, RequestOptions
from ._resources import AsyncResource, SyncResource, _async_stream_to_file, _stream_to_file
from ._waits import (
    AssetT,
    MediaT,
    async_wait_asset,
    async_wait_media,
    check_downloadable,
    parse_job,
    read_request,
    wait_asset,
    wait_media,
)


def wait_limit(
    max_wait_seconds: float | NotGiven | None, timeout: float | NotGiven | None
) -> float | None:
    """How long a wait lasts: ``max_wait_seconds``, else the deprecated ``timeout=``."""
    if not isinstance(timeout, NotGiven):
        warnings.warn(
            "wait(timeout=...) is deprecated: use max_wait_seconds=... (timeout= is an HTTP "
            "timeout everywhere else)",
            DeprecationWarning,
            stacklevel=3,
        )
        if not isinstance(max_wait_seconds, NotGiven):
            raise TypeError("give max_wait_seconds or timeout, not both")
        return timeout
    return DEFAULT_WAIT_TIMEOUT if isinstance(max_wait_seconds, NotGiven) else max_wait_seconds


__all__ = ["AsyncAssetsHelpers", "AsyncMediaHelpers", "SyncAssetsHelpers", "SyncMediaHelpers"]


class SyncAssetsHelpers(SyncResource, Generic[AssetT]):
    """Helpers of ``client.assets`` that no single API route provides."""

    _job_kind: ClassVar[str]  # set by the generated subclass, from the manifest
    _job_model: type[AssetT]

    def wait(
        self,
        asset_or_id: AssetT | str,
        *,
        max_wait_seconds: float | NotGiven | None = NOT_GIVEN,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | NotGiven | None = NOT_GIVEN,
    ) -> AssetT:
        """Poll ``GET /asset/{asset_id}`` until the job ends.

        How polls are paced: for a kind of job (``app_name``) this client has not yet seen
        finish, after ``poll_interval``, then at pauses growing 1.5x (at most 20 s). Once
        it has, it sleeps until such a job should end (the lower quartile of the last 32),
        then backs off afresh. No pause is longer than the job's age so far (or 1 s, or
        20 s), so a job is noticed by about twice its own duration at worst: after 120 s
        jobs of a kind, a 6 s job of that kind is polled at 1, 2, 4 and 8 s. Among
        concurrent async waits of one kind with nothing known yet, the oldest polls every
        ``poll_interval`` and the younger ones sleep until it ends, within the same bound.

        Args:
            asset_or_id: an Asset (e.g. the answer of a call made with ``async_mode=True``) or its id.
            max_wait_seconds: seconds to wait in all (default 30 minutes; None waits
                forever). ``timeout=`` says the same but is deprecated: on ``get()`` it is
                one request's HTTP timeout.
            poll_interval: the first pause between polls (see above for the rest).
            on_progress: called with a ``JobProgress`` after every poll.
            extra_headers, extra_query: sent with every poll (see the generated methods).

        Returns:
            The finished Asset (status ``success``).

        Raises:
            JobFailedError: the job ended with status ``fail``.
            WaitTimeoutError: ``max_wait_seconds`` passed first; ``err.job_id`` resumes the wait.
        """
        return wait_asset(
            self._client,
            asset_or_id,
            job=self._client._surface.job(self._job_kind),
            model=self._job_model,
            timeout=wait_limit(max_wait_seconds, timeout),
            poll_interval=poll_interval,
            on_progress=on_progress,
            call=RequestOptions(extra_headers=extra_headers, extra_query=extra_query),
        )

    def download(
        self,
        asset_or_id: AssetT | str,
        dest: Destination = ".",
        *,
        on_progress: DownloadProgress | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_download_bytes: int | NotGiven | None = NOT_GIVEN,
    ) -> list[Path]:
        """Stream every result URL of a finished asset into the directory ``dest``.

        Each file is written atomically (temp file, then link) in constant memory, named
        after the server's name with the asset's id in front (``<id>-0.png``), and never
        replaces a file: a name already taken becomes ``<id>-0-1.png``. Result URLs are
        fetched without the API key: they point at the media CDN, not the API.

        ``extra_headers`` and ``extra_query`` go with the read of the asset (given an id),
        never to the result URLs; ``timeout`` bounds that read and each file.
        ``max_download_bytes`` caps each file for this call (None: no cap; default: the
        client's): a larger one raises ``DownloadTooLargeError`` and is not kept.

        Returns:
            The written paths, in the order of ``results``.
        """
        call = RequestOptions(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout)
        client = _capped(self._client, max_download_bytes)
        job = client._surface.job(self._job_kind)
        if isinstance(asset_or_id, self._job_model):
            asset = asset_or_id
        else:
            asset_id = str(asset_or_id)
            response = client._send(read_request(job["read"], asset_id), call=call)
            asset = parse_job(response, self._job_model, job["read"], asset_id)
        urls = check_downloadable(job, asset)
        folder = Path(dest)
        folder.mkdir(parents=True, exist_ok=True)
        paths: list[Path] = []
        for index, url in enumerate(urls):
            ctx = client._context(call)  # a deadline per file, its body included
            response = client._get_unauthenticated(url, ctx)
            paths.append(
                _stream_to_file(
                    response,
                    folder,
                    ctx,
                    on_progress=on_progress,
                    fallback_name=str(index),
                    job_id=asset.id,
                )
            )
        return paths


_Client = TypeVar("_Client", SyncAPIClient, AsyncAPIClient)


def _capped(client: _Client, max_download_bytes: int | NotGiven | None) -> _Client:
    """The client, or a copy of it with this call's download cap."""
    if isinstance(max_download_bytes, NotGiven):
        return client
    return client.with_options(max_download_bytes=max_download_bytes)


class SyncMediaHelpers(SyncResource, Generic[MediaT]):
    """Helpers of ``client.media`` that no single API route provides."""

    _job_kind: ClassVar[str]  # set by the generated subclass, from the manifest
    _job_model: type[MediaT]

    def wait(
        self,
        media_id: str,
        *,
        max_wait_seconds: float | NotGiven | None = NOT_GIVEN,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | NotGiven | None = NOT_GIVEN,
    ) -> MediaT:
        """Follow ``progress_percentage`` (``GET /media/{media_id}/processing-status``) to 100.

        Returns:
            The finished Media (read once more with ``GET /media/{media_id}``).

        Raises:
            JobFailedError: processing ended in a failure status.
            WaitTimeoutError: ``max_wait_seconds`` passed first; ``err.job_id`` resumes the wait.
        """
        return wait_media(
            self._client,
            media_id,
            job=self._client._surface.job(self._job_kind),
            model=self._job_model,
            timeout=wait_limit(max_wait_seconds, timeout),
            poll_interval=poll_interval,
            on_progress=on_progress,
            call=RequestOptions(extra_headers=extra_headers, extra_query=extra_query),
        )


class AsyncAssetsHelpers(AsyncResource, Generic[AssetT]):
    """Async twin of ``SyncAssetsHelpers``."""

    _job_kind: ClassVar[str]
    _job_model: type[AssetT]

    async def wait(
        self,
        asset_or_id: AssetT | str,
        *,
        max_wait_seconds: float | NotGiven | None = NOT_GIVEN,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | NotGiven | None = NOT_GIVEN,
    ) -> AssetT:
        """Poll ``GET /asset/{asset_id}`` until the job ends; paced as ``Vimmerse.assets.wait``
        says (no pause longer than the job's age so far, so a short job is noticed by about
        twice its duration whatever this client learned of its kind)."""
        return await async_wait_asset(
            self._client,
            asset_or_id,
            job=self._client._surface.job(self._job_kind),
            model=self._job_model,
            timeout=wait_limit(max_wait_seconds, timeout),
            poll_interval=poll_interval,
            on_progress=on_progress,
            call=RequestOptions(extra_headers=extra_headers, extra_query=extra_query),
        )

    async def download(
        self,
        asset_or_id: AssetT | str,
        dest: Destination = ".",
        *,
        on_progress: DownloadProgress | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_download_bytes: int | NotGiven | None = NOT_GIVEN,
    ) -> list[Path]:
        """Stream every result URL of a finished asset into the directory ``dest``."""
        call = RequestOptions(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout)
        client = _capped(self._client, max_download_bytes)
        job = client._surface.job(self._job_kind)
        if isinstance(asset_or_id, self._job_model):
            asset = asset_or_id
        else:
            asset_id = str(asset_or_id)
            response = await client._send(read_request(job["read"], asset_id), call=call)
            asset = parse_job(response, self._job_model, job["read"], asset_id)
        urls = check_downloadable(job, asset)
        folder = Path(dest)
        folder.mkdir(parents=True, exist_ok=True)
        paths: list[Path] = []
        for index, url in enumerate(urls):
            ctx = client._context(call)  # a deadline per file, its body included
            response = await client._get_unauthenticated(url, ctx)
            paths.append(
                await _async_stream_to_file(
                    response,
                    folder,
                    ctx,
                    on_progress=on_progress,
                    fallback_name=str(index),
                    job_id=asset.id,
                )
            )
        return paths


class AsyncMediaHelpers(AsyncResource, Generic[MediaT]):
    """Async twin of ``SyncMediaHelpers``."""

    _job_kind: ClassVar[str]  # set by the generated subclass, from the manifest
    _job_model: type[MediaT]

    async def wait(
        self,
        media_id: str,
        *,
        max_wait_seconds: float | NotGiven | None = NOT_GIVEN,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | NotGiven | None = NOT_GIVEN,
    ) -> MediaT:
        """Follow ``progress_percentage`` to 100 (see ``Vimmerse.media.wait``)."""
        return await async_wait_media(
            self._client,
            media_id,
            job=self._client._surface.job(self._job_kind),
            model=self._job_model,
            timeout=wait_limit(max_wait_seconds, timeout),
            poll_interval=poll_interval,
            on_progress=on_progress,
            call=RequestOptions(extra_headers=extra_headers, extra_query=extra_query),
        )
