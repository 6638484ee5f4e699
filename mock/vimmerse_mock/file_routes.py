"""`GET /files/...`: uploaded files and generated results (the URLs in `results`).

A result is made on its first request (deterministic in the job id), then served from disk.
A file is served to the key that owns its job, or to a URL that carries the capability
token the mock put in it (files.py): an id alone opens nothing.
"""

from __future__ import annotations

import mimetypes
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import anyio
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import BaseRoute, Route

from vimmerse_mock import assets, media
from vimmerse_mock.context import message
from vimmerse_mock.files import TOKEN, render
from vimmerse_mock.state import Mock

_UPLOAD_FILE = re.compile(r"^/files/uploads/([0-9a-f]{32})/([^/]+)$")
_ASSET_FILE = re.compile(r"^/files/assets/([^/]+)/(\d{1,3})\.([a-z0-9]{3,4})$")
_MEDIA_FILE = re.compile(r"^/files/media/([^/]+)/(\d{1,4})/(\d{1,2})\.mp4$")


def _not_found() -> Response:
    return message(404, "NOT_FOUND")


def _allowed(app: Mock, request: Request, owner: str | None) -> bool:
    """The owner's key, or the URL's token. A refusal is a 404: it says nothing of the id."""
    if owner is not None and owner and app.key_of(request) == owner:
        return True
    return app.files.token_ok(request.url.path, request.query_params.get(TOKEN))


async def upload(app: Mock, request: Request) -> Response:
    m = _UPLOAD_FILE.match(request.url.path)
    found = m and _allowed(app, request, None) and app.files.upload_path(m.group(1), m.group(2))
    if not found:
        return _not_found()
    mime = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
    return FileResponse(found, media_type=mime)


async def asset(app: Mock, request: Request) -> Response:
    now = app.clock.now()
    m = _ASSET_FILE.match(request.url.path)
    doc = m and app.store.get("asset", m.group(1))
    allowed = doc and _allowed(app, request, doc[0])
    asset_file = (
        m and doc and allowed and assets.result_file(doc[1], int(m.group(2)), m.group(3), now)
    )
    if not asset_file:
        return _not_found()
    key, mime, args = asset_file
    args["source"] = await _local_image(app, args.pop("source_url"), now)
    return FileResponse(await _generated(app, key, args), media_type=mime)


async def media_video(app: Mock, request: Request) -> Response:
    m = _MEDIA_FILE.match(request.url.path)
    found = m and app.store.get("media", m.group(1))
    media_file = (
        m
        and found
        and _allowed(app, request, found[0])
        and media.result_file(found[1], int(m.group(2)), int(m.group(3)), app.clock.now())
    )
    if not media_file:
        return _not_found()
    key, args = media_file
    return FileResponse(await _generated(app, key, args), media_type="video/mp4")


async def _local_image(app: Mock, url: Any, now: float, depth: int = 0) -> Path | None:
    """The file behind one of our own image URLs (an upload or a result), if any."""
    if not isinstance(url, str) or depth > 8:
        return None
    path = urlsplit(url).path
    if m := _UPLOAD_FILE.match(path):
        return app.files.upload_path(m.group(1), m.group(2))
    m = _ASSET_FILE.match(path)
    doc = app.store.get("asset", m.group(1)) if m else None
    found = m and doc and assets.result_file(doc[1], int(m.group(2)), m.group(3), now)
    if not found or found[1] != "image/png":
        return None
    key, _, args = found
    args["source"] = await _local_image(app, args.pop("source_url"), now, depth + 1)
    return await _generated(app, key, args)


async def _generated(app: Mock, key: str, args: dict[str, Any]) -> Path:
    # However long the job said it was, a rendered placeholder stays small.
    if "seconds" in args:
        args["seconds"] = min(float(args["seconds"]), app.settings.max_render_seconds)
    return await anyio.to_thread.run_sync(app.files.generated, key, lambda: render(**args))


def routes() -> list[BaseRoute]:
    return [
        Route("/files/uploads/{file_id}/{name}", upload, methods=["GET"]),
        Route("/files/assets/{asset_id}/{name}", asset, methods=["GET"]),
        Route("/files/media/{media_id}/{run}/{name}", media_video, methods=["GET"]),
    ]
