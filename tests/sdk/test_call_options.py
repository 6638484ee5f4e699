"""Per-call options (``extra_headers``, ``extra_query``, ``extra_body``, ``timeout``) reach the
wire exactly, for JSON, form and multipart bodies, sync, async and raw; a call's timeout is
its own (deadline included) and does not leak to the next call; a caller's ``http_client``
keeps its own timeout unless one is given."""

from __future__ import annotations

import json
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from tests.sdk.helpers import API_KEY, BASE_URL, asset_json, media_json
from vimmerse import AsyncVimmerse, BadRequestError, Vimmerse
from vimmerse_core import _deadline
from vimmerse_core._logs import REDACTED
from vimmerse_core._request_options import RequestOptions


def _multipart(request: httpx.Request) -> list[tuple[str, bytes]]:
    head = f"Content-Type: {request.headers['Content-Type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.content)
    parts = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        parts.append((str(part.get_param("name", header="content-disposition")), payload))
    return parts


def _text_to_image(api: respx.MockRouter) -> respx.Route:
    return api.post("/v2/image/text-2-image").mock(
        return_value=httpx.Response(200, json=asset_json())
    )


EXTRAS: dict[str, Any] = {
    "extra_headers": {"X-Trace": "t-1", "content-type": "application/json; charset=utf-8"},
    "extra_query": {"beta": "1"},
    "extra_body": {"seed": 7, "quantity": 3},
}


def _check_json_call(request: httpx.Request) -> None:
    # The extra field joins the body, and one of the same name replaces the SDK's.
    assert json.loads(request.content) == {"prompt": "fox", "quantity": 3, "seed": 7}
    assert request.url.params["beta"] == "1"
    assert request.headers["X-Trace"] == "t-1"
    # A header of the same name, in any case, replaces the SDK's rather than doubling it.
    assert request.headers.get_list("Content-Type") == ["application/json; charset=utf-8"]


def test_extras_reach_a_json_call(client: Vimmerse, api: respx.MockRouter) -> None:
    post = _text_to_image(api)
    client.image.text_to_image(prompt="fox", quantity=1, **EXTRAS)
    _check_json_call(post.calls.last.request)


def test_extras_reach_a_raw_call(client: Vimmerse, api: respx.MockRouter) -> None:
    post = _text_to_image(api)
    raw = client.with_raw_response.image.text_to_image(prompt="fox", quantity=1, **EXTRAS)
    assert raw.parse().id == "a1"
    _check_json_call(post.calls.last.request)


@pytest.mark.anyio
async def test_extras_reach_an_async_call_and_its_raw_twin(
    async_client: AsyncVimmerse, api: respx.MockRouter
) -> None:
    post = _text_to_image(api)
    await async_client.image.text_to_image(prompt="fox", quantity=1, **EXTRAS)
    _check_json_call(post.calls.last.request)
    raw = await async_client.with_raw_response.image.text_to_image(
        prompt="fox", quantity=1, **EXTRAS
    )
    assert raw.status_code == 200
    _check_json_call(post.calls.last.request)


def _check_multipart_call(request: httpx.Request) -> None:
    parts = _multipart(request)
    # The extra replaces the SDK's `title` part; lists repeat, objects travel as JSON.
    assert sorted(name for name, _ in parts) == ["meta", "prompt", "tags", "tags", "title"]
    fields = dict(parts)
    assert fields["title"] == b"from-extra"
    assert fields["prompt"] == b"walk"
    assert json.loads(fields["meta"]) == {"a": 1}
    assert [v for n, v in parts if n == "tags"] == [b"x", b"y"]


MULTIPART_EXTRAS: dict[str, Any] = {"title": "from-extra", "tags": ["x", "y"], "meta": {"a": 1}}


def test_extra_body_joins_a_multipart_body(client: Vimmerse, api: respx.MockRouter) -> None:
    post = api.post("/media").mock(return_value=httpx.Response(200, json={"data": media_json()}))
    client.media.create(prompt="walk", title="t", extra_body=MULTIPART_EXTRAS)
    _check_multipart_call(post.calls.last.request)


@pytest.mark.anyio
async def test_extra_body_joins_an_async_multipart_body(
    async_client: AsyncVimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    post = api.post("/media").mock(return_value=httpx.Response(200, json={"data": media_json()}))
    image = tmp_path / "a.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    await async_client.media.create([image], prompt="walk", title="t", extra_body=MULTIPART_EXTRAS)
    request = post.calls.last.request
    assert "image_files" in [name for name, _ in _multipart(request)]
    files_left_out = [p for p in _multipart(request) if p[0] != "image_files"]
    assert sorted(n for n, _ in files_left_out) == ["meta", "prompt", "tags", "tags", "title"]


def test_extra_body_joins_a_form_body(client: Vimmerse, api: respx.MockRouter) -> None:
    # No operation of this spec sends a urlencoded form; the golden spec's builders do, and
    # they hand the runtime a `data` dict, as here.
    post = api.post("/form").mock(return_value=httpx.Response(204))
    extras = RequestOptions(extra_body={"b": True, "c": ["1", "2"], "a": "new", "gone": None})
    client._send({"method": "post", "url": "/form", "data": {"a": "old", "k": "v"}}, call=extras)
    sent = httpx.QueryParams(post.calls.last.request.content.decode())
    assert sorted(sent.multi_items()) == [
        ("a", "new"),
        ("b", "true"),
        ("c", "1"),
        ("c", "2"),
        ("k", "v"),
    ]


def test_extra_body_is_the_body_of_a_call_without_one(
    client: Vimmerse, api: respx.MockRouter
) -> None:
    get = api.get("/asset/a1").mock(return_value=httpx.Response(200, json=asset_json()))
    client.assets.get("a1", extra_body={"x": 1})
    request = get.calls.last.request
    assert json.loads(request.content) == {"x": 1}
    assert request.headers["Content-Type"] == "application/json"


def test_extras_go_to_the_polls_of_a_wait_but_not_to_the_cdn(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    api.post("/v2/image/text-2-image").mock(
        return_value=httpx.Response(200, json=asset_json(status="processing"))
    )
    poll = api.get("/asset/a1").mock(return_value=httpx.Response(200, json=asset_json()))
    cdn = api.get("https://media.test/out/a1.png").mock(
        return_value=httpx.Response(200, content=b"png")
    )
    headers = {"X-Api-Key": "vk_other_key_for_this_call", "X-Trace": "t"}
    done = client.image.text_to_image(
        prompt="fox", wait=True, extra_headers=headers, extra_query={"q": "1"}
    )
    polled = poll.calls.last.request
    assert polled.headers["X-Trace"] == "t"
    assert polled.headers["X-Api-Key"] == "vk_other_key_for_this_call"
    assert "q" not in polled.url.params  # the extra query was the submit's
    client.assets.download(done, tmp_path, extra_headers=headers)
    fetched = cdn.calls.last.request
    assert "X-Api-Key" not in fetched.headers and "X-Trace" not in fetched.headers


def test_a_key_sent_per_call_is_redacted_in_errors_and_reprs(
    client: Vimmerse, api: respx.MockRouter
) -> None:
    key = "vk_per_call_secret_42"
    api.get("/asset/a1").mock(return_value=httpx.Response(400, json={"message": f"bad key {key}"}))
    with pytest.raises(BadRequestError) as caught:
        client.assets.get("a1", extra_headers={"X-Api-Key": key})
    assert key not in str(caught.value) and key not in repr(caught.value)
    assert key not in repr(RequestOptions(extra_headers={"x-api-key": key}))
    assert REDACTED in repr(RequestOptions(extra_headers={"x-api-key": key}))


# -- timeouts ------------------------------------------------------------------------------


def _timeouts_seen(
    api: respx.MockRouter,
) -> list[tuple[dict[str, Any], tuple[float, float] | None]]:
    """For each request: the timeout it went out with, and the call's total deadline."""
    seen: list[tuple[dict[str, Any], tuple[float, float] | None]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        deadline = _deadline.deadline_of(request)  # what the call passed down with it
        at, seconds = deadline.at, deadline.seconds
        bound = None if at is None or seconds is None else (at, seconds)
        seen.append((request.extensions["timeout"], bound))
        return httpx.Response(200, json=asset_json())

    api.get("/asset/a1").mock(side_effect=answer)
    return seen


def test_a_per_call_timeout_applies_to_that_call_only(
    client: Vimmerse, api: respx.MockRouter
) -> None:
    seen = _timeouts_seen(api)
    client.assets.get("a1", timeout=7.5)
    client.assets.get("a1")
    (first, first_deadline), (second, second_deadline) = seen
    assert first == {"connect": 7.5, "read": 7.5, "write": 7.5, "pool": 7.5}
    assert first_deadline is not None and first_deadline[1] == 7.5
    assert second["read"] == 600.0  # the client's again
    assert second_deadline is not None and second_deadline[1] == 600.0


@pytest.mark.anyio
async def test_an_async_per_call_timeout_applies_to_that_call_only(
    async_client: AsyncVimmerse, api: respx.MockRouter
) -> None:
    seen = _timeouts_seen(api)
    await async_client.assets.get("a1", timeout=httpx.Timeout(2.0, read=9.0))
    await async_client.assets.get("a1")
    (first, first_deadline), (second, _) = seen
    assert (first["connect"], first["read"]) == (2.0, 9.0)
    assert first_deadline is not None and first_deadline[1] == 9.0  # the longest phase
    assert second["read"] == 600.0


def test_a_per_call_timeout_of_none_lifts_the_deadline(
    client: Vimmerse, api: respx.MockRouter
) -> None:
    seen = _timeouts_seen(api)
    client.assets.get("a1", timeout=None)
    ((timeout, deadline),) = seen
    assert timeout == {"connect": None, "read": None, "write": None, "pool": None}
    assert deadline is None


def test_a_callers_http_client_keeps_its_own_timeout(api: respx.MockRouter) -> None:
    seen = _timeouts_seen(api)
    with httpx.Client(timeout=3) as http:
        client = Vimmerse(api_key=API_KEY, base_url=BASE_URL, http_client=http)
        assert client.timeout == httpx.Timeout(3)
        client.assets.get("a1")
        client.assets.get("a1", timeout=11)
        given = Vimmerse(api_key=API_KEY, base_url=BASE_URL, http_client=http, timeout=5)
        given.assets.get("a1")
    (own, own_deadline), (per_call, _), (constructor, _) = seen
    assert own["read"] == 3.0  # not our 600 s default
    assert own_deadline is not None and own_deadline[1] == 3.0
    assert per_call["read"] == 11.0
    assert constructor["read"] == 5.0


@pytest.mark.anyio
async def test_a_callers_async_http_client_keeps_its_own_timeout(api: respx.MockRouter) -> None:
    seen = _timeouts_seen(api)
    async with httpx.AsyncClient(timeout=4) as http:
        client = AsyncVimmerse(api_key=API_KEY, base_url=BASE_URL, http_client=http)
        await client.assets.get("a1")
    ((own, _),) = seen
    assert own["read"] == 4.0


def test_a_wait_bounds_each_poll_by_the_calls_timeout(
    client: Vimmerse, api: respx.MockRouter
) -> None:
    api.post("/v2/image/text-2-image").mock(
        return_value=httpx.Response(200, json=asset_json(status="processing"))
    )
    seen = _timeouts_seen(api)
    client.image.text_to_image(prompt="fox", wait=True, timeout=12)
    assert [t["read"] for t, _ in seen] == [12.0]


def test_extras_alone_still_make_a_multipart_body(client: Vimmerse, api: respx.MockRouter) -> None:
    post = api.post("/media").mock(return_value=httpx.Response(200, json={"data": media_json()}))
    client.media.create(extra_body={"prompt": "walk", "loop": True})
    request = post.calls.last.request
    assert request.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert _multipart(request) == [("prompt", b"walk"), ("loop", b"true")]
