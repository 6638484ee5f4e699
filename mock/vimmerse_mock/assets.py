"""Behaviour of the v2 image/video routes: uploads, generation jobs, estimates, polling.

Every generation route creates an asset that is `processing` until `created_at` plus
the job kind's duration, then `success` (or `fail`, see jobs.py). Without its
`x-vimmerse-role: async` field set (`async_mode`) the call waits for the end of the job
before it answers.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

import anyio
from starlette.responses import Response

from vimmerse_mock import credits, jobs
from vimmerse_mock.context import JSON, Ctx, Refused
from vimmerse_mock.files import EXTENSIONS, sniff_image, sniff_video
from vimmerse_mock.spec import Operation
from vimmerse_mock.store import Store
from vimmerse_mock.validation import RequestInvalid


@dataclass(frozen=True)
class App:
    name: str  # the asset's app_name, also the estimate routes' app_name
    output: str  # png | mp4 | wav


# app_name of each generation route (the video ones are the estimate route's enum).
_MIME = {ext: mime for ext, mime in EXTENSIONS.items()}


def is_asset_job(op: Operation) -> bool:
    """A JSON route that answers an Asset: a generation job, known or new to the spec."""
    schema = op.json_schema(200) or {}
    return "x-app-name" in op.raw or (
        schema.get("title") == "Asset" and "application/json" in op.body
    )


_EXTENSION_OF = {mime: ext for ext, mime in EXTENSIONS.items()}


def app_for(op: Operation) -> App:
    return op.memo("app", lambda: _app_of(op))


def _app_of(op: Operation) -> App:
    # The spec names each generation route's app (`x-app-name`, what estimate-credits
    # prices; else the operationId) and its results' media type (`x-vimmerse-results`;
    # a route without one makes images when tagged image, else videos).
    name = str(op.raw.get("x-app-name") or op.operation_id.replace("_", "-"))
    results = op.raw.get("x-vimmerse-results")
    if results is not None:
        output = _EXTENSION_OF.get(str(results))
        if output is None:
            raise ValueError(f"{op.operation_id}: no generator for x-vimmerse-results {results}")
    else:
        output = "png" if "image" in op.tags else "mp4"
    return App(name, output)


def quantity_of(op: Operation, body: dict[str, Any]) -> int:
    """How many results the request asks for: its `x-vimmerse-role: quantity` field."""
    value = op.role_value("quantity", body)
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 1


def answers_at_once(op: Operation, body: dict[str, Any]) -> bool:
    """The request's `x-vimmerse-role: async` field is true: answer before the job ends."""
    return bool(op.role_value("async", body))


def _seconds(body: dict[str, Any]) -> float | None:
    for name in ("duration", "video_duration", "audio_duration"):
        value = body.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    return None


def quote_for(op: Operation, app: App, body: dict[str, Any]) -> credits.Quote:
    """The price of this request: the same function the estimate routes answer with."""
    quantity = quantity_of(op, body)
    option = str(body.get("option") or "")
    if app.output == "png":
        return credits.price_image(app.name, option, quantity)
    return credits.price_video(
        app.name, option, quantity, str(body.get("prompt") or ""), _seconds(body)
    )


def view(doc: dict[str, Any], now: float, base_url: str) -> dict[str, Any]:
    """The spec's Asset object, as of `now`."""
    state = jobs.status(doc, now)
    # Our file paths are made absolute per request; a given video_url is kept as is.
    results = [p if "://" in p else base_url + p for p in doc["results"]]
    results = results if state == "success" else []
    return {
        "id": doc["id"],
        "customer_id": doc["customer_id"],
        "primary_user_id": doc["primary_user_id"],
        "args": doc["args"],
        "results": results,
        "thumbnails": [],
        "status": state,
        "mime_type": doc["mime_type"],
        "app_name": doc["app_name"],
        "quantity": doc["quantity"],
        "credits": doc["credits"],
        "created_at": jobs.iso(doc["submitted_at"]),
        "updated_at": jobs.iso(
            doc["completes_at"] if state != "processing" else doc["submitted_at"]
        ),
        "history": [],
    }


async def _create(
    ctx: Ctx,
    *,
    app_name: str,
    output: str,
    quote: credits.Quote,
    quantity: int,
    duration: float,
    results: list[str] | None = None,
    mime_type: str | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Charge the key and store the asset in one transaction; 402 leaves no trace."""
    s = ctx.services
    now = s.clock.now()
    asset_id = jobs.new_id()
    body = ctx.body
    end = jobs.outcome(s.settings, asset_id, body) if results is None else "success"
    doc: dict[str, Any] = {
        "id": asset_id,
        "customer_id": ctx.customer,
        "primary_user_id": ctx.username,
        "args": body,
        "mime_type": mime_type or _MIME.get(output),
        "app_name": app_name,
        "quantity": quantity,
        "credits": quote.total,
        "output": output,
        "submitted_at": now,
        "completes_at": now + duration,
        "outcome": end,
        "results": results
        if results is not None
        else [f"/files/assets/{asset_id}/{i}.{output}" for i in range(quantity)],
        **(extra or {}),
    }
    key, starting = ctx.key, s.settings.starting_credits(ctx.key)
    url = body.get("webhook_url")

    def work(db: sqlite3.Connection) -> None:
        if not Store.charge(db, key, starting, quote.total, asset_id, now):
            raise Refused(402, "INSUFFICIENT_CREDIT")
        if end == "fail":
            Store.credit(db, key, quote.total, "refund", asset_id, now)
        Store.put(db, "asset", asset_id, key, doc)
        if isinstance(url, str) and url:
            payload = {
                "customer_id": ctx.customer,
                "media_id": asset_id,
                "asset_id": asset_id,
                "status": end,
            }
            Store.queue_webhook(db, asset_id, url, payload, doc["completes_at"], now)

    await s.store.write(work)
    return doc


def _label(app_name: str, body: dict[str, Any]) -> str:
    """What a result shows it was made by: the route, its option, the prompt."""
    option = body.get("option")
    head = f"{app_name} ({option})" if isinstance(option, str) and option else app_name
    prompt = body.get("prompt")
    return f"{head}: {prompt}" if isinstance(prompt, str) and prompt.strip() else head


def _source_url(body: dict[str, Any]) -> str | None:
    """The input image an image-to-image result is derived from, if the request names one."""
    url = body.get("image_url")
    if not isinstance(url, str):
        urls = body.get("image_urls")
        url = urls[0] if isinstance(urls, list) and urls else None
    return url if isinstance(url, str) else None


async def generate(ctx: Ctx) -> Response:
    app = app_for(ctx.op)
    body = ctx.body
    quantity = quantity_of(ctx.op, body)
    kind = "image" if app.output == "png" else "video"
    extra = {
        "aspect_ratio": body.get("aspect_ratio"),
        "seconds": _seconds(body) or 5.0,
        "transparent": body.get("option") == "RemoveBackground",
        "label": _label(app.name, body),
        "source_url": _source_url(body),
    }
    doc = await _create(
        ctx,
        app_name=app.name,
        output=app.output,
        quote=quote_for(ctx.op, app, body),
        quantity=quantity,
        duration=ctx.services.settings.job_duration(ctx.op.operation_id, kind),
        extra=extra,
    )
    clock = ctx.services.clock
    if not answers_at_once(ctx.op, body):
        # Synchronous mode answers when the job is over. Loop: an event loop's timer (uvloop's
        # has millisecond resolution) may wake a hair early, while the job still runs.
        while (remaining := doc["completes_at"] - clock.now()) > 0:
            await clock.sleep(remaining)
    return JSON(view(doc, clock.now(), ctx.base_url))


async def _store_upload(ctx: Ctx, field: str) -> tuple[str, str, int, bytes] | None:
    """(file id, name, size, first bytes) of the field's first file, copied to disk."""
    uploads = ctx.args.files.get(field) or []
    if not uploads:
        return None
    upload = uploads[0]
    upload.file.seek(0)
    head = upload.file.read(16)
    file_id, name, size = await anyio.to_thread.run_sync(
        ctx.services.files.save_upload, upload.file, upload.filename
    )
    return file_id, name, size, head


async def upload_image(ctx: Ctx) -> Response:
    uploads = ctx.args.files.get("image_file") or []
    head = b""
    if uploads:
        uploads[0].file.seek(0)
        head = uploads[0].file.read(16)
    if not head:
        raise Refused(400, "EMPTY_FILE")
    mime = sniff_image(head)
    if mime is None:
        raise _not_of_kind("image_file", "an image (JPEG, PNG or WebP)")
    stored = await _store_upload(ctx, "image_file")
    assert stored is not None
    file_id, name, _, _ = stored
    return await _uploaded(ctx, "upload-image", "png", f"/files/uploads/{file_id}/{name}", mime)


async def upload_video(ctx: Ctx) -> Response:
    uploads = ctx.args.files.get("video_file") or []
    head = b""
    if uploads:
        uploads[0].file.seek(0)
        head = uploads[0].file.read(16)
    if head and sniff_video(head) is None:
        raise _not_of_kind("video_file", "a video (MP4, MOV, WebM or AVI)")
    stored = await _store_upload(ctx, "video_file") if head else None
    if stored is not None and stored[2] > 0:
        file_id, name, _, _ = stored
        url, mime = f"/files/uploads/{file_id}/{name}", sniff_video(head)
    elif isinstance(ctx.args.query.get("video_url"), str) and ctx.args.query["video_url"]:
        url, mime = ctx.args.query["video_url"], "video/mp4"
    else:
        raise Refused(400, "EMPTY_FILE")
    return await _uploaded(ctx, "upload-video", "mp4", url, mime or "video/mp4")


def _not_of_kind(field: str, kind: str) -> RequestInvalid:
    """An upload of the wrong kind: a 422 naming the field, like any other invalid input."""
    return RequestInvalid(
        [{"loc": ["body", field], "msg": f"The file is not {kind}", "type": "value_error"}]
    )


async def _uploaded(ctx: Ctx, app_name: str, output: str, path: str, mime: str | None) -> Response:
    doc = await _create(
        ctx,
        app_name=app_name,
        output=output,
        quote=credits.price_image(app_name, "", 1),  # uploads are free
        quantity=1,
        duration=0.0,
        results=[path],
        mime_type=mime,
    )
    return JSON(view(doc, ctx.services.clock.now(), ctx.base_url))


async def estimate_image(ctx: Ctx) -> Response:
    b = ctx.body
    return JSON(
        credits.price_image(str(b["app_name"]), str(b["option"]), quantity_of(ctx.op, b)).body()
    )


async def estimate_video(ctx: Ctx) -> Response:
    b = ctx.body
    seconds = b.get("duration") if b.get("duration") is not None else b.get("video_duration")
    quote = credits.price_video(
        str(b["app_name"]),
        str(b["option"]),
        quantity_of(ctx.op, b),
        str(b.get("prompt") or ""),
        None if seconds is None else float(seconds),
    )
    return JSON(quote.body())


async def get_asset(ctx: Ctx) -> Response:
    found = ctx.services.store.get("asset", str(ctx.args.path["asset_id"]))
    if found is None or found[0] != ctx.key:
        raise Refused(404, "NOT_FOUND")
    return JSON(view(found[1], ctx.services.clock.now(), ctx.base_url))


def result_file(
    doc: dict[str, Any], index: int, ext: str, now: float
) -> tuple[str, str, dict[str, Any]] | None:
    """(cache key, mime, render args) of a finished asset's result, if it exists."""
    if (
        jobs.status(doc, now) != "success"
        or ext != doc.get("output")
        or not 0 <= index < doc["quantity"]
    ):
        return None
    if doc["results"] and not doc["results"][0].startswith("/files/assets/"):
        return None  # an upload: its URL points at the upload itself
    args = {
        "kind": ext,
        "seed": f"{doc['id']}:{index}",
        "aspect_ratio": doc.get("aspect_ratio"),
        "seconds": float(doc.get("seconds") or 5.0),
        "transparent": bool(doc.get("transparent")),
        "label": str(doc.get("label") or ""),
        "source_url": doc.get("source_url") if ext == "png" else None,
    }
    return f"asset-{doc['id']}-{index}.{ext}", _MIME[ext], args
