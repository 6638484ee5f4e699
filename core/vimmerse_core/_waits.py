"""Following a job: polls built from the routes the manifest names for its kind
(``x-vimmerse-job``), read into the generated model the caller's resource hands over, and
the waits over them (asset-like jobs read whole; media-like ones through a status route).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar, cast

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._errors import APIError, VimmerseError
from ._pacing import Schedule
from ._path import moves_the_url, path_segment
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
from ._request_options import NO_OPTIONS, RequestOptions
from ._response import load_json, parse_success, unreadable
from ._surface import Job, Route, surface


class AssetLike(Protocol):
    """A job model read whole (the generated ``Asset``). Its other fields are read by the
    roles the spec gives them (the manifest's ``Job["fields"]``), never by name."""

    @property
    def id(self) -> str: ...


AssetT = TypeVar("AssetT", bound=AssetLike)
MediaT = TypeVar("MediaT")
T = TypeVar("T")


def read_request(route: Route, job_id: str) -> dict[str, Any]:
    """The request of a job's route, as a generated request builder makes it."""
    url = route["path"].format(**{route["param"]: path_segment(route["param"], job_id)})
    return {"method": route["method"].lower(), "url": url}


def unwrapped(body: object, route: Route) -> object:
    """The object a route's answer wraps: ``{"data": X}``, or for "data?" maybe twice."""
    if route["unwrap"] is None or not isinstance(body, Mapping):
        return body
    inner = body.get("data")
    if route["unwrap"] == "data?" and isinstance(inner, Mapping):
        twice = inner.get("data")
        if set(inner) == {"data"} and isinstance(twice, Mapping):
            return twice
    return inner


def parse_job(response: httpx.Response, model: type[T], route: Route, job_id: str | None) -> T:
    def read(r: httpx.Response) -> T:
        found = unwrapped(r.json(), route)
        if not isinstance(found, Mapping):
            raise TypeError(f"no {route['model']} object in the answer")
        return cast(T, cast(Any, model).from_dict(found))

    return parse_success(response, read, job_id=job_id)


def job_field(job: Job, found: object, role: str) -> object:
    """The value of the job's field that the spec marks with `role`; None without one."""
    name = job["fields"].get(role)
    return getattr(found, name, None) if name else None


def _job_of(asset: AssetLike) -> Job:
    """The job kind whose model the asset is, from its generated package's manifest."""
    cls = type(asset)
    try:
        return surface(cls.__module__.partition(".")[0]).job_of(cls.__name__)
    except (ImportError, OSError, TypeError, ValueError, StopIteration, KeyError) as exc:
        # not a model of a generated package (no manifest), or not one of its job models
        raise VimmerseError(f"a {cls.__name__} is no job of the API's") from exc


def result_urls(job: Job, asset: AssetLike) -> list[str]:
    """The job's result (or uploaded file) URLs: its `x-vimmerse-role: results` field."""
    if "results" not in job["fields"]:
        raise VimmerseError(f"the spec marks no field of {job['model']} as its results")
    urls = job_field(job, asset, "results")
    return [u for u in urls if isinstance(u, str)] if isinstance(urls, list) else []


def asset_urls(asset: AssetLike) -> list[str]:
    """The asset's result (or uploaded file) URLs; empty while it is processing."""
    return result_urls(_job_of(asset), asset)


def asset_url(asset: AssetLike) -> str:
    """The asset's first result URL: for an upload, the hosted file's URL."""
    job = _job_of(asset)
    urls = result_urls(job, asset)
    if not urls:
        status = status_text(getattr(asset, job["field"], None))
        raise VimmerseError(f"Asset {asset.id} has no result URL (status {status!r})")
    return urls[0]


def state_of(job: Job, status: str) -> State:
    """A job's state by its raw status: the spec's `x-vimmerse-terminal` names the ones that
    end it; any other status, also one the spec lacks, is a job still running."""
    outcome = job["terminal"].get(status)
    return {"done": State.DONE, "failed": State.FAILED}.get(outcome or "", State.RUNNING)


def _asset_progress(job: Job, asset_id: str, asset: AssetT) -> JobProgress[AssetT]:
    status = status_text(getattr(asset, job["field"]))
    state = state_of(job, status)
    return JobProgress(job_id=asset_id, status=status, percent=None, state=state, last=asset)


class _AssetTiming:
    """One asset wait's ``Schedule``, and what the client's pacer learns from the wait.

    The job's start is when the wait began, less the asset's age by the wall clock (a job
    resumed later is older than its wait). Clocks a little apart only shift the polls by
    that much; an age that comes out negative counts as none.
    """

    def __init__(
        self,
        client: SyncAPIClient | AsyncAPIClient,
        job: Job,
        poll_interval: float,
        *,
        follow: bool,
    ) -> None:
        self._job = job
        self._pacer = client._pacer
        self._hooks = client._hooks
        self.schedule = Schedule(poll_interval, pacer=self._pacer, follow=follow)

    def seen(self, progress: JobProgress[AssetT]) -> JobProgress[AssetT]:
        asset, schedule, job = progress.last, self.schedule, self._job
        created = job_field(job, asset, "created-at")
        if schedule.started is None:
            age = _seconds_between(created, self._hooks.now())
            kind = job_field(job, asset, "app-name")
            schedule.start(
                kind if isinstance(kind, str) else None,
                self._hooks.monotonic() - max(0.0, age or 0.0),
                running=progress.state is State.RUNNING,
            )
        if progress.state is State.DONE and schedule.kind is not None:
            took = _seconds_between(created, job_field(job, asset, "updated-at"))
            if took is not None:
                self._pacer.record(schedule.kind, took)
        return progress


def _seconds_between(start: object, end: object) -> float | None:
    """Seconds from one timestamp to another, None unless both are datetimes (naive: UTC)."""
    if not isinstance(start, datetime) or not isinstance(end, datetime):
        return None
    start, end = (t if t.tzinfo else t.replace(tzinfo=UTC) for t in (start, end))
    return (end - start).total_seconds()


def _status_progress(
    job: Job, route: Route, media_id: str, response: httpx.Response
) -> JobProgress[Mapping[str, Any]]:
    body = load_json(response, job_id=media_id)
    data = unwrapped(body, route) if isinstance(body, Mapping) else None
    if route["unwrap"] and isinstance(body, Mapping) and "data" not in body:
        data = {}  # absent is "still running"
    if not isinstance(data, Mapping):  # not an object is no answer
        raise unreadable(response, TypeError("no `data` object in the answer"), job_id=media_id)
    status = status_text(data.get(job["field"]))
    percent = percent_of(data.get(job["progress"])) if "progress" in job else None
    state = state_of(job, status)
    if state is State.RUNNING and percent is not None and percent >= 100:
        state = State.DONE
    return JobProgress(job_id=media_id, status=status, percent=percent, state=state, last=data)


def followable(asset: AssetT, response: httpx.Response) -> AssetT:
    """The job a submit answered, if its id can be polled: an answer's empty id (or . or
    ..) is the server's fault, not the caller's InvalidPathParameterError."""
    if moves_the_url(asset.id):
        raise unreadable(response, ValueError(f"its id {asset.id!r} names no job to follow"))
    return asset


def _asset_id(asset_or_id: AssetLike | str) -> str:
    return asset_or_id if isinstance(asset_or_id, str) else asset_or_id.id


@contextlib.contextmanager
def _job(job_id: str) -> Iterator[None]:
    # A poll that fails (after its retries) says which job it was following, so the
    # caller can resume with wait(err.job_id) instead of losing a paid job.
    try:
        yield
    except APIError as exc:
        exc.job_id = job_id
        raise


def wait_asset(
    client: SyncAPIClient,
    asset_or_id: AssetT | str,
    *,
    job: Job,
    model: type[AssetT],
    timeout: float | None = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    on_progress: ProgressCallback | None = None,
    call: RequestOptions = NO_OPTIONS,
) -> AssetT:
    asset_id = _asset_id(asset_or_id)
    first = asset_or_id if isinstance(asset_or_id, model) else None
    timing = _AssetTiming(client, job, poll_interval, follow=False)

    def fetch() -> JobProgress[AssetT]:
        nonlocal first
        if first is not None:  # the caller's copy may already be final: save a request
            asset, first = first, None
        else:
            with _job(asset_id):
                poll = client._context(call, poll=True)
                response = client._send(read_request(job["read"], asset_id), call=poll)
                asset = parse_job(response, model, job["read"], asset_id)
        return timing.seen(_asset_progress(job, asset_id, asset))

    done = wait_until(
        fetch,
        hooks=client._hooks,
        timeout=timeout,
        schedule=timing.schedule,
        on_progress=on_progress,
        what="asset",
    )
    return done.last


async def async_wait_asset(
    client: AsyncAPIClient,
    asset_or_id: AssetT | str,
    *,
    job: Job,
    model: type[AssetT],
    timeout: float | None = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    on_progress: ProgressCallback | None = None,
    call: RequestOptions = NO_OPTIONS,
) -> AssetT:
    asset_id = _asset_id(asset_or_id)
    first = asset_or_id if isinstance(asset_or_id, model) else None
    timing = _AssetTiming(client, job, poll_interval, follow=True)

    async def fetch() -> JobProgress[AssetT]:
        nonlocal first
        if first is not None:
            asset, first = first, None
        else:
            with _job(asset_id):
                poll = client._context(call, poll=True)  # ahead of queued requests
                response = await client._send(read_request(job["read"], asset_id), call=poll)
                asset = parse_job(response, model, job["read"], asset_id)
        return timing.seen(_asset_progress(job, asset_id, asset))

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


def wait_media(
    client: SyncAPIClient,
    media_id: str,
    *,
    job: Job,
    model: type[MediaT],
    timeout: float | None = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    on_progress: ProgressCallback | None = None,
    call: RequestOptions = NO_OPTIONS,
) -> MediaT:
    status = job["status"] or job["read"]

    def fetch() -> JobProgress[Mapping[str, Any]]:
        with _job(media_id):
            poll = client._context(call, poll=True)
            response = client._send(read_request(status, media_id), call=poll)
            return _status_progress(job, status, media_id, response)

    wait_until(
        fetch,
        hooks=client._hooks,
        timeout=timeout,
        schedule=Schedule(poll_interval),
        on_progress=on_progress,
        what="media",
    )
    with _job(media_id):
        response = client._send(read_request(job["read"], media_id), call=call)
        return parse_job(response, model, job["read"], media_id)


async def async_wait_media(
    client: AsyncAPIClient,
    media_id: str,
    *,
    job: Job,
    model: type[MediaT],
    timeout: float | None = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    on_progress: ProgressCallback | None = None,
    call: RequestOptions = NO_OPTIONS,
) -> MediaT:
    status = job["status"] or job["read"]

    async def fetch() -> JobProgress[Mapping[str, Any]]:
        with _job(media_id):
            poll = client._context(call, poll=True)  # ahead of queued requests
            response = await client._send(read_request(status, media_id), call=poll)
        return _status_progress(job, status, media_id, response)

    await async_wait_until(
        fetch,
        hooks=client._hooks,
        timeout=timeout,
        schedule=Schedule(poll_interval),
        on_progress=on_progress,
        what="media",
    )
    with _job(media_id):
        response = await client._send(read_request(job["read"], media_id), call=call)
    return parse_job(response, model, job["read"], media_id)


def check_downloadable(job: Job, asset: AssetLike) -> list[str]:
    status = status_text(getattr(asset, job["field"]))
    if state_of(job, status) is not State.DONE:
        raise VimmerseError(
            f"Asset {asset.id} is not finished (status {status!r}): wait for it first"
        )
    return result_urls(job, asset)
