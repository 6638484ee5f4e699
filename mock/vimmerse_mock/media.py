"""Behaviour of the media routes: create, poll, read, edit, resubmit, download.

A media keeps a list of runs (one per submission). Each run is charged when it is
submitted and finishes at `submitted_at` + the media duration; progress climbs from 0
to 100 in between. Editing a generation field (prompt, motion_type, quantity, duration,
loop, aspect_ratio, sound_effects) or calling /process starts a new run, charged again.
A failed run reports `processing_status: fail` with progress 100 (so polling loops that
wait for 100 end) and is refunded.
"""

from __future__ import annotations

import copy
import os
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import urlparse

import anyio
from starlette.responses import FileResponse, Response

from vimmerse_mock import credits, jobs, webhook_urls
from vimmerse_mock.context import JSON, Ctx, Refused, path_id
from vimmerse_mock.files import render
from vimmerse_mock.store import Store
from vimmerse_mock.validation import RequestInvalid, apply_defaults, parse_json, schema_errors

# The docs' get-media example wraps the media twice; the spec allows both shapes.
GET_MEDIA_TWICE_WRAPPED = True
GENERATION_FIELDS = (
    "prompt",
    "motion_type",
    "quantity",
    "duration",
    "loop",
    "aspect_ratio",
    "sound_effects",
)
# Which Params key of a pose preset holds each generation field.
PARAM_KEYS = {
    "prompt": "Prompt",
    "quantity": "Quantity",
    "loop": "Loop",
    "aspect_ratio": "AspectRatio",
}


def parse_params(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in text.split("|"):
        if item:
            key, _, value = item.partition("=")
            out[key] = value
    return out


def format_params(params: dict[str, str]) -> str:
    return "|".join(f"{k}={v}" for k, v in params.items())


def _int(text: str | None, default: int, low: int, high: int) -> int:
    try:
        return max(low, min(high, int(str(text))))
    except ValueError:
        return default


def _videos(preset: dict[str, Any]) -> int:
    return _int(parse_params(str(preset.get("Params", ""))).get("Quantity"), 1, 1, 4)


def quote(doc: dict[str, Any]) -> credits.Quote:
    """The price of one run of this media: every preset, every video."""
    sound = doc["submit_params"].get("sound_effects") == "Yes"
    parts = [
        credits.price_media(str(p.get("MotionType", "Auto")), _videos(p), doc["seconds"], sound)
        for p in doc["presets"]
    ]
    return credits.Quote(sum(q.total for q in parts), {"presets": [q.breakdown for q in parts]})


def _current(doc: dict[str, Any], field: str) -> Any:
    first = doc["presets"][0] if doc["presets"] else {}
    params = parse_params(str(first.get("Params", "")))
    if field == "motion_type":
        return first.get("MotionType", "Auto")
    if field == "duration":
        return int(doc["seconds"])
    if field == "sound_effects":
        return doc["submit_params"].get("sound_effects", "No")
    if field in ("quantity", "loop"):
        return _int(params.get(PARAM_KEYS[field]), 1, 1, 99)
    return params.get(PARAM_KEYS[field], "")


def _apply(doc: dict[str, Any], field: str, value: Any) -> None:
    if field == "duration":
        doc["seconds"] = float(value)
    elif field == "sound_effects":
        doc["submit_params"]["sound_effects"] = value
    for preset in doc["presets"]:
        if field == "motion_type":
            preset["MotionType"] = value
        elif field in PARAM_KEYS:
            params = parse_params(str(preset.get("Params", "")))
            params[PARAM_KEYS[field]] = str(value)
            preset["Params"] = format_params(params)


def _submit(ctx: Ctx, db: Any, doc: dict[str, Any], fail_input: Any) -> None:
    """Start a new run inside the caller's transaction (402 rolls everything back)."""
    s = ctx.services
    now = s.clock.now()
    runs = doc["runs"]
    if runs and now < runs[-1]["completes_at"]:
        runs[-1]["superseded"] = True  # it never finishes; its charge stays, as in life
    run_id = f"{doc['id']}:{len(runs)}"
    run_for = s.settings.job_duration(ctx.op.operation_id, "media")
    price = quote(doc)
    if not Store.debit(db, ctx.key, price.total, "charge", run_id, now):
        raise Refused(402, "INSUFFICIENT_CREDIT")
    end = jobs.outcome(s.settings, run_id, fail_input)
    if end == "fail":
        Store.credit(db, ctx.key, price.total, "refund", run_id, now)
    runs.append(
        {
            "submitted_at": now,
            "completes_at": now + run_for,
            "outcome": end,
            "credits": price.total,
            "pose_preset": copy.deepcopy(doc["presets"]),
            "submit_params": copy.deepcopy(doc["submit_params"]),
            "file_map": copy.deepcopy(doc["file_map"]),
            "videos": sum(_videos(p) for p in doc["presets"]),
            "aspect_ratio": _current(doc, "aspect_ratio") or "16:9",
            "seconds": doc["seconds"],
        }
    )
    doc["updated_at"] = now
    url = doc.get("webhook_url")
    if isinstance(url, str) and url:
        payload = {"customer_id": doc["customer_id"], "media_id": doc["id"], "status": end}
        refused = webhook_urls.refusal(ctx, url)
        Store.queue_webhook(db, doc["id"], url, payload, now + run_for, now, ctx.key, refused)


def _finished_runs(doc: dict[str, Any], now: float) -> list[tuple[int, dict[str, Any]]]:
    return [
        (i, run)
        for i, run in enumerate(doc["runs"])
        if not run.get("superseded") and now >= run["completes_at"]
    ]


def view(doc: dict[str, Any], now: float, url: Callable[[str], str]) -> dict[str, Any]:
    """The spec's Media object, as of `now`."""
    run = doc["runs"][-1]
    done = now >= run["completes_at"]
    percent = jobs.progress(run, now)
    queued = "queue_bullet" if percent < 10 else "processing"
    state = run["outcome"] if done else queued
    finished = [(i, r) for i, r in _finished_runs(doc, now) if r["outcome"] == "success"]
    history = [
        {
            "generate_type": "GENERATE_VIDEO",
            "pose_preset": r["pose_preset"] if doc["preset_is_list"] else r["pose_preset"][0],
            "file_map": r["file_map"],
            "service_name": str(r["pose_preset"][0].get("MotionType", "Auto")),
            "service_seeds": [int(uuid.UUID(doc["id"]).int % 10_000) + i],
            "created_at": jobs.spaced(r["completes_at"]),
            "service_version": "vimmerse-mock-1",
            "bullet_version": str(n + 1),
            "resolution": [1280, 720],
            "submit_params": r["submit_params"],
        }
        for n, (i, r) in enumerate(finished)
    ]
    result = []
    if finished:
        last, last_run = finished[-1]
        result = [
            url(f"/files/media/{doc['id']}/{last}/{v}.mp4") for v in range(last_run["videos"])
        ]
    updated = max(doc["updated_at"], run["completes_at"] if done else doc["updated_at"])
    presets = doc["presets"] if doc["preset_is_list"] else doc["presets"][0]
    return {
        "id": doc["id"],
        "title": doc["title"],
        "description": doc["description"],
        "rating": doc["rating"],
        "customer_id": doc["customer_id"],
        "primary_user_id": doc["primary_user_id"],
        "batch_id": "",
        "is_transition": doc["is_transition"],
        "duration_time": str(float(run["seconds"])) if done and state == "success" else "0",
        "progress_percentage": percent,
        "processing_status": state,
        "visibility_status": doc["visibility_status"],
        "file_map": doc["file_map"],
        "intermediate_results": [],
        "submit_params": doc["submit_params"],
        "pose_preset": presets,
        "bullet_version": str(len(finished)),
        "video_history": history,
        "result": result,
        "webhook_url": doc.get("webhook_url") or "",
        "nsfw": "0",
        "service_name": str(doc["presets"][0].get("MotionType", "Auto")),
        "service_version": "vimmerse-mock-1",
        "created_at": jobs.spaced(doc["created_at"]),
        "updated_at": jobs.spaced(updated),
        "version": "2",
    }


async def _save_files(ctx: Ctx) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Store the uploaded images, of whichever file fields: (file_map entries, uploads)."""
    file_map: list[dict[str, str]] = []
    uploads: list[dict[str, str]] = []
    for upload in (u for sent in ctx.args.files.values() for u in sent):
        file_id, name, _ = await anyio.to_thread.run_sync(
            ctx.services.files.save_upload, upload.file, upload.filename
        )
        file_map.append({"FileType": "Texture", "FileName": name})
        uploads.append(
            {"id": file_id, "name": name, "mime": upload.content_type or "application/octet-stream"}
        )
    return file_map, uploads


def _new_doc(ctx: Ctx, fields: dict[str, Any]) -> dict[str, Any]:
    now = ctx.services.clock.now()
    spec = ctx.services.spec
    submit = fields.get("submit_params") if isinstance(fields.get("submit_params"), dict) else {}
    return {
        "id": jobs.new_id(),
        "title": str(fields.get("title") or ""),
        "description": str(fields.get("description") or ""),
        "rating": str(fields.get("rating") or ""),
        "visibility_status": str(fields.get("visibility_status") or "1"),
        "customer_id": ctx.customer,
        "primary_user_id": fields.get("primary_user_id")
        if isinstance(fields.get("primary_user_id"), str)
        else ctx.username,
        "is_transition": "No",
        "webhook_url": fields.get("webhook_url")
        if isinstance(fields.get("webhook_url"), str)
        else "",
        # SubmitParams' defaults come from the spec.
        "submit_params": apply_defaults(spec.schema("SubmitParams"), submit),
        "presets": [],
        "preset_is_list": False,
        "seconds": 5.0,
        "file_map": [],
        "uploads": [],
        "runs": [],
        "created_at": now,
        "updated_at": now,
    }


def _presets(value: Any, spec_default: dict[str, Any]) -> tuple[list[dict[str, Any]], bool]:
    if isinstance(value, list) and value:
        return [apply_defaults(spec_default, p) for p in value if isinstance(p, dict)], True
    if isinstance(value, dict):
        return [apply_defaults(spec_default, value)], False
    return [
        apply_defaults(
            spec_default,
            {"Params": "Prompt=|CameraPath=|Quantity=1|MotionAmount=5|MotionLength=5|Loop=1"},
        )
    ], False


def _create(ctx: Ctx, doc: dict[str, Any], fail_input: Any) -> Response:
    s = ctx.services
    with s.store.tx() as db:
        Store.ensure_account(db, ctx.key, s.settings.starting_credits(ctx.key))
        _submit(ctx, db, doc, fail_input)
        Store.put(db, "media", doc["id"], ctx.key, doc)
    return ctx.documented({"data": view(doc, s.clock.now(), ctx.file_url)})


async def create_media(ctx: Ctx) -> Response:
    b = ctx.body
    doc = _new_doc(ctx, b)
    file_map, uploads = await _save_files(ctx)
    if not file_map:
        urls = [u for u in b.get("image_urls", []) if isinstance(u, str)]
        file_map = [
            {"FileType": "Texture", "FileName": os.path.basename(urlparse(u).path) or "image"}
            for u in urls
        ]
    motion = str(b["motion_type"])
    params = {
        "Prompt": str(b["prompt"]),
        "CameraPath": str(b["camera_control"]) if motion == "Parallax" else "",
        "Quantity": str(b["quantity"]),
        "MotionAmount": str(b["motion_range"]),
        "MotionLength": str(b["duration"]),
        "Loop": str(b["loop"]),
    }
    if b.get("aspect_ratio"):
        params["AspectRatio"] = str(b["aspect_ratio"])
    doc.update(
        file_map=file_map,
        uploads=uploads,
        is_transition="Yes" if len(file_map) == 2 else "No",
        presets=[{"MotionType": motion, "Params": format_params(params)}],
        seconds=float(b["duration"]),
    )
    doc["submit_params"]["sound_effects"] = b["sound_effects"]
    return _create(ctx, doc, b)


def _data_field(ctx: Ctx) -> dict[str, Any]:
    """upload_media's `data`: a JSON string checked against the prompt route's schema."""
    raw = ctx.body.get("data")
    if not raw:
        return {}
    value, errors = parse_json(str(raw).encode("utf-8", "surrogatepass"))
    if errors or not isinstance(value, dict):
        loc = ["body", "data"]
        raise RequestInvalid(
            [{"loc": loc, "msg": "Input should be a JSON object", "type": "json_invalid"}]
        )
    schema = ctx.services.spec.schema("CreateMediaFromPromptRequest")
    errors = schema_errors(schema, value, ["body", "data"])
    if errors:
        raise RequestInvalid(errors)
    return value


async def upload_media(ctx: Ctx) -> Response:
    data = _data_field(ctx)
    doc = _new_doc(ctx, data)
    file_map, uploads = await _save_files(ctx)
    presets, is_list = _presets(data.get("pose_preset"), ctx.services.spec.schema("PosePreset"))
    transition = data.get("is_transition")
    doc.update(
        file_map=file_map,
        uploads=uploads,
        presets=presets,
        preset_is_list=is_list,
        is_transition=transition
        if transition in ("Yes", "No")
        else ("Yes" if len(file_map) == 2 else "No"),
    )
    return _create(ctx, doc, data)


async def create_media_from_prompt(ctx: Ctx) -> Response:
    b = ctx.body
    doc = _new_doc(ctx, b)
    presets, is_list = _presets(b.get("pose_preset"), ctx.services.spec.schema("PosePreset"))
    doc.update(presets=presets, preset_is_list=is_list)
    return _create(ctx, doc, b)


def _load(ctx: Ctx) -> dict[str, Any]:
    found = ctx.services.store.get("media", path_id(ctx))
    if found is None or found[0] != ctx.key:
        raise Refused(404, "NOT_FOUND")
    return found[1]


async def get_media(ctx: Ctx) -> Response:
    media = view(_load(ctx), ctx.services.clock.now(), ctx.file_url)
    return JSON({"data": {"data": media}} if GET_MEDIA_TWICE_WRAPPED else {"data": media})


async def get_processing_status(ctx: Ctx) -> Response:
    media = view(_load(ctx), ctx.services.clock.now(), ctx.file_url)
    # This route gives the percentage as a string of digits.
    return JSON(
        {
            "data": {
                "progress_percentage": str(media["progress_percentage"]),
                "processing_status": media["processing_status"],
            }
        }
    )


async def edit_media(ctx: Ctx) -> Response:
    s = ctx.services
    media_id = path_id(ctx)
    _load(ctx)  # 404 before anything else
    b = ctx.body
    with s.store.tx() as db:
        doc = Store.read(db, "media", media_id)
        if doc is None:
            raise Refused(404, "NOT_FOUND")
        for name in ("title", "description", "rating", "visibility_status", "webhook_url"):
            if name in b:
                doc[name] = b[name]
        changed = [f for f in GENERATION_FIELDS if f in b and b[f] != _current(doc, f)]
        for name in changed:
            _apply(doc, name, b[name])
        doc["updated_at"] = s.clock.now()
        if changed:
            Store.ensure_account(db, ctx.key, s.settings.starting_credits(ctx.key))
            _submit(ctx, db, doc, doc["presets"])
        Store.put(db, "media", media_id, ctx.key, doc)
    return ctx.documented({"data": view(doc, s.clock.now(), ctx.file_url)})


async def process_media(ctx: Ctx) -> Response:
    s = ctx.services
    media_id = path_id(ctx)
    _load(ctx)
    with s.store.tx() as db:
        doc = Store.read(db, "media", media_id)
        if doc is None:
            raise Refused(404, "NOT_FOUND")
        Store.ensure_account(db, ctx.key, s.settings.starting_credits(ctx.key))
        _submit(ctx, db, doc, doc["presets"])
        Store.put(db, "media", media_id, ctx.key, doc)
    return JSON({"data": {}})  # what the docs show this route answer


def _video_index(motion_type: str | None, count: int) -> int:
    """`Auto1` -> the first video, `Auto2` -> the second; no digits -> the first."""
    # ASCII digits only: "¹" is a digit to str.isdigit() but not to int() (was a 500).
    digits = "".join(c for c in (motion_type or "")[-2:] if c in "0123456789")
    return (int(digits) - 1) % count if digits else 0


async def download_media(ctx: Ctx) -> Response:
    s = ctx.services
    doc = _load(ctx)
    now = s.clock.now()
    finished = [(i, r) for i, r in _finished_runs(doc, now) if r["outcome"] == "success"]
    object_type = str(ctx.args.query.get("object_type") or "bullet_video_mp4").lower()
    if object_type.startswith("source"):
        if not doc["uploads"]:
            raise Refused(404, "NOT_FOUND")
        upload = doc["uploads"][0]
        path = s.files.upload_path(upload["id"], upload["name"])
        if path is None:
            raise Refused(404, "NOT_FOUND")
        return FileResponse(path, media_type="application/octet-stream", filename=upload["name"])
    # The spec leaves object_type open (known: bullet_video_mp4, GIF, source files), so
    # any other value gets the bullet video rather than a refusal.
    kind, mime = ("gif", "image/gif") if "gif" in object_type else ("mp4", "video/mp4")
    if not finished:
        last = doc["runs"][-1]
        raise Refused(400, "MEDIA_FAILED" if now >= last["completes_at"] else "MEDIA_NOT_READY")
    run_index, run = finished[-1]
    video = _video_index(ctx.args.query.get("motion_type"), run["videos"])
    width = ctx.args.query.get("width")
    key = f"media-{doc['id']}-{run_index}-{video}-{width or 0}.{kind}"
    path = await anyio.to_thread.run_sync(
        s.files.generated,
        key,
        lambda: render(
            kind,
            f"{doc['id']}:{run_index}:{video}",
            run["aspect_ratio"],
            run["seconds"],
            False,
            width,
        ),
    )
    return FileResponse(path, media_type=mime, filename=f"{doc['id']}.{kind}")


def result_file(
    doc: dict[str, Any], run_index: int, video: int, now: float
) -> tuple[str, dict[str, Any]] | None:
    """(cache key, render args) of a result URL in `result`, if it exists."""
    runs = dict(_finished_runs(doc, now))
    run = runs.get(run_index)
    if run is None or run["outcome"] != "success" or not 0 <= video < run["videos"]:
        return None
    args = {
        "kind": "mp4",
        "seed": f"{doc['id']}:{run_index}:{video}",
        "aspect_ratio": run["aspect_ratio"],
        "seconds": float(run["seconds"]),
        "transparent": False,
    }
    return f"media-{doc['id']}-{run_index}-{video}-0.mp4", args
