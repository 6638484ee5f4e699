"""Uploads come back byte-identical; generated PNG/MP4/WAV/GIF files are valid."""

from __future__ import annotations

import io
import json
import os
import wave
from collections.abc import Callable

import pytest
from starlette.testclient import TestClient

from tests.mock.helpers import (
    AUTH,
    PNG,
    T2I,
    aspect,
    asset_path,
    generation_ops,
    gif_size,
    jpeg_size,
    parse_mp3,
    parse_mp4,
    parse_png,
    ratio,
    request_for,
)
from tests.spec.helpers import quantity_of, result_type
from vimmerse_mock import formats
from vimmerse_mock.files import EXTENSIONS
from vimmerse_mock.jobs import FakeClock
from vimmerse_mock.spec import Operation


def test_uploaded_image_is_served_back_byte_identical(client: TestClient) -> None:
    data = formats.png(64, 48, "mine") + os.urandom(1000)  # a PNG header, then anything
    asset = client.post(
        "/v2/image", files={"image_file": ("my photo.png", data, "image/png")}, headers=AUTH
    ).json()
    assert asset["status"] == "success" and asset["mime_type"] == "image/png"
    (url,) = asset["results"]
    served = client.get(url)
    assert served.status_code == 200 and served.content == data
    assert served.headers["content-type"] == "image/png"


def test_uploaded_video_is_served_back_byte_identical(client: TestClient) -> None:
    data = b"\0\0\0\x18ftypisom" + os.urandom(3 * 1024 * 1024 + 7)
    asset = client.post(
        "/v2/video", files={"video_file": ("clip.mp4", data, "video/mp4")}, headers=AUTH
    ).json()
    served = client.get(asset["results"][0])
    assert served.content == data


def test_upload_rejects_what_is_not_an_image(client: TestClient) -> None:
    response = client.post(
        "/v2/image", files={"image_file": ("a.png", b"plain text", "image/png")}, headers=AUTH
    )
    assert response.status_code == 422
    assert [d["loc"] for d in response.json()["detail"]] == [["body", "image_file"]]
    empty = client.post(
        "/v2/image", files={"image_file": ("a.png", b"", "image/png")}, headers=AUTH
    )
    assert empty.status_code == 400


def test_media_source_files_download(client: TestClient, clock: FakeClock) -> None:
    files = [
        ("image_files", ("start.png", PNG, "image/png")),
        ("image_files", ("end.png", PNG + b"2", "image/png")),
    ]
    media = client.post("/media", data={"title": "two"}, files=files, headers=AUTH).json()["data"]
    assert media["is_transition"] == "Yes"
    assert [f["FileName"] for f in media["file_map"]] == ["start.png", "end.png"]
    clock.advance(3600)
    source = client.get(f"/media/{media['id']}/download?object_type=source_files", headers=AUTH)
    assert source.content == PNG


@pytest.mark.parametrize("ratio_text", ["16:9", "9:16", "1:1", "21:9", "4:3"])
def test_generated_png_has_the_requested_aspect_ratio(client: TestClient, ratio_text: str) -> None:
    asset = client.post(
        T2I,
        json={"prompt": "p", "aspect_ratio": ratio_text, quantity_of("text_to_image"): 2},
        headers=AUTH,
    ).json()
    assert len(asset["results"]) == 2
    images = [client.get(url) for url in asset["results"]]
    for image in images:
        assert image.headers["content-type"] == "image/png"
        width, height, colour = parse_png(image.content)
        assert colour == 2
        assert abs(ratio(width, height) - aspect(ratio_text)) < 0.02
    assert images[0].content != images[1].content, "each result is its own image"
    # Served again (from the cache): the same bytes.
    assert client.get(asset["results"][0]).content == images[0].content


def test_background_removal_gives_a_transparent_png(client: TestClient) -> None:
    asset = client.post(
        "/v2/image/replace-background",
        json={"image_url": "u", "option": "RemoveBackground"},
        headers=AUTH,
    ).json()
    _, _, colour = parse_png(client.get(asset["results"][0]).content)
    assert colour == 6  # RGBA


@pytest.mark.parametrize("ratio_text", ["16:9", "9:16", "1:1"])
def test_generated_mp4_is_valid(client: TestClient, ratio_text: str) -> None:
    asset = client.post(
        "/v2/video/reference-to-video",
        json={"image_urls": ["u"], "aspect_ratio": ratio_text, "duration": 3, "async_mode": False},
        headers=AUTH,
    ).json()
    video = client.get(asset["results"][0])
    assert video.headers["content-type"] == "video/mp4"
    info = parse_mp4(video.content)
    assert info["seconds"] == pytest.approx(3.0)
    assert info["frames"] == 3 * formats.VIDEO_FPS
    assert abs(ratio(info["width"], info["height"]) - aspect(ratio_text)) < 0.05


def test_media_download_width(client: TestClient, clock: FakeClock) -> None:
    media_id = client.post("/media", data={"aspect_ratio": "9:16"}, headers=AUTH).json()["data"][
        "id"
    ]
    clock.advance(3600)
    video = client.get(f"/media/{media_id}/download?width=270", headers=AUTH)
    info = parse_mp4(video.content)
    assert info["width"] == 270 and info["height"] == 480


def test_wav_and_gif_are_valid() -> None:
    with wave.open(io.BytesIO(formats.wav(1.5, "seed")), "rb") as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 8000)
        assert w.getnframes() == 12000
        assert any(w.readframes(100))
    data = formats.gif(10, 4, "seed")
    assert data[:6] == b"GIF89a" and data.endswith(b"\x3b")
    assert int.from_bytes(data[6:8], "little") == 10 and int.from_bytes(data[8:10], "little") == 4


def test_unknown_files_are_404(client: TestClient) -> None:
    for url in (
        "/files/assets/nope/0.png",
        "/files/uploads/" + "0" * 32 + "/x.png",
        "/files/media/x/0/0.mp4",
        "/files/../etc/passwd",
    ):
        response = client.get(url)
        assert response.status_code == 404, url


def test_upload_rejects_what_is_not_a_video(client: TestClient) -> None:
    png = client.post(
        "/v2/video", files={"video_file": ("clip.mp4", PNG, "video/mp4")}, headers=AUTH
    )
    assert png.status_code == 422
    assert [d["loc"] for d in png.json()["detail"]] == [["body", "video_file"]]
    mp4 = formats.mp4(32, 18, 1.0, "clip")
    ok = client.post(
        "/v2/video", files={"video_file": ("clip.mp4", mp4, "video/mp4")}, headers=AUTH
    )
    assert ok.status_code == 200 and ok.json()["mime_type"] == "video/mp4"


@pytest.mark.parametrize("op", generation_ops(), ids=lambda op: op.operation_id)
def test_every_generation_route_makes_valid_results_of_its_media_type(
    client: TestClient, clock: FakeClock, op: Operation
) -> None:
    expected = result_type(op.raw)
    assert expected, f"{op.operation_id}: a generation route names its x-vimmerse-results"
    call = request_for(op)
    created = client.request(**call).json()
    clock.advance(3600)  # the job is over, whether the call waited for it or not
    done = client.get(asset_path(created["id"]), headers=AUTH).json()
    assert done["status"] == "success" and done["results"], done
    for url in done["results"]:
        result = client.get(url)
        assert result.headers["content-type"] == expected, (op.operation_id, url)
        PARSERS[expected](result.content)


def _parse_wav(data: bytes) -> int:
    with wave.open(io.BytesIO(data)) as audio:
        return int(audio.getnframes())


# A parser per result type: each checks the bytes really are such a file.
PARSERS: dict[str, Callable[[bytes], object]] = {
    "image/png": parse_png,
    "image/jpeg": jpeg_size,
    "image/gif": gif_size,
    "video/mp4": parse_mp4,
    "audio/wav": _parse_wav,
    "audio/mpeg": parse_mp3,
    "text/plain": lambda data: data.decode("utf-8"),
    "application/json": json.loads,
}


def test_a_parser_checks_every_type_the_mock_makes() -> None:
    # A spec may name any of these (x-vimmerse-results): the test above needs its parser.
    assert set(PARSERS) == set(EXTENSIONS.values())
