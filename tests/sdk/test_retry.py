"""Retry policy: which failures are retried, how long the SDK waits, and when it stops."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
import respx

from tests.sdk.helpers import API_KEY, BASE_URL, FakeTime, asset_json
from vimmerse import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
    Vimmerse,
)
from vimmerse_core._retry import (
    RetryPolicy,
    backoff_delay,
    decide_exception,
    decide_status,
    parse_retry_after,
)

NOW = datetime(2025, 5, 6, 12, 0, 0, tzinfo=UTC)
POLICY = RetryPolicy(max_retries=2)


# -- pure decisions ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after": "Tue, 06 May 2025 12:00:10 GMT"}, 10.0),
        ({"retry-after": "Tue, 06 May 2025 11:59:00 GMT"}, 0.0),  # a past date means now
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after": "soon"}, None),
        ({"retry-after": "-5"}, None),
        ({}, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers), now=lambda: NOW) == expected


def test_backoff_grows_exponentially_and_is_capped() -> None:
    delays = [backoff_delay(RetryPolicy(), n, random=lambda: 0.0) for n in range(6)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


def test_jitter_takes_off_at_most_a_quarter() -> None:
    assert backoff_delay(RetryPolicy(), 2, random=lambda: 1.0) == pytest.approx(1.5)
    assert backoff_delay(RetryPolicy(), 2, random=lambda: 0.5) == pytest.approx(1.75)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
@pytest.mark.parametrize("method", ["GET", "PUT"])
def test_idempotent_methods_retry_transient_statuses(method: str, status: int) -> None:
    decision = decide_status(
        POLICY, method=method, status=status, headers={}, retries_done=0, random=lambda: 0.0
    )
    assert decision.retry and decision.delay == 0.5


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 422])
def test_client_errors_are_never_retried(status: int) -> None:
    for method in ("GET", "POST"):
        assert not decide_status(
            POLICY, method=method, status=status, headers={}, retries_done=0, random=lambda: 0.0
        ).retry


@pytest.mark.parametrize(
    ("status", "headers", "retry"),
    [
        (429, {}, True),
        (503, {"retry-after": "2"}, True),  # the documented "not processed" signal
        (503, {}, False),  # may have been accepted: never resubmit a paid job
        (500, {"retry-after": "2"}, False),
        (502, {}, False),
        (504, {}, False),
        (408, {}, False),
    ],
)
def test_post_retries_only_when_the_server_cannot_have_acted(
    status: int, headers: dict[str, str], retry: bool
) -> None:
    decision = decide_status(
        POLICY, method="POST", status=status, headers=headers, retries_done=0, random=lambda: 0.0
    )
    assert decision.retry is retry


def test_retry_after_replaces_backoff_and_is_capped() -> None:
    ok = decide_status(
        POLICY,
        method="POST",
        status=429,
        headers={"retry-after": "7"},
        retries_done=0,
        random=lambda: 0.0,
    )
    assert ok.retry and ok.delay == 7.0
    too_long = decide_status(
        POLICY,
        method="GET",
        status=503,
        headers={"retry-after": "3600"},
        retries_done=0,
        random=lambda: 0.0,
    )
    assert not too_long.retry


def test_no_retry_once_max_retries_is_spent() -> None:
    assert decide_status(
        POLICY, method="GET", status=500, headers={}, retries_done=1, random=lambda: 0.0
    ).retry
    assert not decide_status(
        POLICY, method="GET", status=500, headers={}, retries_done=2, random=lambda: 0.0
    ).retry
    zero = RetryPolicy(max_retries=0)
    assert not decide_status(
        zero, method="GET", status=500, headers={}, retries_done=0, random=lambda: 0.0
    ).retry


@pytest.mark.parametrize(
    ("exc", "method", "retry"),
    [
        (httpx.ConnectError("refused"), "POST", True),
        (httpx.ConnectTimeout("slow connect"), "POST", True),
        (httpx.PoolTimeout("pool"), "POST", True),
        (httpx.ReadTimeout("slow read"), "POST", False),
        (httpx.WriteError("reset while sending"), "POST", False),
        (httpx.RemoteProtocolError("peer closed"), "POST", False),
        (httpx.ReadTimeout("slow read"), "GET", True),
        (httpx.ReadError("reset"), "GET", True),
        (httpx.RemoteProtocolError("peer closed"), "PUT", True),
        (httpx.UnsupportedProtocol("ftp"), "GET", False),
    ],
)
def test_transport_errors(exc: Exception, method: str, retry: bool) -> None:
    assert (
        decide_exception(POLICY, method=method, exc=exc, retries_done=0, random=lambda: 0.0).retry
        is retry
    )


# -- the send loop, end to end over respx -----------------------------------------------------


def test_get_is_retried_on_5xx_with_backoff(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.get("/asset/a1").mock(
        side_effect=[
            httpx.Response(502),
            httpx.Response(500),
            httpx.Response(200, json=asset_json()),
        ]
    )
    asset = client.assets.get("a1")
    assert asset.id == "a1"
    assert route.call_count == 3
    assert fake_time.sleeps == [0.5, 1.0]


def test_get_gives_up_after_max_retries(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.get("/asset/a1").mock(return_value=httpx.Response(500, json={"message": "boom"}))
    with pytest.raises(InternalServerError) as info:
        client.assets.get("a1")
    assert route.call_count == 3  # the first try and max_retries=2 retries
    assert info.value.status_code == 500 and info.value.message == "500 boom"
    assert fake_time.sleeps == [0.5, 1.0]


def test_max_retries_zero_sends_once(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.get("/asset/a1").mock(return_value=httpx.Response(503))
    with pytest.raises(InternalServerError):
        client.with_options(max_retries=0).assets.get("a1")
    assert route.call_count == 1 and fake_time.sleeps == []


def test_post_is_not_resubmitted_after_a_5xx(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.post("/v2/image/text-2-image").mock(return_value=httpx.Response(500))
    with pytest.raises(InternalServerError):
        client.image.text_to_image(prompt="fox")
    assert route.call_count == 1 and fake_time.sleeps == []


def test_post_is_not_resubmitted_after_a_read_timeout(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.post("/v2/image/text-2-image").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError):
        client.image.text_to_image(prompt="fox")
    assert route.call_count == 1


def test_post_is_retried_when_the_connection_never_opened(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.post("/v2/image/text-2-image").mock(
        side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json=asset_json())]
    )
    assert client.image.text_to_image(prompt="fox").id == "a1"
    assert route.call_count == 2 and fake_time.sleeps == [0.5]


def test_post_honours_retry_after_on_429(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.post("/v2/image/text-2-image").mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "4"}),
            httpx.Response(200, json=asset_json()),
        ]
    )
    client.image.text_to_image(prompt="fox")
    assert route.call_count == 2 and fake_time.sleeps == [4.0]


def test_post_honours_an_http_date_retry_after_on_503(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.post("/v2/image/text-2-image").mock(
        side_effect=[
            httpx.Response(503, headers={"Retry-After": "Tue, 06 May 2025 12:00:06 GMT"}),
            httpx.Response(200, json=asset_json()),
        ]
    )
    client.image.text_to_image(prompt="fox")
    assert route.call_count == 2 and fake_time.sleeps == [6.0]


def test_post_bare_503_is_raised(client: Vimmerse, api: respx.MockRouter) -> None:
    route = api.post("/v2/image/text-2-image").mock(return_value=httpx.Response(503))
    with pytest.raises(InternalServerError):
        client.image.text_to_image(prompt="fox")
    assert route.call_count == 1


def test_rate_limit_is_raised_when_retries_run_out(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    api.post("/v2/image/text-2-image").mock(
        return_value=httpx.Response(429, json={"message": "SLOW_DOWN"})
    )
    with pytest.raises(RateLimitError):
        client.image.text_to_image(prompt="fox")
    assert fake_time.sleeps == [0.5, 1.0]


def test_put_is_retried_on_a_dropped_connection(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.put("/media/m1/edit").mock(
        side_effect=[httpx.ReadError("reset"), httpx.Response(200, json={"data": {"id": "m1"}})]
    )
    assert client.media.edit("m1", title="new").id == "m1"
    assert route.call_count == 2


def test_connection_error_is_wrapped(client: Vimmerse, api: respx.MockRouter) -> None:
    api.get("/asset/a1").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as info:
        client.assets.get("a1")
    assert not isinstance(info.value, APITimeoutError)
    assert isinstance(info.value.__cause__, httpx.ConnectError)


def test_upload_retry_resends_the_whole_file(client: Vimmerse, api: respx.MockRouter) -> None:
    bodies: list[bytes] = []

    def record(request: httpx.Request) -> httpx.Response:
        bodies.append(request.read())
        if len(bodies) == 1:
            return httpx.Response(429)
        return httpx.Response(200, json=asset_json())

    api.post("/v2/image").mock(side_effect=record)
    client.image.upload(b"\x89PNG\r\n\x1a\n" + b"x" * 100_000)
    # Each attempt has its own random multipart boundary; the file itself is sent whole twice.
    assert len(bodies) == 2 and len(bodies[0]) == len(bodies[1])
    assert all(b"\x89PNG\r\n\x1a\n" + b"x" * 100_000 in body for body in bodies)


@pytest.mark.anyio
async def test_async_retries_share_the_policy(api: respx.MockRouter, fake_time: FakeTime) -> None:
    from vimmerse import AsyncVimmerse

    route = api.post("/v2/image/text-2-image").mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "2"}),
            httpx.Response(200, json=asset_json()),
        ]
    )
    async with AsyncVimmerse(
        api_key=API_KEY, base_url=BASE_URL, _hooks=fake_time.hooks()
    ) as client:
        asset = await client.image.text_to_image(prompt="fox")
        assert asset.id == "a1"
        post5xx = api.post("/v2/video/reference-to-video").mock(return_value=httpx.Response(502))
        with pytest.raises(InternalServerError):
            await client.video.reference_to_video(image_urls=["https://x/y.png"], prompt="p")
    assert route.call_count == 2 and post5xx.call_count == 1 and fake_time.sleeps == [2.0]
