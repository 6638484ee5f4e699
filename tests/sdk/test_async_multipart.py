"""Multipart bodies are sent whole: with an empty field, and with no field at all.

Regression: the threaded body stream used b"" as its end marker, so an empty field (the
default ``title=""`` of ``media.create``) ended the body early, short of its
Content-Length, and every async ``media.create`` with files failed.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import respx

from tests.sdk.helpers import media_json
from vimmerse import AsyncVimmerse, Vimmerse

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.mark.anyio
async def test_media_create_sends_every_part(
    async_client: AsyncVimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.png", tmp_path / "second.png"
    first.write_bytes(PNG)
    second.write_bytes(PNG[::-1])
    bodies: list[bytes] = []

    def record(request: httpx.Request) -> httpx.Response:
        bodies.append(request.read())
        assert len(bodies[-1]) == int(request.headers["content-length"])
        return httpx.Response(200, json={"data": media_json()})

    api.post("/media").mock(side_effect=record)
    async with async_client:
        media = await async_client.media.create(image_files=[first, second], prompt="walk")
    assert media.id == "m1"
    [body] = bodies
    assert body.count(b'name="image_files"') == 2
    assert PNG in body and PNG[::-1] in body
    assert b'name="prompt"' in body and b"walk" in body
    assert b'name="title"' not in body  # not given: the server's default applies


def test_an_empty_form_still_sends_a_multipart_body(
    client: Vimmerse, api: respx.MockRouter
) -> None:
    # Every field of /media/upload is optional, but the body itself is required: httpx
    # would send no body at all for an empty form.
    route = api.post("/media/upload").mock(
        return_value=httpx.Response(200, json={"data": media_json()})
    )
    client.media.upload()
    request = route.calls.last.request
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=")[1]
    assert request.read() == f"--{boundary}--\r\n".encode()
