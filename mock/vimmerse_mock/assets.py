"""Behaviour of the v2 image/video routes: uploads, generation jobs, estimates, polling.

Every generation route creates an asset that is `processing` until `created_at` plus
the job kind's duration, then `success` (or `fail`, see jobs.py). Without its
`x-vimmerse-role: async` field set (`async_mode`) the call waits for the end of the job
before it answers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from starlette.responses import Response

from vimmerse_mock import credits, jobs, webhook_urls
from vimmerse_mock.context import JSON, Ctx, Refused, path_id
from vimmerse_mock.files import EXTENSIONS
from vimmerse_mock.roles import Role, job_answer_fields, role_of
from vimmerse_mock.spec import Operation, Spec
from vimmerse_mock.store import Store

_MIME = dict(EXTENSIONS)


def quantity_of(op: Operation, body: dict[str, Any]) -> int:
    """How many results the request asks for: its `x-vimmerse-role: quantity` field."""
    value = op.role_value("quantity", body)
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 1


def answers_at_once(op: Operation, body: dict[str, Any]) -> bool:
    """The request's `x-vimmerse-role: async` field is true: answer before the job ends."""
    return bool(op.role_value("async", body))


def seconds_of(body: dict[str, Any]) -> float | None:
    for name in ("duration", "video_duration", "audio_duration"):
        value = body.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    return None


def is_image(media_type: str) -> bool:
    return media_type.startswith("image/")


def quote_for(op: Operation, role: Role, body: dict[str, Any]) -> credits.Quote:
    """The price of this request: the same function the estimate routes answer with."""
    quantity = quantity_of(op, body)
    option = str(body.get("option") or "")
    if is_image(role.results):
        return credits.price_image(role.app_name, option, quantity)
    return credits.price_video(
        role.app_name, option, quantity, str(body.get("prompt") or ""), seconds_of(body)
    )


def view(doc: dict[str, Any], now: float, url: Callable[[str], str]) -> dict[str, Any]:
    """The spec's Asset object, as of `now`."""
    state = jobs.status(doc, now)
    # Our file paths are made absolute per request; a given video_url is kept as is.
    results = [url(p) if p.startswith("/files/") else p for p in doc["results"]]
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


# The keys of `view` that the spec names by a mark (roles.job_answer_fields), so an answer
# keeps a field's meaning when the spec renames the field.
_MARKED = {
    "status": "status",
    "credits": "credits",
    "results": "results",
    "app_name": "app-name",
    "created_at": "created-at",
    "updated_at": "updated-at",
}


def answer(ctx: Ctx, doc: dict[str, Any]) -> JSON:
    """The asset as of now, under the names the spec gives its fields (one it lacks is left
    out), completed with the documented fields it lacks."""
    fields = job_answer_fields(ctx.op)
    named = {}
    for key, value in view(doc, ctx.services.clock.now(), ctx.file_url).items():
        mark = _MARKED.get(key)
        name = key if mark is None else fields.get(mark)
        if name is not None:
            named[name] = value
    return ctx.documented(named)


async def create(
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
    url = webhook_urls.url_of(ctx)
    refused = webhook_urls.refusal(ctx, url) if url else ""

    def work(db: sqlite3.Connection) -> None:
        if not Store.charge(db, key, starting, quote.total, asset_id, now):
            raise Refused(402, "INSUFFICIENT_CREDIT")
        if end == "fail":
            Store.credit(db, key, quote.total, "refund", asset_id, now)
        Store.put(db, "asset", asset_id, key, doc)
        if url:
            payload = {
                "customer_id": ctx.customer,
                "media_id": asset_id,
                "asset_id": asset_id,
                "status": end,
            }
            Store.queue_webhook(db, asset_id, url, payload, doc["completes_at"], now, key, refused)

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
    role = role_of(ctx.op)
    body = ctx.body
    quantity = quantity_of(ctx.op, body)
    kind = "image" if is_image(role.results) else "video"
    extra = {
        "aspect_ratio": body.get("aspect_ratio"),
        "seconds": seconds_of(body) or 5.0,
        "transparent": body.get("option") == "RemoveBackground",
        "label": _label(role.app_name, body),
        "source_url": _source_url(body),
    }
    doc = await create(
        ctx,
        app_name=role.app_name,
        output=role.extension,
        quote=quote_for(ctx.op, role, body),
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
    return answer(ctx, doc)


def _app_field(op: Operation, apps: dict[str, Role]) -> str | None:
    """The estimate's field that names the app it prices: the one whose values (its enum,
    else its default) are the app names of generation routes."""
    for media in op.body.values():
        props = (media.get("schema") or {}).get("properties") or {}
        for name, schema in props.items():
            values = [*(schema.get("enum") or []), schema.get("default")]
            if any(isinstance(v, str) and v in apps for v in values):
                return str(name)
    return None


def _estimate_plan(op: Operation, spec: Spec) -> tuple[str | None, dict[str, Role], bool, set[str]]:
    """(app field, generation routes by app, whether an unknown app is priced as images,
    the free apps: the uploads')."""
    roles = [(o, role_of(o)) for o in spec.operations]
    apps = {r.app_name: r for _, r in roles if r.name == "generate"}
    # An app with no route of its own is priced like the routes that share the estimate's tag.
    near = [r for o, r in roles if r.name == "generate" and set(o.tags) & set(op.tags)]
    images = bool(near) and all(is_image(r.results) for r in near)
    free = {r.app_name for _, r in roles if r.name == "upload"}
    return _app_field(op, apps), apps, images, free


async def estimate(ctx: Ctx) -> Response:
    """What the generation request described would be charged, without running it."""
    field, apps, images, free = ctx.op.memo(
        "estimate", lambda: _estimate_plan(ctx.op, ctx.services.spec)
    )
    b = ctx.body
    app = str(b.get(field) or "") if field else ""
    option, quantity = str(b.get("option") or ""), quantity_of(ctx.op, b)
    route, gratis = apps.get(app), app in free
    if is_image(route.results) if route else images:
        return JSON(credits.price_image(app, option, quantity, gratis).body())
    prompt = str(b.get("prompt") or "")
    quote = credits.price_video(app, option, quantity, prompt, seconds_of(b), gratis)
    return JSON(quote.body())


async def poll(ctx: Ctx) -> Response:
    """The job named by the route's path parameter, as of now."""
    found = ctx.services.store.get("asset", path_id(ctx))
    if found is None or found[0] != ctx.key:
        raise Refused(404, "NOT_FOUND")
    return answer(ctx, found[1])


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
    return f"asset-{doc['id']}-{index}.{ext}", _MIME.get(ext, "application/octet-stream"), args
