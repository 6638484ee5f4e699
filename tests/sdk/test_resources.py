"""Generated methods: typed results, unwrapping, raw responses, files, waiting."""

from __future__ import annotations

import io
import json
from pathlib import Path

import httpx
import pytest
import respx

from tests.sdk.helpers import FakeTime, asset_json, media_json
from vimmerse import (
    AsyncVimmerse,
    JobFailedError,
    RawResponse,
    Vimmerse,
    VimmerseError,
    asset_url,
)
from vimmerse.models.asset import Asset
from vimmerse.models.media import Media
from vimmerse_core._polling import DEFAULT_POLL_INTERVAL, POLL_BACKOFF

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def test_text_routes_return_the_json_string(client: Vimmerse, api: respx.MockRouter) -> None:
    route = api.post("/v2/text/refine-prompt").mock(
        return_value=httpx.Response(200, json="A better prompt")
    )
    assert client.text.refine_prompt(prompt="shoes") == "A better prompt"
    assert json.loads(route.calls.last.request.content) == {"prompt": "shoes"}


def test_media_routes_are_unwrapped(client: Vimmerse, api: respx.MockRouter) -> None:
    api.get("/media/m1").mock(
        return_value=httpx.Response(200, json={"data": {"data": media_json()}})
    )
    api.get("/media/m2").mock(return_value=httpx.Response(200, json={"data": media_json("m2")}))
    api.get("/media/m1/processing-status").mock(
        return_value=httpx.Response(
            200, json={"data": {"progress_percentage": "40", "processing_status": "x"}}
        )
    )
    once, twice = client.media.get("m2"), client.media.get("m1")
    assert isinstance(once, Media) and once.id == "m2"
    assert isinstance(twice, Media) and twice.id == "m1"
    assert client.media.get_processing_status("m1").progress_percentage == "40"


def test_raw_response_gives_status_headers_and_body(
    client: Vimmerse, api: respx.MockRouter
) -> None:
    api.post("/v2/image/text-2-image").mock(
        return_value=httpx.Response(200, json=asset_json(), headers={"X-Request-Id": "r1"})
    )
    raw = client.with_raw_response.image.text_to_image(prompt="fox")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200 and raw.headers["X-Request-Id"] == "r1"
    assert raw.json()["id"] == "a1" and b'"a1"' in raw.content
    parsed = raw.parse()
    assert isinstance(parsed, Asset) and parsed.id == "a1"
    # and the plain method still answers the model
    assert isinstance(client.image.text_to_image(prompt="fox"), Asset)


@pytest.mark.anyio
async def test_async_raw_response(async_client: AsyncVimmerse, api: respx.MockRouter) -> None:
    api.get("/media/m1").mock(return_value=httpx.Response(200, json={"data": media_json()}))
    raw = await async_client.with_raw_response.media.get("m1")
    assert raw.status_code == 200 and raw.parse().id == "m1"


@pytest.mark.parametrize("kind", ["path", "bytes", "fileobj"])
def test_upload_accepts_path_bytes_or_file(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path, kind: str
) -> None:
    route = api.post("/v2/image").mock(
        return_value=httpx.Response(
            200, json=asset_json(results=["https://media.test/u/photo.png"])
        )
    )
    path = tmp_path / "photo.png"
    path.write_bytes(PNG)
    value: object = {"path": path, "bytes": PNG, "fileobj": io.BytesIO(PNG)}[kind]
    asset = client.image.upload(value)  # type: ignore[arg-type]
    assert asset_url(asset) == "https://media.test/u/photo.png"
    body = route.calls.last.request.content
    assert b'name="image_file"' in body and PNG in body
    assert b"Content-Type: image/png" in body  # from the name, or sniffed from the bytes
    assert b"boundary=+++" not in route.calls.last.request.headers["content-type"].encode()


@pytest.mark.parametrize(
    "thing", [{"results": ["u"]}, "an id", object(), Media.from_dict(media_json(percent=0))]
)
def test_asset_url_of_what_is_no_job_read_whole_is_a_typed_error(thing: object) -> None:
    with pytest.raises(VimmerseError):
        asset_url(thing)  # type: ignore[arg-type]


def test_media_image_files_take_several_files(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    route = api.post("/media").mock(
        return_value=httpx.Response(200, json={"data": media_json(percent=0)})
    )
    first = tmp_path / "start.jpg"
    first.write_bytes(b"\xff\xd8\xff" + b"1" * 10)
    media = client.media.create(image_files=[first, b"\xff\xd8\xff222"], prompt="walk")
    assert media.id == "m1"
    body = route.calls.last.request.content
    assert body.count(b'name="image_files"') == 2
    assert b'filename="start.jpg"' in body and b"Content-Type: image/jpeg" in body


def test_upload_streams_the_file_in_chunks(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    """The file is read in httpx's 64 KiB chunks while sending, never whole."""
    reads: list[int] = []

    class Spy(io.FileIO):
        def read(self, size: int | None = -1) -> bytes:
            reads.append(-1 if size is None else size)
            return super().read(size)

    big = tmp_path / "clip.mp4"
    with big.open("wb") as f:
        f.truncate(5 * 1024 * 1024)  # sparse: 5 MiB of zeros without writing them
    seen: dict[str, int] = {}

    def check(request: httpx.Request) -> httpx.Response:
        seen["length"] = int(request.headers["content-length"])
        return httpx.Response(200, json=asset_json())

    api.post("/v2/video").mock(side_effect=check)
    with Spy(big, "rb") as spy:
        client.video.upload(spy)
    assert seen["length"] > 5 * 1024 * 1024  # Content-Length known up front, from fstat
    data_reads = [n for n in reads if n != 16]  # 16 = the MIME sniff
    # httpx pulled the file chunk by chunk while encoding the body (respx then buffers the
    # request to match it, which a real transport does not).
    assert max(data_reads) <= 64 * 1024 and len(data_reads) >= (5 * 1024 * 1024) // (64 * 1024)


def test_files_opened_from_paths_are_closed(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    api.post("/v2/image").mock(return_value=httpx.Response(200, json=asset_json()))
    opened: list[io.BufferedReader] = []
    path = tmp_path / "a.png"
    path.write_bytes(PNG)
    import vimmerse_core._files as files

    real_open = open

    def spy_open(*args: object, **kwargs: object) -> io.BufferedReader:
        handle = real_open(*args, **kwargs)  # type: ignore[call-overload]
        opened.append(handle)
        return handle  # type: ignore[no-any-return]

    files.open = spy_open  # type: ignore[attr-defined]
    try:
        client.image.upload(path)
    finally:
        del files.open  # type: ignore[attr-defined]
    assert opened and all(h.closed for h in opened)


def test_wait_true_sets_async_mode_and_polls(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    post = api.post("/v2/image/text-2-image").mock(
        return_value=httpx.Response(200, json=asset_json(status="processing", results=[]))
    )
    poll = api.get("/asset/a1").mock(
        side_effect=[
            httpx.Response(200, json=asset_json(status="processing", results=[])),
            httpx.Response(200, json=asset_json(status="success")),
        ]
    )
    asset = client.image.text_to_image(prompt="fox", wait=True)
    assert json.loads(post.calls.last.request.content)["async_mode"] is True
    assert asset.results == ["https://media.test/out/a1.png"]
    assert poll.call_count == 2
    assert fake_time.sleeps == [DEFAULT_POLL_INTERVAL, DEFAULT_POLL_INTERVAL * POLL_BACKOFF]


def test_wait_true_raises_when_the_job_fails(client: Vimmerse, api: respx.MockRouter) -> None:
    api.post("/v2/image/text-2-image").mock(
        return_value=httpx.Response(200, json=asset_json(status="processing"))
    )
    api.get("/asset/a1").mock(
        return_value=httpx.Response(200, json=asset_json(status="fail", results=[]))
    )
    with pytest.raises(JobFailedError) as info:
        client.image.text_to_image(prompt="fox", wait=True)
    assert info.value.job_id == "a1" and isinstance(info.value.result, Asset)


@pytest.mark.anyio
async def test_async_generation_and_upload(
    async_client: AsyncVimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    route = api.post("/v2/image").mock(return_value=httpx.Response(200, json=asset_json()))
    path = tmp_path / "p.png"
    path.write_bytes(PNG * 2000)
    asset = await async_client.image.upload(path)  # file reads happen in a worker thread
    assert asset.id == "a1" and PNG * 2000 in route.calls.last.request.content
    await async_client.close()


def test_raw_response_refuses_to_wait(client: Vimmerse, api: respx.MockRouter) -> None:
    post = api.post("/v2/image/text-2-image").mock(
        return_value=httpx.Response(200, json=asset_json(status="processing", results=[]))
    )
    with pytest.raises(TypeError, match="cannot wait=True"):
        client.with_raw_response.image.text_to_image(prompt="fox", wait=True)
    assert not post.called  # refused before anything was sent


@pytest.mark.anyio
async def test_async_raw_response_refuses_to_wait(
    async_client: AsyncVimmerse, api: respx.MockRouter
) -> None:
    with pytest.raises(TypeError, match="cannot wait=True"):
        await async_client.with_raw_response.image.text_to_image(prompt="fox", wait=True)
