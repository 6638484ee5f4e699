"""What each operation does, read once from the spec: its role, never its name.

The shape of an operation says most of it (see the conventions at the top of the spec):

- `generate`: it names the media type of its results (`x-vimmerse-results`);
- `upload`: a multipart body with one single-file (`format: binary`) field, answering a job
  (a JSON schema with a status field marked `x-vimmerse-terminal`);
- `poll`: a GET that answers such a job, read by the id in its path, or one that
  `x-vimmerse-job` marks reading a job (its status route, `reads: status`, is
  `media-status`: the progress of a media-like job);
- `text`: it answers a JSON string (a prompt composed from the request);
- `example`: anything else answers its documented example (or a sample of its schema).

What the shape cannot say, `x-vimmerse-behaviour` does: `estimate` and the media lifecycle
(`media-*`); it may also state any of the roles above. A spec the mock cannot serve (an
unknown behaviour, results of a type it cannot make) is refused at start-up, in one line
naming the route, rather than answered with a 500 later.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vimmerse_core.spec import SpecError as UnreadableSpec
from vimmerse_core.spec.extensions import (
    APP_NAME,
    BEHAVIOUR,
    CREDITS,
    RESULTS,
    TERMINAL,
    job_fields,
)
from vimmerse_mock.files import EXTENSIONS
from vimmerse_mock.spec import Operation, Spec

MEDIA = (
    "media-create",
    "media-upload",
    "media-prompt",
    "media-status",
    "media-read",
    "media-edit",
    "media-process",
    "media-download",
)
SHAPED = ("generate", "upload", "poll", "text", "example")
ROLES = (*SHAPED, "estimate", *MEDIA)
_RESULT_EXTENSION = {mime: ext for ext, mime in EXTENSIONS.items()}
# What an upload's file is checked to be, by the top-level type its encoding accepts.
CHECKED_KINDS = ("image", "video")


class SpecError(ValueError):
    """The spec asks for something the mock cannot do: one line naming the route."""


@dataclass(frozen=True)
class Role:
    name: str  # one of ROLES
    app_name: str = ""  # generate/upload: the asset's app_name
    results: str = ""  # generate: the media type of its result files
    extension: str = ""  # generate: the file extension of that type
    file_field: str = ""  # upload: the multipart field with the file
    accepts: str = ""  # upload: image | video when the file is checked, else ""


def _where(op: Operation) -> str:
    return f"{op.method} {op.path} ({op.operation_id})"


def _success_schema(op: Operation) -> dict[str, Any]:
    status = min((s for s in op.responses if s.startswith("2")), default="")
    return (op.json_schema(status) or {}) if status else {}


def answers_job(op: Operation) -> bool:
    """Its success is a job object: a property whose schema says which statuses end it."""
    props = _success_schema(op).get("properties") or {}
    return any(isinstance(p, dict) and TERMINAL in p for p in props.values())


def answers_text(op: Operation) -> bool:
    return _success_schema(op).get("type") == "string"


def file_fields(op: Operation) -> list[tuple[str, dict[str, Any]]]:
    """(name, media type object) of each single-file field of a multipart body."""
    found = []
    for kind, media in op.body.items():
        if not kind.startswith("multipart/"):
            continue
        props = (media.get("schema") or {}).get("properties") or {}
        for name, schema in props.items():
            if isinstance(schema, dict) and schema.get("format") == "binary":
                found.append((str(name), media))
    return found


def _accepts(media: dict[str, Any], field: str) -> str:
    """image | video when every type the field's encoding names is of that kind (the
    catch-all application/octet-stream aside), else "" (the file is taken as sent)."""
    wanted = str(((media.get("encoding") or {}).get(field) or {}).get("contentType") or "")
    kinds = {
        t.strip().split("/", 1)[0]
        for t in wanted.split(",")
        if t.strip() and t.strip() != "application/octet-stream"
    }
    return kinds.pop() if len(kinds) == 1 and kinds <= set(CHECKED_KINDS) else ""


def _app_name(op: Operation) -> str:
    return str(op.raw.get(APP_NAME) or op.operation_id.replace("_", "-"))


def classify(op: Operation) -> Role:
    stated = op.raw.get(BEHAVIOUR)
    if stated is not None and stated not in ROLES:
        raise SpecError(f"{_where(op)}: {BEHAVIOUR} {stated!r} is not one of {', '.join(ROLES)}")
    results = op.raw.get(RESULTS)
    if stated == "generate" or (stated is None and results is not None):
        extension = _RESULT_EXTENSION.get(str(results))
        if extension is None:
            makes = ", ".join(sorted(_RESULT_EXTENSION))
            raise SpecError(
                f"{_where(op)}: the mock cannot make {RESULTS} {results!r} (it makes {makes})"
            )
        return Role("generate", _app_name(op), str(results), extension)
    fields = file_fields(op)
    if stated == "upload" or (stated is None and answers_job(op) and len(fields) == 1):
        if len(fields) != 1:
            raise SpecError(f"{_where(op)}: an upload needs one multipart file field")
        field, media = fields[0]
        return Role("upload", _app_name(op), file_field=field, accepts=_accepts(media, field))
    if stated is not None:
        return Role(str(stated))
    if op.job_reads == "status":  # x-vimmerse-job: a status-polled job's progress
        return Role("media-status")
    if op.job_reads == "job":  # ...the job itself (a media-like job's read says media-read)
        return Role("poll")
    if answers_job(op) and op.method == "GET" and "{" in op.path:
        return Role("poll")
    if answers_text(op):
        return Role("text")
    return Role("example")


def role_of(op: Operation) -> Role:
    """The operation's role, classified once (asked by behaviours on every request)."""
    return op.memo("role", lambda: classify(op))


def job_answer_fields(op: Operation) -> dict[str, str]:
    """The fields of the job the operation answers that the spec names by a mark: `status`
    (x-vimmerse-terminal), `credits` (x-vimmerse-credits) and each x-vimmerse-role of a job
    model (results, app-name, ...) -> the field's name. Read once per operation."""
    return op.memo("job-fields", lambda: _job_answer_fields(op))


def _job_answer_fields(op: Operation) -> dict[str, str]:
    if not answers_job(op):
        return {}
    props = _success_schema(op).get("properties") or {}
    try:
        found = job_fields(op.operation_id, props)
    except UnreadableSpec as exc:
        raise SpecError(f"{_where(op)}: {exc}") from exc
    for key, mark in (("status", TERMINAL), ("credits", CREDITS)):
        marked = [str(n) for n, p in props.items() if isinstance(p, dict) and p.get(mark)]
        if marked:
            found[key] = marked[0]
    return found


def check(spec: Spec) -> None:
    """Classify every operation now: a spec the mock cannot serve fails before it starts."""
    for op in spec.operations:
        role_of(op)
        job_answer_fields(op)


def generation_routes(spec: Spec) -> dict[str, Role]:
    """The generation routes' roles by the app_name they record (what estimates price)."""
    return {
        role.app_name: role
        for role in (role_of(op) for op in spec.operations)
        if role.name == "generate"
    }
