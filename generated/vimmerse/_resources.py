"""Base classes of the generated resources (``client.image``, ...) and the hand-written
helpers that the spec cannot describe: waiting for jobs and downloading results.

Generated methods stay one-liners: they build the request with their module's request
builder and hand it to ``_call``/``_download`` here, which apply the client's policy.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar, cast

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
from ._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    VimmerseError,
    transport_reason,
)
from ._pacing import Schedule
from ._path import moves_the_url
from ._polling import (
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    JobProgress,
    ProgressCallback,
    State,
    async_wait_until,
    percent_of,
    status_text,
    wait_until,
)
from ._request_options import NO_OPTIONS, NOT_GIVEN, Headers, NotGiven, Query, RequestOptions
from ._response import RawResponse, load_json, parse_success, raw_mode, unreadable
from ._surface import job_status
from .models.asset import Asset
from .models.media import Media

T = TypeVar("T")


# The request builders live in vimmerse.resources, whose modules import this one: import
# them on first use to keep the import graph acyclic.
def _asset_request(asset_id: str) -> dict[str, Any]:
    from .resources.assets import _get_asset_request

    return _get_asset_request(asset_id=asset_id)


def _media_request(media_id: str) -> dict[str, Any]:
    from .resources.media import _get_media_request

    return _get_media_request(media_id=media_id)


def _media_status_request(media_id: str) -> dict[str, Any]:
    from .resources.media import _get_processing_status_request

    return _get_processing_status_request(media_id=media_id)


# -- parsing shared by both clients ----------------------------------------------------------


def _asset_of(response: httpx.Response) -> Asset:
    return Asset.from_dict(response.json())


def _parse_asset(response: httpx.Response, job_id: str | None = None) -> Asset:
    return parse_success(response, _asset_of, job_id=job_id)


def _parse_media(response: httpx.Response, job_id: str) -> Media:
    # The generated parser knows how the get route wraps the media (once or twice).
    from .resources.media import _parse_get_media

    return parse_success(response, _parse_get_media, job_id=job_id)


def asset_urls(asset: Asset) -> list[str]:
    """The asset's result (or uploaded file) URLs; empty while it is processing."""
    return list(asset.results or [])


def asset_url(asset: Asset) -> str:
    """The asset's first result URL: for an upload, the hosted file's URL."""
    urls = asset_urls(asset)
    if not urls:
        raise VimmerseError(
            f"Asset {asset.id} has no result URL (status {status_text(asset.status)!r})"
        )
    return urls[0]


def _state(kind: str, status: str) -> State:
    """A job's state by its raw status: the spec's `x-vimmerse-terminal` names the ones that
    end it; any other status, also one the spec lacks, is a job still running."""
    outcome = job_status(kind)["terminal"].get(status)
    return {"done": State.DONE, "failed": State.FAILED}.get(outcome or "", State.RUNNING)


def _asset_progress(asset_id: str, asset: Asset) -> JobProgress[Asset]:
    status = status_text(getattr(asset, job_status("asset")["field"]))
    state = _state("asset", status)
    return JobProgress(job_id=asset_id, status=status, percent=None, state=state, last=asset)


class _AssetTiming:
    """One asset wait's ``Schedule``, and what the client's pacer learns from the wait.

    The job's start is when the wait began, less the asset's age by the wall clock (a job
    resumed later is older than its wait). Clocks a little apart only shift the polls by
    that much; an age that comes out negative counts as none.
    """

    def __init__(
        self, client: SyncAPIClient | AsyncAPIClient, poll_interval: float, *, follow: bool
    ) -> None:
        self._pacer = client._pacer
        self._hooks = client._hooks
        self.schedule = Schedule(poll_interval, pacer=self._pacer, follow=follow)

    def seen(self, progress: JobProgress[Asset]) -> JobProgress[Asset]:
        asset, schedule = progress.last, self.schedule
        if schedule.started is None:
            age = _seconds_between(asset.created_at, self._hooks.now())
            schedule.start(
                asset.app_name if isinstance(asset.app_name, str) else None,
                self._hooks.monotonic() - max(0.0, age or 0.0),
                running=progress.state is State.RUNNING,
            )
        if progress.state is State.DONE and schedule.kind is not None:
            took = _seconds_between(asset.created_at, asset.updated_at)
            if took is not None:
                self._pacer.record(schedule.kind, took)
        return progress


def _seconds_between(start: object, end: object) -> float | None:
    """Seconds from one timestamp to another, None unless both are datetimes (naive: UTC)."""
    if not isinstance(start, datetime) or not isinstance(end, datetime):
        return None
    start, end = (t if t.tzinfo else t.replace(tzinfo=UTC) for t in (start, end))
    return (end - start).total_seconds()


def _media_progress(media_id: str, response: httpx.Response) -> JobProgress[Mapping[str, Any]]:
    body = load_json(response, job_id=media_id)
    data = body.get("data", {}) if isinstance(body, Mapping) else None
    if not isinstance(data, Mapping):  # absent is "still running"; not an object is no answer
        raise unreadable(response, TypeError("no `data` object in the answer"), job_id=media_id)
    facts = job_status("media")
    status = status_text(data.get(facts["field"]))
    percent = percent_of(data.get(facts["progress"])) if "progress" in facts else None
    state = _state("media", status)
    if state is State.RUNNING and percent is not None and percent >= 100:
        state = State.DONE
    return JobProgress(job_id=media_id, status=status, percent=percent, state=state, last=data)


def _followable(asset: Asset, response: httpx.Response) -> Asset:
    """The job a submit answered, if its id can be polled: an answer's empty id (or . or
    ..) is the server's fault, not the caller's InvalidPathParameterError."""
    if moves_the_url(asset.id):
        raise unreadable(response, ValueError(f"its id {asset.id!r} names no job to follow"))
    return asset


def _asset_id(asset_or_id: Asset | str) -> str:
    return asset_or_id if isinstance(asset_or_id, str) else asset_or_id.id


def _transport_error(
    exc: httpx.TransportError | _deadline.DeadlinePassed, request: httpx.Request
) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):  # a read the deadline cut short
        exc = _deadline.overdue() or exc
    if isinstance(exc, _deadline.DeadlinePassed):
        return _deadline.timed_out(exc, request)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Download timed out: {request.url.path}", request=request)
    return APIConnectionError(f"Download interrupted: {transport_reason(exc)}", request=request)


# -- sync --------------------------------------------------------------------------------------


class SyncResource:
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
        response = self._client._send(options, call=call)
        if raw_mode():
            return cast(T, RawResponse(response, parse))
        result = parse_success(response, parse)
        if wait:
            # Only generated for operations that answer an Asset and take async_mode.
            asset = _followable(cast(Asset, result), response)
            return cast(T, _wait_asset(self._client, asset, call=call.for_polls()))
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
        with self._client._bounded(call):  # the whole download, body included
            response = self._client._send(_accept_any(options), stream=True, call=call)
            return _stream_to_file(
                response,
                dest,
                on_progress=on_progress,
                fallback_name=fallback_name,
                job_id=job_id,
            )


def _accept_any(options: dict[str, Any]) -> dict[str, Any]:
    # A download answers a file (video/mp4, image/gif, ...), not JSON: a server that honours
    # Accept (Prism does) would refuse the client's default "application/json" with 406.
    return {**options, "headers": {**(options.get("headers") or {}), "Accept": "*/*"}}


def _stream_to_file(
    response: httpx.Response,
    dest: Destination,
    *,
    on_progress: DownloadProgress | None,
    fallback_name: str,
    job_id: str | None = None,
) -> Path:
    try:
        path = resolve_destination(dest, response, fallback_name, job_id=job_id)
        if raw_mode():
            # Raw access buffers the body so that .content works; the file is written too.
            response.read()
            written = write_atomic([response.content], path, total=None, on_progress=on_progress)
            return cast(Path, RawResponse(response, lambda _: written))
        try:
            return write_atomic(
                _deadline.checked(response.iter_bytes()),
                path,
                total=content_length(response),
                on_progress=on_progress,
            )
        except (httpx.TransportError, _deadline.DeadlinePassed) as exc:
            raise _transport_error(exc, response.request) from exc
    finally:
        response.close()


@contextlib.contextmanager
def _job(job_id: str) -> Iterator[None]:
    # A poll that fails (after its retries) says which job it was following, so the
    # caller can resume with wait(err.job_id) instead of losing a paid job.
    try:
        yield
    except APIError as exc:
        exc.job_id = job_id
        raise


def _wait_asset(
    client: SyncAPIClient,
    asset_or_id: Asset | str,
    *,
    timeout: float | None = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    on_progress: ProgressCallback | None = None,
    call: RequestOptions = NO_OPTIONS,
) -> Asset:
    asset_id = _asset_id(asset_or_id)
    first = asset_or_id if isinstance(asset_or_id, Asset) else None
    timing = _AssetTiming(client, poll_interval, follow=False)

    def fetch() -> JobProgress[Asset]:
        nonlocal first
        if first is not None:  # the caller's copy may already be final: save a request
            asset, first = first, None
        else:
            with _job(asset_id):
                asset = _parse_asset(client._send(_asset_request(asset_id), call=call), asset_id)
        return timing.seen(_asset_progress(asset_id, asset))

    done = wait_until(
        fetch,
        hooks=client._hooks,
        timeout=timeout,
        schedule=timing.schedule,
        on_progress=on_progress,
        what="asset",
    )
    return done.last


class SyncAssetsHelpers(SyncResource):
    """Helpers of ``client.assets`` that no single API route provides."""

    def wait(
        self,
        asset_or_id: Asset | str,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Asset:
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
            timeout: seconds to wait in all (default 30 minutes; None waits forever).
            poll_interval: the first pause between polls (see above for the rest).
            on_progress: called with a ``JobProgress`` after every poll.
            extra_headers, extra_query: sent with every poll (see the generated methods).

        Returns:
            The finished Asset (status ``success``).

        Raises:
            JobFailedError: the job ended with status ``fail``.
            WaitTimeoutError: ``timeout`` passed first; ``err.job_id`` resumes the wait.
        """
        return _wait_asset(
            self._client,
            asset_or_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            call=RequestOptions(extra_headers=extra_headers, extra_query=extra_query),
        )

    def download(
        self,
        asset_or_id: Asset | str,
        dest: Destination = ".",
        *,
        on_progress: DownloadProgress | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[Path]:
        """Stream every result URL of a finished asset into the directory ``dest``.

        Each file is written atomically (temp file, then link) in constant memory, named
        after the server's name with the asset's id in front (``<id>-0.png``), and never
        replaces a file: a name already taken becomes ``<id>-0-1.png``. Result URLs are
        fetched without the API key: they point at the media CDN, not the API.

        ``extra_headers`` and ``extra_query`` go with the read of the asset (given an id),
        never to the result URLs; ``timeout`` bounds that read and each file.

        Returns:
            The written paths, in the order of ``results``.
        """
        call = RequestOptions(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout)
        if isinstance(asset_or_id, Asset):
            asset = asset_or_id
        else:
            asset_id = asset_or_id
            asset = _parse_asset(self._client._send(_asset_request(asset_id), call=call), asset_id)
        urls = _check_downloadable(asset)
        folder = Path(dest)
        folder.mkdir(parents=True, exist_ok=True)
        paths: list[Path] = []
        for index, url in enumerate(urls):
            with self._client._bounded(call):  # the whole download, body included
                response = self._client._get_unauthenticated(url, call)
                paths.append(
                    _stream_to_file(
                        response,
                        folder,
                        on_progress=on_progress,
                        fallback_name=str(index),
                        job_id=asset.id,
                    )
                )
        return paths


def _check_downloadable(asset: Asset) -> list[str]:
    status = status_text(asset.status)
    if _state("asset", status) is not State.DONE:
        raise VimmerseError(
            f"Asset {asset.id} is not finished (status {status!r}): wait for it first"
        )
    return asset_urls(asset)


class SyncMediaHelpers(SyncResource):
    """Helpers of ``client.media`` that no single API route provides."""

    def wait(
        self,
        media_id: str,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Media:
        """Follow ``progress_percentage`` (``GET /media/{media_id}/processing-status``) to 100.

        Returns:
            The finished Media (read once more with ``GET /media/{media_id}``).

        Raises:
            JobFailedError: processing ended in a failure status.
            WaitTimeoutError: ``timeout`` passed first; ``err.job_id`` resumes the wait.
        """
        client = self._client
        call = RequestOptions(extra_headers=extra_headers, extra_query=extra_query)

        def fetch() -> JobProgress[Mapping[str, Any]]:
            with _job(media_id):
                response = client._send(_media_status_request(media_id), call=call)
                return _media_progress(media_id, response)

        wait_until(
            fetch,
            hooks=client._hooks,
            timeout=timeout,
            schedule=Schedule(poll_interval),
            on_progress=on_progress,
            what="media",
        )
        with _job(media_id):
            return _parse_media(client._send(_media_request(media_id), call=call), media_id)


# -- async -------------------------------------------------------------------------------------


class AsyncResource:
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
        response = await self._client._send(options, call=call)
        if raw_mode():
            return cast(T, RawResponse(response, parse))
        result = parse_success(response, parse)
        if wait:
            asset = _followable(cast(Asset, result), response)
            polls = call.for_polls()
            return cast(T, await _async_wait_asset(self._client, asset, call=polls))
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
        with self._client._bounded(call):  # the whole download, body included
            response = await self._client._send(_accept_any(options), stream=True, call=call)
            return await _async_stream_to_file(
                response,
                dest,
                on_progress=on_progress,
                fallback_name=fallback_name,
                job_id=job_id,
            )


async def _async_stream_to_file(
    response: httpx.Response,
    dest: Destination,
    *,
    on_progress: DownloadProgress | None,
    fallback_name: str,
    job_id: str | None = None,
) -> Path:
    try:
        path = resolve_destination(dest, response, fallback_name, job_id=job_id)
        if raw_mode():
            await response.aread()

            async def body() -> Any:
                yield response.content

            written = await async_write_atomic(body(), path, total=None, on_progress=on_progress)
            return cast(Path, RawResponse(response, lambda _: written))
        try:
            return await async_write_atomic(
                _deadline.async_checked(response.aiter_bytes()),
                path,
                total=content_length(response),
                on_progress=on_progress,
            )
        except (httpx.TransportError, _deadline.DeadlinePassed) as exc:
            raise _transport_error(exc, response.request) from exc
    finally:
        await response.aclose()


async def _async_wait_asset(
    client: AsyncAPIClient,
    asset_or_id: Asset | str,
    *,
    timeout: float | None = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    on_progress: ProgressCallback | None = None,
    call: RequestOptions = NO_OPTIONS,
) -> Asset:
    asset_id = _asset_id(asset_or_id)
    first = asset_or_id if isinstance(asset_or_id, Asset) else None
    timing = _AssetTiming(client, poll_interval, follow=True)

    async def fetch() -> JobProgress[Asset]:
        nonlocal first
        if first is not None:
            asset, first = first, None
        else:
            with _job(asset_id):
                response = await client._send(_asset_request(asset_id), call=call)
                asset = _parse_asset(response, asset_id)
        return timing.seen(_asset_progress(asset_id, asset))

    try:
        done = await async_wait_until(
            fetch,
            hooks=client._hooks,
            timeout=timeout,
            schedule=timing.schedule,
            on_progress=on_progress,
            what="asset",
        )
    finally:
        timing.schedule.close()
    return done.last


class AsyncAssetsHelpers(AsyncResource):
    """Async twin of ``SyncAssetsHelpers``."""

    async def wait(
        self,
        asset_or_id: Asset | str,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Asset:
        """Poll ``GET /asset/{asset_id}`` until the job ends; paced as ``Vimmerse.assets.wait``
        says (no pause longer than the job's age so far, so a short job is noticed by about
        twice its duration whatever this client learned of its kind)."""
        return await _async_wait_asset(
            self._client,
            asset_or_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            call=RequestOptions(extra_headers=extra_headers, extra_query=extra_query),
        )

    async def download(
        self,
        asset_or_id: Asset | str,
        dest: Destination = ".",
        *,
        on_progress: DownloadProgress | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[Path]:
        """Stream every result URL of a finished asset into the directory ``dest``."""
        call = RequestOptions(extra_headers=extra_headers, extra_query=extra_query, timeout=timeout)
        if isinstance(asset_or_id, Asset):
            asset = asset_or_id
        else:
            response = await self._client._send(_asset_request(asset_or_id), call=call)
            asset = _parse_asset(response, asset_or_id)
        urls = _check_downloadable(asset)
        folder = Path(dest)
        folder.mkdir(parents=True, exist_ok=True)
        paths: list[Path] = []
        for index, url in enumerate(urls):
            with self._client._bounded(call):  # the whole download, body included
                response = await self._client._get_unauthenticated(url, call)
                paths.append(
                    await _async_stream_to_file(
                        response,
                        folder,
                        on_progress=on_progress,
                        fallback_name=str(index),
                        job_id=asset.id,
                    )
                )
        return paths


class AsyncMediaHelpers(AsyncResource):
    """Async twin of ``SyncMediaHelpers``."""

    async def wait(
        self,
        media_id: str,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        on_progress: ProgressCallback | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
    ) -> Media:
        """Follow ``progress_percentage`` to 100 (see ``Vimmerse.media.wait``)."""
        client = self._client
        call = RequestOptions(extra_headers=extra_headers, extra_query=extra_query)

        async def fetch() -> JobProgress[Mapping[str, Any]]:
            with _job(media_id):
                response = await client._send(_media_status_request(media_id), call=call)
            return _media_progress(media_id, response)

        await async_wait_until(
            fetch,
            hooks=client._hooks,
            timeout=timeout,
            schedule=Schedule(poll_interval),
            on_progress=on_progress,
            what="media",
        )
        with _job(media_id):
            response = await client._send(_media_request(media_id), call=call)
        return _parse_media(response, media_id)
