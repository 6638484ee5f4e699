"""Downloads stream to disk atomically and report progress."""

from __future__ import annotations

import errno
import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx

from tests.sdk.helpers import API_KEY, asset_json
from vimmerse import APIConnectionError, AsyncVimmerse, NotFoundError, Vimmerse, VimmerseError
from vimmerse_core._download import IncompleteDownloadError

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
    # The server's name, made safe, with the media's id in front: unique per job.
    assert path.parent == tmp_path and path.name == "m1-bullet_video.mp4"


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


def _cdn_asset(api: respx.MockRouter, asset_id: str, url: str, body: bytes) -> None:
    api.get(f"/asset/{asset_id}").mock(
        return_value=httpx.Response(200, json=asset_json(asset_id, results=[url]))
    )
    api.get(url).mock(return_value=httpx.Response(200, content=body))


def test_two_jobs_with_the_same_file_name_keep_both_files(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    _cdn_asset(api, "a1", "https://cdn.test/a1/0.png", b"first")
    [first] = client.assets.download("a1", tmp_path)
    _cdn_asset(api, "a2", "https://cdn.test/a2/0.png", b"second")
    [second] = client.assets.download("a2", tmp_path)
    assert (first.name, second.name) == ("a1-0.png", "a2-0.png")
    assert (first.read_bytes(), second.read_bytes()) == (b"first", b"second")


def test_a_download_never_replaces_an_existing_file(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    api.get("/media/m1/download").mock(return_value=httpx.Response(200, content=VIDEO))
    mine = tmp_path / "out.mp4"
    mine.write_bytes(b"mine")
    path = client.media.download("m1", mine)
    assert mine.read_bytes() == b"mine"
    assert path == tmp_path / "out-1.mp4" and path.read_bytes() == VIDEO
    _cdn_asset(api, "a1", "https://cdn.test/x/0.png", b"png")
    (tmp_path / "a1-0.png").write_bytes(b"kept")
    [again] = client.assets.download("a1", tmp_path)
    assert again.name == "a1-0-1.png" and (tmp_path / "a1-0.png").read_bytes() == b"kept"


def test_a_server_cannot_name_a_file_the_caller_has(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    # Content-Disposition names a module of the working directory: it never lands as such.
    (tmp_path / "httpx.py").write_text("# mine")
    api.get("/media/m1/download").mock(
        return_value=httpx.Response(
            200, content=b"x = 1", headers={"Content-Disposition": "attachment; filename=httpx.py"}
        )
    )
    path = client.media.download("m1", tmp_path)
    assert path.name == "m1-httpx.py" and (tmp_path / "httpx.py").read_text() == "# mine"


def test_without_hard_links_a_download_still_never_replaces(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_link(src: str, dst: str) -> None:
        raise OSError(errno.EPERM, "no hard links on this file system")

    monkeypatch.setattr(os, "link", no_link)
    api.get("/media/m1/download").mock(return_value=httpx.Response(200, content=VIDEO))
    (tmp_path / "out.mp4").write_bytes(b"mine")
    path = client.media.download("m1", tmp_path / "out.mp4")
    assert path.name == "out-1.mp4" and path.read_bytes() == VIDEO
    assert (tmp_path / "out.mp4").read_bytes() == b"mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out-1.mp4", "out.mp4"]


@pytest.mark.parametrize("slash", sorted({"/", os.sep}))
def test_a_trailing_slash_means_a_folder(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path, slash: str
) -> None:
    api.get("/media/m1/download").mock(
        return_value=httpx.Response(200, content=VIDEO, headers={"Content-Type": "video/mp4"})
    )
    path = client.media.download("m1", f"{tmp_path / 'o3'}{slash}")
    assert path.parent == tmp_path / "o3" and path.name.startswith("m1-")
    assert path.read_bytes() == VIDEO


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_downloaded_files_follow_the_umask(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path, umask: int
) -> None:
    api.get("/media/m1/download").mock(return_value=httpx.Response(200, content=VIDEO))
    _cdn_asset(api, "a1", "https://cdn.test/x/0.png", b"png")
    previous = os.umask(umask)
    try:
        paths = [client.media.download("m1", tmp_path / "v.mp4")]
        paths += client.assets.download("a1", tmp_path)
    finally:
        os.umask(previous)
    assert {stat.S_IMODE(p.stat().st_mode) for p in paths} == {0o666 & ~umask}


@pytest.mark.anyio
async def test_async_downloads_never_replace_either(
    async_client: AsyncVimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    api.get("/media/m1/download").mock(return_value=httpx.Response(200, content=VIDEO))
    (tmp_path / "a.mp4").write_bytes(b"mine")
    path = await async_client.media.download("m1", tmp_path / "a.mp4")
    assert path.name == "a-1.mp4" and (tmp_path / "a.mp4").read_bytes() == b"mine"
    folder = await async_client.media.download("m1", f"{tmp_path / 'o4'}/")
    assert folder.parent == tmp_path / "o4"


def test_concurrent_downloads_of_one_name_all_keep_their_file(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    api.get("/media/m1/download").mock(return_value=httpx.Response(200, content=VIDEO))
    paths: list[Path] = []
    threads = [
        threading.Thread(
            target=lambda: paths.append(client.media.download("m1", tmp_path / "v.mp4"))
        )
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(paths)) == 8 and sorted(tmp_path.iterdir()) == sorted(paths)
    assert all(p.read_bytes() == VIDEO for p in paths)


def test_a_long_server_name_keeps_its_extension(
    client: Vimmerse, api: respx.MockRouter, tmp_path: Path
) -> None:
    name = "x" * 400 + ".mp4"
    api.get("/media/m1/download").mock(
        return_value=httpx.Response(
            200, content=VIDEO, headers={"Content-Disposition": f"attachment; filename={name}"}
        )
    )
    path = client.media.download("m1", tmp_path)
    assert path.suffix == ".mp4" and path.name.startswith("m1-") and len(path.name) <= 200
