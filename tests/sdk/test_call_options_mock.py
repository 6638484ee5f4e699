"""Per-call extras against the stateful mock: what it records is what was sent, for a JSON
and a multipart body, sync and async (the mock reads the body as the real API would)."""

from __future__ import annotations

import pytest

from vimmerse.testing import MockAPI


def test_extras_reach_the_mock(vimmerse_mock: MockAPI) -> None:
    client = vimmerse_mock.client
    asset = client.image.text_to_image(
        prompt="fox",
        quantity=1,
        extra_body={"quantity": 2},
        extra_headers={"X-Trace": "t-1"},
        extra_query={"trace": "q-1"},
    )
    (sent,) = vimmerse_mock.requests("text_to_image")
    assert sent.json == {"prompt": "fox", "quantity": 2}
    assert sent.headers["x-trace"] == "t-1" and sent.query == {"trace": "q-1"}
    assert len(asset.results or []) == 2  # the mock made what the extra asked for
    client.media.create(prompt="walk", title="t", extra_body={"title": "from-extra"})
    (media,) = vimmerse_mock.requests("create_media")
    assert media.json == {"prompt": "walk", "title": "from-extra"}


@pytest.mark.anyio
async def test_async_extras_reach_the_mock(vimmerse_mock: MockAPI) -> None:
    async with vimmerse_mock.async_client() as client:
        await client.image.text_to_image(prompt="fox", extra_body={"quantity": 2})
        await client.media.create(prompt="walk", extra_body={"title": "from-extra"})
    (sent,) = vimmerse_mock.requests("text_to_image")
    assert sent.json == {"prompt": "fox", "quantity": 2}
    (media,) = vimmerse_mock.requests("create_media")
    assert media.json == {"prompt": "walk", "title": "from-extra"}
