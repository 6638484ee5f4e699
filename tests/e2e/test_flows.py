"""Whole user flows against the stateful mock, with the sync and the async client.

Upload -> generate (async_mode) -> wait -> download real files; media from two images with
progress to 100 -> download the MP4; credits running out (402); a webhook; `wait=True`; a
wrong key (401) that never shows up in the exception.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import pytest

from devtools.receiver import receiver
from tests.e2e.support import (
    FAST_POLL,
    POOR_KEY,
    WRONG_KEY,
    Target,
    async_client,
    credits_of,
    sync_client,
)
from tests.mock.helpers import parse_mp4, parse_png
from tests.spec.helpers import quantity_of
from vimmerse import (
    APIStatusError,
    AuthenticationError,
    InsufficientCreditError,
    JobProgress,
    asset_url,
    webhooks,
)
from vimmerse.models.asset import Asset
from vimmerse_mock import formats

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
RATIO: Final = "9:16"
TIMEOUT = 30.0  # seconds any job here may take (they are simulated in well under one)
# text_to_image's arguments asking for two images, whatever the spec names the field.
TWO_IMAGES: dict[str, Any] = {quantity_of("text_to_image"): 2}


def ratio(text: str) -> float:
    width, height = text.split(":")
    return int(width) / int(height)


def image_files(folder: Path) -> list[Path]:
    """Two PNG files on disk: the start and end frames of a media."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, (width, height) in (("start.png", (32, 18)), ("end.png", (18, 32))):
        path = folder / name
        path.write_bytes(formats.png(width, height, name))
        paths.append(path)
    return paths


def check_pngs(paths: list[Path], count: int, aspect: str) -> None:
    assert len(paths) == count
    assert len(set(paths)) == count, "two results written to one file"
    for path in paths:
        data = path.read_bytes()
        assert data[:8] == PNG_SIGNATURE, f"{path.name} is not a PNG"
        width, height, _ = parse_png(data)
        assert width / height == pytest.approx(ratio(aspect), rel=0.02)


def check_mp4(path: Path, aspect: str) -> None:
    data = path.read_bytes()
    assert data[4:8] == b"ftyp", "not an MP4"
    info = parse_mp4(data)
    assert info["frames"] > 0
    assert info["width"] / info["height"] == pytest.approx(ratio(aspect), rel=0.05)


def check_progress(seen: list[JobProgress[object]], media_id: str) -> None:
    percents = [p.percent for p in seen]
    assert all(p.job_id == media_id for p in seen)
    assert len(seen) >= 2, f"no progress before the end: {percents}"
    assert all(isinstance(p, int) for p in percents), percents
    numbers = [p for p in percents if isinstance(p, int)]
    assert numbers[0] < 100 and numbers[-1] == 100, numbers
    assert numbers == sorted(numbers), f"progress went backwards: {numbers}"


def check_generated(asset: Asset, done: Asset) -> None:
    assert asset.status == "processing"
    assert done.id == asset.id
    assert done.status == "success"


# ----------------------------------------------------------------------------- images
def test_image_flow(stateful: Target, tmp_path: Path) -> None:
    source = tmp_path / "shoe.png"
    source.write_bytes(formats.png(40, 30, "e2e-shoe"))
    with sync_client(stateful) as client:
        upload = client.image.upload(source)
        assert upload.status == "success"
        (copy,) = client.assets.download(upload, tmp_path / "uploaded")
        assert copy.read_bytes() == source.read_bytes()

        asset = client.image.image_to_image(
            image_url=asset_url(upload), prompt="e2e", aspect_ratio=RATIO, quantity=2,
            async_mode=True,
        )  # fmt: skip
        done = client.assets.wait(asset, poll_interval=FAST_POLL, max_wait_seconds=TIMEOUT)
        check_generated(asset, done)
        assert client.assets.get(asset.id).status == "success"
        check_pngs(client.assets.download(done, tmp_path / "out"), 2, RATIO)


@pytest.mark.anyio
async def test_image_flow_async(stateful: Target, tmp_path: Path) -> None:
    source = tmp_path / "shoe.png"
    source.write_bytes(formats.png(40, 30, "e2e-shoe-async"))
    async with async_client(stateful) as client:
        upload = await client.image.upload(source)
        (copy,) = await client.assets.download(upload, tmp_path / "uploaded")
        assert copy.read_bytes() == source.read_bytes()

        asset = await client.image.image_to_image(
            image_url=asset_url(upload), prompt="e2e", aspect_ratio=RATIO, quantity=2,
            async_mode=True,
        )  # fmt: skip
        done = await client.assets.wait(asset.id, poll_interval=FAST_POLL, max_wait_seconds=TIMEOUT)
        check_generated(asset, done)
        check_pngs(await client.assets.download(done.id, tmp_path / "out"), 2, RATIO)


def test_wait_true(stateful: Target, tmp_path: Path) -> None:
    with sync_client(stateful) as client:
        asset = client.image.text_to_image(prompt="e2e wait", aspect_ratio="1:1", wait=True)
        assert asset.status == "success"
        check_pngs(client.assets.download(asset, tmp_path), 1, "1:1")


@pytest.mark.anyio
async def test_wait_true_async(stateful: Target, tmp_path: Path) -> None:
    async with async_client(stateful) as client:
        asset = await client.video.reference_to_video(
            image_urls=["https://media.vimmerse.net/e2e/ref.png"], aspect_ratio=RATIO, wait=True
        )
        assert asset.status == "success"
        (path,) = await client.assets.download(asset, tmp_path)
        check_mp4(path, RATIO)


# ----------------------------------------------------------------------------- media
def test_media_flow(stateful: Target, tmp_path: Path) -> None:
    seen: list[JobProgress[object]] = []
    with sync_client(stateful) as client:
        media = client.media.create(image_files(tmp_path), prompt="walk", aspect_ratio=RATIO)
        assert media.is_transition == "Yes"  # two images: a start and an end frame
        done = client.media.wait(
            media.id, on_progress=seen.append, poll_interval=FAST_POLL, max_wait_seconds=TIMEOUT
        )
        check_progress(seen, media.id)
        assert done.id == media.id and done.processing_status == "success"
        path = client.media.download(media.id, tmp_path / "video.mp4")
        assert path == tmp_path / "video.mp4"
        check_mp4(path, RATIO)


@pytest.mark.anyio
async def test_media_flow_async(stateful: Target, tmp_path: Path) -> None:
    seen: list[JobProgress[object]] = []
    async with async_client(stateful) as client:
        media = await client.media.create(image_files(tmp_path), prompt="walk", aspect_ratio=RATIO)
        done = await client.media.wait(
            media.id, on_progress=seen.append, poll_interval=FAST_POLL, max_wait_seconds=TIMEOUT
        )
        check_progress(seen, media.id)
        assert done.processing_status == "success"
        check_mp4(await client.media.download(media.id, tmp_path), RATIO)


# ----------------------------------------------------------------------------- credits
def test_insufficient_credit(stateful: Target) -> None:
    """The poor key affords two images; the next job is refused and nothing is charged."""
    with sync_client(stateful, key=POOR_KEY) as client:
        before = credits_of(stateful, POOR_KEY)
        estimate = client.image.estimate_credits(option="AutoI", quantity=2)
        assert 0 < estimate.total_credits <= before
        asset = client.image.text_to_image(prompt="e2e spend", **TWO_IMAGES)
        assert asset.status == "success"
        left = credits_of(stateful, POOR_KEY)
        assert left == before - estimate.total_credits

        with pytest.raises(InsufficientCreditError) as refused:
            client.image.text_to_image(prompt="e2e one too many", **TWO_IMAGES)
        assert refused.value.status_code == 402
        assert refused.value.body == {"message": "INSUFFICIENT_CREDIT"}
        with pytest.raises(InsufficientCreditError):
            client.media.create_from_prompt(title="e2e too poor")
        assert credits_of(stateful, POOR_KEY) == left


@pytest.mark.anyio
async def test_insufficient_credit_async(stateful: Target) -> None:
    async with async_client(stateful, key=POOR_KEY) as client:
        before = credits_of(stateful, POOR_KEY)
        estimate = await client.video.estimate_credits(option="KlingO", quantity=4, duration=30)
        assert estimate.total_credits > before
        with pytest.raises(InsufficientCreditError):
            await client.video.reference_to_video(
                image_urls=["https://media.vimmerse.net/e2e/ref.png"], quantity=4, duration=30
            )
        assert credits_of(stateful, POOR_KEY) == before


# ----------------------------------------------------------------------------- webhooks
def test_webhooks(stateful: Target) -> None:
    with receiver() as hooks, sync_client(stateful) as client:
        media = client.media.create_from_prompt(title="e2e hook", webhook_url=hooks.url)
        asset = client.image.text_to_image(
            prompt="e2e hook", async_mode=True, webhook_url=hooks.url
        )
        received = {}
        for _ in range(2):
            call = hooks.next_call(timeout=TIMEOUT)
            assert call["path"] == "/hook"
            payload = webhooks.parse(call["body"])
            received[payload.media_id] = payload
        assert set(received) == {media.id, asset.id}
        assert received[media.id].status == "success"
        assert received[media.id].customer_id == media.customer_id
        assert received[asset.id].status == "success"
        # A callback means done: reading the job now shows it finished.
        assert client.media.get(media.id).processing_status == "success"
        assert client.assets.get(asset.id).status == "success"


# ----------------------------------------------------------------------------- auth
def _texts(error: APIStatusError) -> list[str]:
    return [
        str(error),
        repr(error),
        error.message,
        repr(error.body),
        "".join(traceback.format_exception(error)),
    ]


def test_wrong_key(stateful: Target) -> None:
    with sync_client(stateful, key=WRONG_KEY) as client:
        attempts: list[Callable[[], object]] = [
            lambda: client.image.text_to_image(prompt="e2e"),
            lambda: client.assets.get(stateful.ids["asset_id"]),
        ]
        for attempt in attempts:
            with pytest.raises(AuthenticationError) as refused:
                attempt()
            assert refused.value.status_code == 401
            for text in _texts(refused.value):
                assert WRONG_KEY not in text


@pytest.mark.anyio
async def test_wrong_key_async(stateful: Target) -> None:
    async with async_client(stateful, key=WRONG_KEY) as client:
        with pytest.raises(AuthenticationError) as refused:
            await client.media.get(stateful.ids["media_id"])
        assert refused.value.status_code == 401
        for text in _texts(refused.value):
            assert WRONG_KEY not in text
