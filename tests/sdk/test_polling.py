"""assets.wait and media.wait: backoff between polls, final states, timeouts that can resume."""

from __future__ import annotations

import httpx
import pytest
import respx

from tests.sdk.helpers import FakeTime, asset_json, media_json
from vimmerse import (
    AsyncVimmerse,
    BadRequestError,
    JobFailedError,
    JobProgress,
    NotFoundError,
    Vimmerse,
    WaitTimeoutError,
)
from vimmerse_core._polling import DEFAULT_POLL_INTERVAL, POLL_BACKOFF


def processing() -> httpx.Response:
    return httpx.Response(200, json=asset_json(status="processing", results=[]))


def test_assets_wait_polls_with_growing_intervals(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.get("/asset/a1").mock(
        side_effect=[
            processing(),
            processing(),
            processing(),
            httpx.Response(200, json=asset_json()),
        ]
    )
    seen: list[JobProgress[object]] = []
    asset = client.assets.wait("a1", poll_interval=1.0, on_progress=seen.append)
    assert asset.results == ["https://media.test/out/a1.png"]
    assert route.call_count == 4
    assert fake_time.sleeps == [1.0, 1.5, 2.25]
    assert [p.status for p in seen] == ["processing", "processing", "processing", "success"]


def test_assets_wait_interval_is_capped(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    api.get("/asset/a1").mock(
        side_effect=[processing()] * 12 + [httpx.Response(200, json=asset_json())]
    )
    client.assets.wait("a1", poll_interval=5.0, max_wait_seconds=None)
    assert max(fake_time.sleeps) == 20.0


def test_an_already_finished_asset_needs_no_request(
    client: Vimmerse, api: respx.MockRouter
) -> None:
    from vimmerse.models.asset import Asset

    route = api.get("/asset/a1").mock(return_value=processing())
    done = Asset.from_dict(asset_json())
    assert client.assets.wait(done) is done
    assert not route.called


def test_assets_wait_raises_job_failed(client: Vimmerse, api: respx.MockRouter) -> None:
    api.get("/asset/a1").mock(
        side_effect=[processing(), httpx.Response(200, json=asset_json(status="fail"))]
    )
    with pytest.raises(JobFailedError) as info:
        client.assets.wait("a1")
    assert info.value.job_id == "a1"


def test_wait_timeout_still_works_but_is_deprecated(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    api.get("/asset/a1").mock(return_value=processing())
    with (
        pytest.warns(DeprecationWarning, match="max_wait_seconds") as warned,
        pytest.raises(WaitTimeoutError),
    ):
        client.assets.wait("a1", timeout=10.0, poll_interval=2.0)
    assert warned[0].filename == __file__  # blamed on the caller's line
    assert sum(fake_time.sleeps) == pytest.approx(10.0)
    with pytest.raises(TypeError, match="not both"), pytest.warns(DeprecationWarning):
        client.assets.wait("a1", timeout=1.0, max_wait_seconds=1.0)


def test_assets_wait_timeout_carries_the_id(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.get("/asset/a1").mock(return_value=processing())
    with pytest.raises(WaitTimeoutError) as info:
        client.assets.wait("a1", max_wait_seconds=10.0, poll_interval=2.0)
    assert info.value.job_id == "a1"
    assert isinstance(info.value, TimeoutError)
    # 2 + 3 + 4.5 = 9.5, then the last 0.5 s, then one final poll before giving up
    assert fake_time.sleeps == [2.0, 3.0, 4.5, 0.5]
    assert route.call_count == 5
    # resuming with the id carries on where it stopped
    route.mock(return_value=httpx.Response(200, json=asset_json()))
    assert client.assets.wait(info.value.job_id).status == "success"


def test_media_wait_follows_progress_to_100(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    def status(percent: str, state: str) -> httpx.Response:
        return httpx.Response(
            200, json={"data": {"progress_percentage": percent, "processing_status": state}}
        )

    api.get("/media/m1/processing-status").mock(
        side_effect=[
            status("20", "queue_bullet"),
            status("70", "processing"),
            status("100", "success"),
        ]
    )
    api.get("/media/m1").mock(
        return_value=httpx.Response(200, json={"data": {"data": media_json()}})
    )
    percents: list[int | None] = []
    media = client.media.wait("m1", on_progress=lambda p: percents.append(p.percent))
    assert media.id == "m1"
    assert percents == [20, 70, 100]
    assert fake_time.sleeps == [DEFAULT_POLL_INTERVAL, DEFAULT_POLL_INTERVAL * POLL_BACKOFF]


def test_media_wait_failure(client: Vimmerse, api: respx.MockRouter) -> None:
    api.get("/media/m1/processing-status").mock(
        return_value=httpx.Response(
            200, json={"data": {"progress_percentage": 40, "processing_status": "failed"}}
        )
    )
    with pytest.raises(JobFailedError):
        client.media.wait("m1")


@pytest.mark.anyio
async def test_async_wait(
    async_client: AsyncVimmerse, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    api.get("/asset/a1").mock(side_effect=[processing(), httpx.Response(200, json=asset_json())])
    asset = await async_client.assets.wait("a1", poll_interval=1.0)
    assert asset.status == "success" and fake_time.sleeps == [1.0]
    api.get("/asset/a2").mock(return_value=processing())
    with pytest.raises(WaitTimeoutError) as info:
        await async_client.assets.wait("a2", max_wait_seconds=1.0, poll_interval=1.0)
    assert info.value.job_id == "a2"
    api.get("/media/m1/processing-status").mock(
        return_value=httpx.Response(
            200, json={"data": {"progress_percentage": "100", "processing_status": "success"}}
        )
    )
    api.get("/media/m1").mock(return_value=httpx.Response(200, json={"data": media_json()}))
    assert (await async_client.media.wait("m1")).id == "m1"


def test_a_failed_poll_says_which_job_it_was_following(
    client: Vimmerse, api: respx.MockRouter
) -> None:
    # The job was paid for: the error must carry its id so the caller can resume.
    api.get("/asset/a1").mock(return_value=httpx.Response(404, json={"message": "NOT_FOUND"}))
    api.get("/media/m1/processing-status").mock(
        return_value=httpx.Response(400, json={"message": "BAD_REQUEST"})
    )
    with pytest.raises(NotFoundError) as asset_error:
        client.assets.wait("a1")
    assert asset_error.value.job_id == "a1"
    with pytest.raises(BadRequestError) as media_error:
        client.media.wait("m1")
    assert media_error.value.job_id == "m1"


@pytest.mark.anyio
async def test_async_wait_errors_carry_the_job_id(
    async_client: AsyncVimmerse, api: respx.MockRouter
) -> None:
    api.get("/asset/a2").mock(return_value=httpx.Response(404, json={"message": "NOT_FOUND"}))
    async with async_client:
        with pytest.raises(NotFoundError) as error:
            await async_client.assets.wait("a2")
    assert error.value.job_id == "a2"


def test_a_plain_call_has_no_job_id(client: Vimmerse, api: respx.MockRouter) -> None:
    api.get("/asset/a1").mock(return_value=httpx.Response(404, json={"message": "NOT_FOUND"}))
    with pytest.raises(NotFoundError) as error:
        client.assets.get("a1")
    assert error.value.job_id is None
