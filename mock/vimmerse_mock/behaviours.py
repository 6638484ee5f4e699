"""The handler of each role (roles.py): what the mock does for an operation of that kind."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.responses import Response

from vimmerse_mock import assets, media, text, uploads
from vimmerse_mock.context import JSON, Ctx
from vimmerse_mock.roles import role_of
from vimmerse_mock.spec import Operation, example, sample

Handler = Callable[[Ctx], Awaitable[Response]]


async def from_spec(ctx: Ctx) -> Response:
    """A spec-correct answer for an operation without behaviour: its first success."""
    status = min((s for s in ctx.op.responses if s.startswith("2")), default="200")
    content = (ctx.op.response(status) or {}).get("content", {})
    if "application/json" in content:
        found, value = example(content["application/json"])
        if not found:
            value = sample(content["application/json"].get("schema", {}), full=True)
        return JSON(value, status_code=int(status))
    if content:
        return Response(b"", status_code=int(status), media_type=next(iter(content)))
    return Response(status_code=int(status))


HANDLERS: dict[str, Handler] = {
    "generate": assets.generate,
    "upload": uploads.upload,
    "poll": assets.poll,
    "estimate": assets.estimate,
    "text": text.answer,
    "example": from_spec,
    "media-create": media.create_media,
    "media-upload": media.upload_media,
    "media-prompt": media.create_media_from_prompt,
    "media-status": media.get_processing_status,
    "media-read": media.get_media,
    "media-edit": media.edit_media,
    "media-process": media.process_media,
    "media-download": media.download_media,
}


def behaviour(op: Operation) -> Handler:
    """The handler of the operation's role (classified from the spec, once)."""
    return HANDLERS[role_of(op).name]
