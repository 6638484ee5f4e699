"""Nothing untyped escapes: every 2xx answer the SDK cannot read (malformed JSON, nested too
deep, not UTF-8, larger than the cap, of the wrong shape) is an ``APIResponseValidationError``
with the status, a bounded excerpt and the job's id where one is known, in ``get``,
``wait``, downloads and raw ``.parse()``, sync and async."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest
import respx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sdk.helpers import asset_json
from vimmerse import APIResponseValidationError, AsyncVimmerse, BadRequestError, Vimmerse
from vimmerse_core import _json
from vimmerse_core._body import MAX_ANSWER_BYTES
from vimmerse_core._response import EXCERPT_CHARS

DEEP = b"[" * (_json.MAX_DEPTH + 1) + b"]" * (_json.MAX_DEPTH + 1)
# Deep enough that json.loads itself would raise RecursionError (the bug this guards).
ABYSS = b'{"id": "a1", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"

# (what, body): answers no job id can be read from.
UNREADABLE = [
    ("malformed", b'{"id": "a1", "status": '),
    ("deep", DEEP),
    ("abyss", ABYSS),
    ("not utf-8", b'{"id": "\xff\xfe", "status": "success"}'),
    ("a list", b"[1, 2]"),
    ("empty", b""),
]
# (what, body): answers that name the job they created, and then fail to parse.
WRONG_SHAPE = [
    ("no status", json.dumps({"id": "a9"}).encode()),
    ("args not an object", json.dumps({**asset_json("a9"), "args": "x"}).encode()),
]


def _answer(api: respx.MockRouter, route: str, body: bytes) -> None:
    api.get(route).mock(
        return_value=httpx.Response(200, content=body, headers={"Content-Type": "application/json"})
    )


def _check(err: APIResponseValidationError, body: bytes, job_id: str | None) -> None:
    assert err.status_code == 200
    assert err.job_id == job_id
    # The body's first characters, bounded (an undecodable byte shown as U+FFFD).
    assert err.excerpt == body.decode("utf-8", "replace")[:EXCERPT_CHARS]
    assert "\n" not in str(err) and "could not be read" in str(err)


@pytest.mark.parametrize(("what", "body"), UNREADABLE + WRONG_SHAPE, ids=lambda x: str(x)[:20])
def test_get_raises_the_typed_error(
    client: Vimmerse, api: respx.MockRouter, what: str, body: bytes
) -> None:
    _answer(api, "/asset/a1", body)
    with pytest.raises(APIResponseValidationError) as caught:
        client.assets.get("a1")
    _check(caught.value, body, "a9" if (what, body) in WRONG_SHAPE else None)


@pytest.mark.parametrize(("what", "body"), UNREADABLE + WRONG_SHAPE, ids=lambda x: str(x)[:20])
def test_raw_parse_raises_the_typed_error(
    client: Vimmerse, api: respx.MockRouter, what: str, body: bytes
) -> None:
    _answer(api, "/asset/a1", body)
    raw = client.with_raw_response.assets.get("a1")
    with pytest.raises(APIResponseValidationError) as caught:
        raw.parse()
    _check(caught.value, body, "a9" if (what, body) in WRONG_SHAPE else None)
    if (what, body) in UNREADABLE and what != "a list":
        with pytest.raises(APIResponseValidationError):
            raw.json()


@pytest.mark.parametrize(("what", "body"), UNREADABLE, ids=lambda x: str(x)[:20])
def test_a_wait_names_the_job_it_was_following(
    client: Vimmerse, api: respx.MockRouter, what: str, body: bytes
) -> None:
    _answer(api, "/asset/a1", body)
    with pytest.raises(APIResponseValidationError) as caught:
        client.assets.wait("a1")
    _check(caught.value, body, "a1")


@pytest.mark.parametrize(("what", "body"), UNREADABLE, ids=lambda x: str(x)[:20])
def test_a_media_wait_names_the_job_it_was_following(
    client: Vimmerse, api: respx.MockRouter, what: str, body: bytes
) -> None:
    _answer(api, "/media/m1/processing-status", body)
    with pytest.raises(APIResponseValidationError) as caught:
        client.media.wait("m1")
    assert caught.value.job_id == "m1"


def test_a_submit_whose_answer_fails_to_parse_names_the_job_it_created(
    client: Vimmerse, api: respx.MockRouter
) -> None:
    api.post("/v2/image/text-2-image").mock(
        return_value=httpx.Response(200, json={"id": "a7", "results": 5})
    )
    with pytest.raises(APIResponseValidationError) as caught:
        client.image.text_to_image(prompt="fox", wait=True)
    assert caught.value.job_id == "a7"  # charged: the caller can still follow it


@pytest.mark.parametrize("bad_id", ["", ".."])
def test_a_submit_answering_an_id_no_poll_can_name_is_the_servers_fault(
    client: Vimmerse, async_client: AsyncVimmerse, api: respx.MockRouter, bad_id: str
) -> None:
    # Not the caller's InvalidPathParameterError: the answer was unreadable as a job.
    route = api.post("/v2/image/text-2-image").mock(
        return_value=httpx.Response(200, json=asset_json(bad_id, status="processing"))
    )
    with pytest.raises(APIResponseValidationError, match="names no job to follow"):
        client.image.text_to_image(prompt="fox", wait=True)

    async def submit() -> None:
        await async_client.image.text_to_image(prompt="fox", wait=True)

    with pytest.raises(APIResponseValidationError, match="names no job to follow"):
        asyncio.run(submit())
    assert route.call_count == 2  # and nothing was polled


def test_a_media_answer_wrapped_twice_still_names_its_job(
    client: Vimmerse, api: respx.MockRouter
) -> None:
    api.post("/media").mock(
        return_value=httpx.Response(200, json={"data": {"data": {"id": "m5", "title": 3}}})
    )
    with pytest.raises(APIResponseValidationError) as caught:
        client.media.create(prompt="walk")
    assert caught.value.job_id == "m5"


def test_a_download_by_id_raises_the_typed_error(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    _answer(api, "/asset/a1", DEEP)
    with pytest.raises(APIResponseValidationError) as caught:
        client.assets.download("a1", tmp_path)
    assert caught.value.job_id == "a1"
    assert list(tmp_path.iterdir()) == []


def test_an_answer_over_the_cap_keeps_an_excerpt(client: Vimmerse, api: respx.MockRouter) -> None:
    chunk = b"x" * 65536
    chunks = [b'{"id": "a1", "pad": "', *[chunk] * (MAX_ANSWER_BYTES // len(chunk) + 1), b'"}']
    # Streamed without a Content-Length: the cap is found while reading.
    api.get("/asset/a1").mock(return_value=httpx.Response(200, content=iter(chunks)))
    with pytest.raises(APIResponseValidationError) as caught:
        client.assets.wait("a1")
    assert caught.value.job_id == "a1"
    assert caught.value.excerpt == '{"id": "a1", "pad": "'


def test_an_answer_declared_over_the_cap_is_not_read(
    client: Vimmerse, api: respx.MockRouter
) -> None:
    body = b'{"id": "a1", "pad": "' + b"x" * MAX_ANSWER_BYTES + b'"}'
    _answer(api, "/asset/a1", body)
    with pytest.raises(APIResponseValidationError) as caught:
        client.assets.get("a1")
    assert caught.value.status_code == 200
    assert caught.value.excerpt == ""  # refused on its Content-Length, before a byte


@pytest.mark.anyio
@pytest.mark.parametrize(("what", "body"), UNREADABLE + WRONG_SHAPE, ids=lambda x: str(x)[:20])
async def test_async_get_wait_and_raw_raise_the_typed_error(
    async_client: AsyncVimmerse, api: respx.MockRouter, what: str, body: bytes
) -> None:
    _answer(api, "/asset/a1", body)
    _answer(api, "/media/m1/processing-status", body)
    with pytest.raises(APIResponseValidationError):
        await async_client.assets.get("a1")
    with pytest.raises(APIResponseValidationError) as caught:
        await async_client.assets.wait("a1")
    assert caught.value.job_id == "a1"  # the job the wait follows, whatever the body says
    raw = await async_client.with_raw_response.assets.get("a1")
    with pytest.raises(APIResponseValidationError):
        raw.parse()
    if (what, body) in UNREADABLE:
        with pytest.raises(APIResponseValidationError) as caught:
            await async_client.media.wait("m1")
        assert caught.value.job_id == "m1"


def test_an_error_status_with_a_deep_body_is_still_a_status_error(
    client: Vimmerse, api: respx.MockRouter
) -> None:
    api.get("/asset/a1").mock(return_value=httpx.Response(400, content=ABYSS))
    with pytest.raises(BadRequestError) as caught:
        client.assets.get("a1")
    assert isinstance(caught.value.body, str)  # kept as text, not decoded


def test_the_key_echoed_in_an_unreadable_answer_is_redacted(api: respx.MockRouter) -> None:
    key = "vk_echoed_secret_0123456789"
    with Vimmerse(api_key=key, base_url="https://api.test.vimmerse.net") as client:
        _answer(api, "/asset/a1", f'{{"id": "a1", "key": "{key}", '.encode())
        with pytest.raises(APIResponseValidationError) as caught:
            client.assets.get("a1")
    assert key not in caught.value.excerpt and key not in str(caught.value)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    body=st.one_of(
        st.binary(max_size=200),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=5),
            lambda inner: (
                st.lists(inner, max_size=3)
                | st.dictionaries(st.text(max_size=4), inner, max_size=3)
            ),
            max_leaves=20,
        ).map(lambda v: json.dumps(v).encode()),
        st.fixed_dictionaries(
            {"id": st.just("a1")},
            optional={
                "status": st.integers() | st.text(max_size=3),
                "results": st.integers() | st.lists(st.integers(), max_size=2),
                "args": st.text(max_size=3) | st.integers(),
            },
        ).map(lambda v: json.dumps(v).encode()),
    )
)
def test_any_answer_parses_or_raises_the_typed_error(
    client: Vimmerse, api: respx.MockRouter, body: bytes
) -> None:
    _answer(api, "/asset/a1", body)
    try:
        client.assets.get("a1")
    except APIResponseValidationError as err:
        assert err.status_code == 200 and len(err.excerpt) <= EXCERPT_CHARS


@pytest.mark.parametrize(
    ("body", "deep"),
    [
        (b"[" * _json.MAX_DEPTH + b"]" * _json.MAX_DEPTH, False),
        (DEEP, True),
        (b'[{"a": ' * 101 + b"1" + b"}]" * 101, True),  # 202 levels, arrays and objects
        (b'{"a": "' + b"[" * 500 + b'"}', False),  # brackets in a string are text
        (b'{"a": "\\"' + b"[" * 500 + b'", "b": [' + b"1]}", False),  # ... after an escape
        (b'{"a": "\\\\", "b": ' + b"[" * 201 + b"]" * 201 + b"}", True),  # ... \\ ends it
    ],
)
def test_the_depth_cap_counts_structure_only(body: bytes, deep: bool) -> None:
    assert _json.too_deep(body) is deep
    if not deep:
        json.loads(body)  # each case is valid JSON: the cap only refuses depth
