"""Downloads stream to disk atomically and report progress."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx

from tests.sdk.helpers import API_KEY, asset_json
from vimmerse import APIConnectionError, AsyncVimmerse, NotFoundError, Vimmerse, VimmerseError
from vimmerse._download import IncompleteDownloadError

VIDEO = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 1000


def chunks(data: bytes, size: int = 65536) -> Iterator[bytes]:
    for i in range(0, len(data), size):
        yield data[i : i + size]


def test_media_download_streams_to_the_file(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    route = api.get("/media/m1/download").mock(
        return_value=httpx.Response(
            200,
            content=chunks(VIDEO),
            headers={"Content-Type": "video/mp4", "Content-Length": str(len(VIDEO))},
        )
    )
    progress: list[tuple[int, int | None]] = []
    path = client.media.download(
        "m1", tmp_path / "out.mp4", object_type="bullet_video_mp4", motion_type="Auto1",
        on_progress=lambda done, total: progress.append((done, total)),
    )  # fmt: skip
    assert path == tmp_path / "out.mp4" and path.read_bytes() == VIDEO
    assert route.calls.last.request.url.params["motion_type"] == "Auto1"
    # The route answers a file, not JSON: a server honouring Accept would refuse JSON (406).
    assert route.calls.last.request.headers["accept"] == "*/*"
    assert progress[-1] == (len(VIDEO), len(VIDEO)) and len(progress) > 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.mp4"]


def test_download_into_a_directory_names_the_file(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    api.get("/media/m1/download").mock(
        return_value=httpx.Response(
            200,
            content=VIDEO,
            headers={"Content-Disposition": 'attachment; filename="../bullet video.mp4"'},
        )
    )
    path = client.media.download("m1", tmp_path)
    assert path.parent == tmp_path and path.name == "bullet_video.mp4"


def test_a_truncated_download_leaves_no_file(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    api.get("/media/m1/download").mock(
        return_value=httpx.Response(
            200, content=chunks(VIDEO[:1000]), headers={"Content-Length": str(len(VIDEO))}
        )
    )
    target = tmp_path / "out.mp4"
    target.write_bytes(b"previous")
    with pytest.raises((IncompleteDownloadError, APIConnectionError)):
        client.media.download("m1", target)
    assert target.read_bytes() == b"previous"  # the old file is untouched, no partial content
    assert [p.name for p in tmp_path.iterdir()] == ["out.mp4"]  # and no temp file is left


def test_a_connection_drop_mid_body_leaves_no_file(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    def broken() -> Iterator[bytes]:
        yield VIDEO[:5000]
        raise httpx.ReadError("connection reset")

    api.get("/media/m1/download").mock(return_value=httpx.Response(200, content=broken()))
    with pytest.raises(APIConnectionError):
        client.media.download("m1", tmp_path / "out.mp4")
    assert list(tmp_path.iterdir()) == []


def test_download_errors_are_raised(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    api.get("/media/m1/download").mock(
        return_value=httpx.Response(404, json={"message": "NOT_FOUND"})
    )
    with pytest.raises(NotFoundError):
        client.media.download("m1", tmp_path / "x.mp4")
    assert list(tmp_path.iterdir()) == []


def test_asset_download_fetches_every_result_without_the_key(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    urls = [
        "https://cdn.test/out/one.png",
        "https://cdn.test/other/one.png",
        "https://cdn.test/out/two.png",
    ]
    api.get("/asset/a1").mock(return_value=httpx.Response(200, json=asset_json(results=urls)))
    cdn = [
        api.get(url).mock(return_value=httpx.Response(200, content=f"img{i}".encode()))
        for i, url in enumerate(urls)
    ]
    paths = client.assets.download("a1", tmp_path / "out")
    assert [p.read_bytes() for p in paths] == [b"img0", b"img1", b"img2"]
    assert len(set(paths)) == 3  # same basename twice: the second gets a suffix
    for route in cdn:
        assert "x-api-key" not in route.calls.last.request.headers
    assert all(API_KEY not in str(route.calls.last.request.headers) for route in cdn)


def test_asset_download_requires_a_finished_asset(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    api.get("/asset/a1").mock(
        return_value=httpx.Response(200, json=asset_json(status="processing"))
    )
    with pytest.raises(VimmerseError, match="not finished"):
        client.assets.download("a1", tmp_path)


def test_raw_download_keeps_headers_and_writes_the_file(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    api.get("/media/m1/download").mock(
        return_value=httpx.Response(200, content=VIDEO, headers={"X-Id": "7"})
    )
    raw = client.with_raw_response.media.download("m1", tmp_path / "v.mp4")
    assert raw.headers["X-Id"] == "7" and raw.content == VIDEO
    assert raw.parse().read_bytes() == VIDEO


@pytest.mark.anyio
async def test_async_downloads(
    async_client: AsyncVimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    api.get("/media/m1/download").mock(return_value=httpx.Response(200, content=VIDEO))
    path = await async_client.media.download("m1", tmp_path / "a.mp4")
    assert path.read_bytes() == VIDEO
    api.get("/asset/a1").mock(
        return_value=httpx.Response(200, json=asset_json(results=["https://cdn.test/x.png"]))
    )
    api.get("https://cdn.test/x.png").mock(return_value=httpx.Response(200, content=b"png"))
    [one] = await async_client.assets.download("a1", tmp_path / "assets")
    assert one.read_bytes() == b"png"
