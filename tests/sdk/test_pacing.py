"""Poll pacing: plain backoff for an unknown kind of job, straight to the expected end after."""

from __future__ import annotations

from datetime import timedelta

import anyio
import httpx
import pytest
import respx

from tests.sdk.helpers import FakeTime, asset_json
from vimmerse import AsyncVimmerse, JobFailedError, Vimmerse
from vimmerse.models.asset import Asset
from vimmerse_core._hooks import Hooks
from vimmerse_core._pacing import MAX_POLL_INTERVAL, MIN_CAP, Pacer, Schedule, _sleep_unless


def _delays(schedule: Schedule, count: int, start: float = 0.0) -> list[float]:
    now, out = start, []
    for _ in range(count):
        delay = schedule.next_delay(now)
        out.append(delay)
        now += delay
    return out


def _schedule(
    poll_interval: float, *, expected: float | None = None, started: float = 0.0
) -> Schedule:
    pacer = Pacer()
    if expected is not None:
        pacer.record("k", expected)
    schedule = Schedule(poll_interval, pacer=pacer)
    schedule.kind, schedule.started = "k", started
    return schedule


def test_without_an_estimate_the_pauses_grow() -> None:
    assert _delays(Schedule(1.0), 3) == [1.0, 1.5, 2.25]
    assert _delays(_schedule(1.0), 3) == [1.0, 1.5, 2.25]


def test_with_an_estimate_the_first_pause_ends_when_the_job_should() -> None:
    schedule = _schedule(0.25, expected=3.0, started=-2.0)
    # Started 2 s ago: 1 s to the expected end, then the backoff afresh.
    assert _delays(schedule, 4) == [1.0, 0.25, 0.375, 0.5625]


def test_a_job_already_past_its_expected_end_gets_the_plain_backoff() -> None:
    schedule = _schedule(0.25, expected=1.0, started=-5.0)
    assert _delays(schedule, 3) == [0.25, 0.375, 0.5625]


def test_a_far_expected_end_is_approached_in_pauses_no_longer_than_the_jobs_age() -> None:
    schedule = _schedule(0.25, expected=50.0, started=0.0)
    # Doubling ages (1, 2, 4, 8, 16, 32 s), at most MAX_POLL_INTERVAL, then the end at 50 s.
    assert _delays(schedule, 8) == [MIN_CAP, 1.0, 2.0, 4.0, 8.0, 16.0, 18.0, 0.25]
    old = _schedule(0.25, expected=500.0, started=-100.0)
    assert old.next_delay(0.0) == MAX_POLL_INTERVAL


def _first_poll_after(schedule: Schedule, duration: float) -> float:
    """When the schedule first polls a job that ended ``duration`` s after it started."""
    now = 0.0
    while now < duration:
        now += schedule.next_delay(now)
    return now


@pytest.mark.parametrize("duration", [0.3, 1.0, 6.0, 30.0, 119.0])
def test_a_short_job_of_a_kind_seen_running_long_is_noticed_within_twice_its_duration(
    duration: float,
) -> None:
    pacer = Pacer()
    for _ in range(32):
        pacer.record("k", 120.0)
    schedule = Schedule(0.25, pacer=pacer)
    schedule.kind, schedule.started = "k", 0.0
    noticed = _first_poll_after(schedule, duration)
    assert noticed <= max(MIN_CAP, 2 * duration)


def test_a_follower_whose_elder_runs_long_is_noticed_within_twice_its_duration() -> None:
    pacer = Pacer()
    pacer.join("k", -1000.0)  # an elder of the same kind, still running
    schedule = Schedule(0.25, pacer=pacer, follow=True)
    schedule.kind, schedule.started = "k", 0.0
    assert _first_poll_after(schedule, 6.0) <= 12.0


def test_the_estimate_is_the_lower_quartile_of_recent_jobs_of_that_kind() -> None:
    pacer = Pacer()
    assert pacer.expected("text-to-image") is None
    for seconds in (9.0, 1.0, 5.0, 3.0, 7.0):
        pacer.record("text-to-image", seconds)
    pacer.record("video", 100.0)
    assert pacer.expected("text-to-image") == 3.0
    assert pacer.expected("video") == 100.0
    assert pacer.expected(None) is None


def test_a_younger_job_follows_an_older_one_of_its_kind() -> None:
    pacer = Pacer()
    pacer.join("k", 10.0)
    follower = Schedule(0.25, pacer=pacer, follow=True)
    follower.kind, follower.started = "k", 11.0
    assert follower.next_delay(11.0) == MIN_CAP  # no longer than its age (nor under MIN_CAP)
    assert follower.next_delay(41.0) == MAX_POLL_INTERVAL
    assert follower.following
    elder = Schedule(0.25, pacer=pacer, follow=True)
    elder.kind, elder.started = "k", 10.0
    assert elder.next_delay(10.0) == 0.25  # nobody older: it polls
    pacer.leave("k", 10.0)
    assert follower.next_delay(11.0) == 0.25  # its elder is gone: it polls itself
    assert not follower.following


def test_only_a_schedule_allowed_to_follow_does() -> None:
    pacer = Pacer()
    pacer.join("k", 0.0)
    schedule = Schedule(0.25, pacer=pacer)
    schedule.kind, schedule.started = "k", 1.0
    assert schedule.next_delay(1.0) == 0.25


@pytest.mark.anyio
async def test_a_follower_wakes_when_its_elder_ends_and_sleeps_to_its_own_end() -> None:
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if len(sleeps) == 1:
            await anyio.sleep_forever()  # the follower's long sleep: only news ends it

    hooks = Hooks(async_sleep=sleep, monotonic=lambda: 100.0)
    pacer = Pacer()
    pacer.join("k", 89.0)
    follower = Schedule(0.25, pacer=pacer, follow=True)
    follower.kind, follower.started = "k", 90.0
    delay = follower.next_delay(100.0)
    with anyio.fail_after(10):  # a guard against a hang, not a speed check
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(follower.pause, delay, hooks)
            await anyio.wait_all_tasks_blocked()
            pacer.record("k", 13.0)  # the elder ended: such jobs take 13 s
    # Woken from its sleep (at most its age, 10 s), it slept on to 13 s after its own start.
    assert sleeps == [10.0, 3.0]
    assert not follower.following


def _timed(
    fake_time: FakeTime, status: str, *, age: float, took: float | None = None
) -> dict[str, object]:
    created = fake_time.wall_now() - timedelta(seconds=age)
    body = asset_json(status=status, results=[] if status == "processing" else None)
    body["created_at"] = created.isoformat()
    body["updated_at"] = (created + timedelta(seconds=took or 0.0)).isoformat()
    return body


def test_a_second_job_of_a_kind_is_polled_once_when_it_should_end(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.get("/asset/a1")
    route.side_effect = lambda request: httpx.Response(
        200, json=_timed(fake_time, "success", age=2.0, took=2.0)
    )
    first = client.assets.wait(Asset.from_dict(_timed(fake_time, "processing", age=0.0)))
    assert first.status == "success"
    assert fake_time.sleeps == [0.25]  # nothing known yet: the plain backoff
    fake_time.sleeps.clear()

    # The next job of the same kind (app_name) sleeps until 2 s after it started, once.
    calls = route.call_count
    client.assets.wait(Asset.from_dict(_timed(fake_time, "processing", age=1.0)))
    assert fake_time.sleeps == [1.0]  # it was already 1 s old
    assert route.call_count == calls + 1


def test_a_job_of_another_kind_learns_nothing_from_it(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    client._pacer.record("video-to-video", 60.0)
    api.get("/asset/a1").mock(return_value=httpx.Response(200, json=asset_json()))
    processing = asset_json(status="processing", results=[])
    client.assets.wait(Asset.from_dict(processing), poll_interval=1.0)
    assert fake_time.sleeps == [1.0]


def test_with_options_copies_share_what_was_learned(client: Vimmerse) -> None:
    client._pacer.record("text-to-image", 4.0)
    assert client.with_options(max_retries=0)._pacer.expected("text-to-image") == 4.0


def test_a_sync_wait_never_joins_the_list_of_waits(client: Vimmerse, api: respx.MockRouter) -> None:
    api.get("/asset/a1").mock(return_value=httpx.Response(200, json=asset_json()))
    client.assets.wait(Asset.from_dict(asset_json(status="processing", results=[])))
    assert not client._pacer.older_waiting("text-to-image", float("inf"))


@pytest.mark.anyio
@pytest.mark.parametrize("status", ["success", "fail"])
async def test_an_async_wait_leaves_the_list_however_it_ends(
    async_client: AsyncVimmerse, api: respx.MockRouter, status: str
) -> None:
    api.get("/asset/a1").mock(return_value=httpx.Response(200, json=asset_json(status=status)))
    processing = Asset.from_dict(asset_json(status="processing", results=[]))
    async with async_client:
        if status == "fail":
            with pytest.raises(JobFailedError):
                await async_client.assets.wait(processing)
        else:
            await async_client.assets.wait(processing)
    assert not async_client._pacer.older_waiting("text-to-image", float("inf"))


@pytest.mark.anyio
async def test_on_the_real_clock_a_follower_wakes_at_news_and_else_at_its_deadline() -> None:
    # The real clock's own path (a cancel scope, no task group): woken by news well before
    # its hour-long deadline, and, with no news, back after a zero-length pause.
    news = anyio.Event()
    with anyio.fail_after(10):  # a guard against a hang, not a speed check
        async with anyio.create_task_group() as tasks:
            woke: list[bool] = []

            async def follower() -> None:
                woke.append(await _sleep_unless(news, 3600.0, Hooks()))

            tasks.start_soon(follower)
            await anyio.wait_all_tasks_blocked()
            assert woke == []
            news.set()
        assert woke == [True]
        assert await _sleep_unless(anyio.Event(), 0.0, Hooks()) is False
