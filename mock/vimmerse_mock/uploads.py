"""Uploads: a multipart file (the spec's one `format: binary` field) stored as a job.

The asset is done at once; its result URL serves the bytes that were sent. Where the
field's encoding names only images or only videos, the file is checked to be one (a 422
naming the field otherwise); any other upload is taken as sent. An empty file may be
replaced by a URL in the query parameter marked `x-vimmerse-role: file-url`.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from urllib.parse import urlsplit

import anyio
from starlette.datastructures import UploadFile
from starlette.responses import Response

from vimmerse_core.spec.extensions import ROLE
from vimmerse_mock import credits
from vimmerse_mock.assets import answer, create
from vimmerse_mock.context import Ctx, Refused
from vimmerse_mock.files import EXTENSIONS, sniff_image, sniff_video
from vimmerse_mock.roles import role_of
from vimmerse_mock.spec import Operation
from vimmerse_mock.validation import RequestInvalid

_CHECKS: dict[str, tuple[Callable[[bytes], str | None], str, str]] = {
    "image": (sniff_image, "an image (JPEG, PNG or WebP)", "image/png"),
    "video": (sniff_video, "a video (MP4, MOV, WebM or AVI)", "video/mp4"),
}
_EXTENSION_OF = {mime: ext for ext, mime in EXTENSIONS.items()}
OCTETS = "application/octet-stream"


def _file_url_param(op: Operation) -> str | None:
    return op.memo(
        "file-url",
        lambda: next(
            (
                p.name
                for p in op.parameters
                if p.location == "query" and p.schema.get(ROLE) == "file-url"
            ),
            None,
        ),
    )


def _not_of_kind(field: str, kind: str) -> RequestInvalid:
    """An upload of the wrong kind: a 422 naming the field, like any other invalid input."""
    return RequestInvalid(
        [{"loc": ["body", field], "msg": f"The file is not {kind}", "type": "value_error"}]
    )


def _declared(upload: UploadFile) -> str:
    """The type the client gave the file, else the one its name suggests."""
    sent = (upload.content_type or "").split(";", 1)[0].strip().lower()
    if sent and sent != OCTETS and "/" in sent:
        return sent
    return mimetypes.guess_type(upload.filename or "")[0] or OCTETS


async def upload(ctx: Ctx) -> Response:
    role = role_of(ctx.op)
    field = role.file_field
    files = ctx.args.files.get(field) or []
    head = b""
    if files:
        files[0].file.seek(0)
        head = files[0].file.read(16)
    check = _CHECKS.get(role.accepts)
    if head:
        mime = check[0](head) if check else _declared(files[0])
        if mime is None and check is not None:
            raise _not_of_kind(field, check[1])
        file_id, name, _ = await anyio.to_thread.run_sync(
            ctx.services.files.save_upload, files[0].file, files[0].filename
        )
        url = f"/files/uploads/{file_id}/{name}"
    else:
        param = _file_url_param(ctx.op)
        given = ctx.args.query.get(param) if param else None
        if not isinstance(given, str) or not given:
            raise Refused(400, "EMPTY_FILE")
        url = given
        guessed = mimetypes.guess_type(urlsplit(given).path)[0]
        mime = guessed or (check[2] if check else OCTETS)
    assert mime is not None
    doc = await create(
        ctx,
        app_name=role.app_name,
        output=_EXTENSION_OF.get(mime, ""),
        quote=credits.price_image(role.app_name, "", 1, free=True),  # uploads are free
        quantity=1,
        duration=0.0,
        results=[url],
        mime_type=mime,
    )
    return answer(ctx, doc)
