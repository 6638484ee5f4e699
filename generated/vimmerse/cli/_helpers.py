"""Commands for the SDK's hand-written helpers, which no single API route provides:
``assets wait``, ``assets download`` and ``media wait``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import _jobs
from ._commands import OUTPUT_PANEL, emit
from ._context import settings

JsonFlag = Annotated[
    bool, typer.Option("--json", help="Print the result as JSON.", rich_help_panel=OUTPUT_PANEL)
]
DownloadDir = Annotated[
    Path | None,
    typer.Option(
        "--download",
        metavar="DIR",
        file_okay=False,
        help="Then save the results into DIR.",
        rich_help_panel=OUTPUT_PANEL,
    ),
]


def wait_asset(
    ctx: typer.Context,
    asset_id: Annotated[str, typer.Argument(help="The asset's id.")],
    download: DownloadDir = None,
    as_json: JsonFlag = False,
) -> None:
    """Wait until an asset is done (polls `GET /asset/{asset_id}`), with a progress bar."""
    options = settings(ctx)
    with options.client() as client:
        asset = _jobs.wait_asset(client, asset_id, options.polling)
        files = None if download is None else _jobs.download_asset(client, asset, download)
    emit(asset, files, as_json)


def download_asset(
    ctx: typer.Context,
    asset_id: Annotated[str, typer.Argument(help="The asset's id.")],
    folder: Annotated[Path, typer.Argument(metavar="DIR", file_okay=False, help="Where to save.")],
    as_json: JsonFlag = False,
) -> None:
    """Save every result of a finished asset into DIR, with a progress bar."""
    with settings(ctx).client() as client:
        files = _jobs.download_asset(client, asset_id, folder)
    emit(None, files, as_json)


def wait_media(
    ctx: typer.Context,
    media_id: Annotated[str, typer.Argument(help="The media's id.")],
    download: DownloadDir = None,
    as_json: JsonFlag = False,
) -> None:
    """Wait until a media reaches 100 % (polls its processing status), with a progress bar."""
    options = settings(ctx)
    with options.client() as client:
        media = _jobs.wait_media(client, media_id, options.polling)
        files = None if download is None else _jobs.download_media(client, media.id, download)
    emit(media, files, as_json)


def add_helpers(groups: dict[str, typer.Typer]) -> None:
    if "assets" in groups:
        groups["assets"].command("wait")(wait_asset)
        groups["assets"].command("download")(download_asset)
    if "media" in groups:
        groups["media"].command("wait")(wait_media)
