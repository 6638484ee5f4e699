"""Waiting for jobs and downloading their results, with progress on stderr."""

from __future__ import annotations

from pathlib import Path

import attrs

from .._client import Vimmerse
from ..models.asset import Asset
from ..models.media import Media
from ._progress import download_bars, job_bar


@attrs.frozen
class Polling:
    interval: float
    timeout: float | None


def wait_asset(client: Vimmerse, asset: Asset | str, polling: Polling) -> Asset:
    job_id = asset if isinstance(asset, str) else asset.id
    with job_bar("asset", job_id) as bar:
        return client.assets.wait(
            asset, timeout=polling.timeout, poll_interval=polling.interval, on_progress=bar
        )


def wait_media(client: Vimmerse, media_id: str, polling: Polling) -> Media:
    with job_bar("media", media_id) as bar:
        return client.media.wait(
            media_id, timeout=polling.timeout, poll_interval=polling.interval, on_progress=bar
        )


def download_asset(client: Vimmerse, asset: Asset | str, folder: Path) -> list[Path]:
    label = f"asset {asset if isinstance(asset, str) else asset.id}"
    with download_bars(label) as bars:
        return client.assets.download(asset, folder, on_progress=bars)


def download_media(client: Vimmerse, media_id: str, folder: Path) -> list[Path]:
    """The media's default file (its bullet video MP4), named by the server."""
    folder.mkdir(parents=True, exist_ok=True)
    with download_bars(f"media {media_id}") as bars:
        return [client.media.download(media_id, folder, on_progress=bars)]
