"""The spec's `x-` extensions, named once, and the facts read from plain OpenAPI that every
tool shares (the key's header, the base URL, an operation's SDK method).

What each extension means is documented once, in the comment at the top of
openapi/vimmerse.yaml; tests/spec/test_extensions.py holds this list to that comment.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._load import SpecError

SDK_METHOD = "x-sdk-method"  # an operation's method name on its resource
SDK_CONTENT_TYPE = "x-sdk-content-type"  # the one content type the SDK sends a body in
APP_NAME = "x-app-name"  # the app a generation route records, which estimates price
RESULTS = "x-vimmerse-results"  # the media type of a job's results
ROLE = "x-vimmerse-role"  # a field's meaning: one of ROLES (request), JOB_ROLES (job)
JOB = "x-vimmerse-job"  # {kind, reads: job | status} on the GET that reads a job
TERMINAL = "x-vimmerse-terminal"  # on a job's status field: status -> done | failed
PROGRESS = "x-vimmerse-progress"  # on a job's 0-100 progress field
SAFE = "x-vimmerse-safe"  # an operation that costs nothing and changes nothing
BEHAVIOUR = "x-vimmerse-behaviour"  # what an operation does where its shape cannot say
CREDITS = "x-vimmerse-credits"  # on an answer's field: the credits charged (or estimated)
KNOWN = "x-vimmerse-known"  # on an open string field: the values the pages name
FRAGMENTS = "x-fragments"  # YAML anchors only: means nothing to any tool

EXTENSIONS = (
    SDK_METHOD,
    SDK_CONTENT_TYPE,
    APP_NAME,
    RESULTS,
    ROLE,
    JOB,
    TERMINAL,
    PROGRESS,
    SAFE,
    BEHAVIOUR,
    CREDITS,
    KNOWN,
    FRAGMENTS,
)
ROLES = ("async", "quantity", "file-url", "webhook", "app-name")
# On a job model's field: what the runtime reads of a job, whatever the field is called.
JOB_ROLES = ("results", "app-name", "created-at", "updated-at")
JOB_READS = ("job", "status")
OUTCOMES = ("done", "failed")


def method_name(operation: Mapping[str, Any]) -> str:
    """The SDK method of an operation: its x-sdk-method, else its operationId."""
    return str(operation.get(SDK_METHOD) or operation.get("operationId") or "")


def api_key_header(doc: Mapping[str, Any]) -> str:
    """The header the spec's one API-key security scheme puts the key in."""
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    names = [
        str(s["name"])
        for s in schemes.values()
        if isinstance(s, Mapping) and s.get("type") == "apiKey" and s.get("in") == "header"
    ]
    if len(names) != 1:
        raise SpecError(f"the spec needs one apiKey security scheme in a header, not {names}")
    return names[0]


def base_url(doc: Mapping[str, Any]) -> str:
    """The API's address: the spec's first server."""
    servers = doc.get("servers") or []
    if not servers or not isinstance(servers[0].get("url"), str):
        raise SpecError("the spec needs a server: its url is the SDK's default base URL")
    return str(servers[0]["url"]).rstrip("/")


def job_fields(model: str, properties: Mapping[str, Any]) -> dict[str, str]:
    """A job model's fields that the runtime reads, role (JOB_ROLES) -> field name, from the
    `x-vimmerse-role` on its (resolved) properties; an unknown or repeated role is refused."""
    fields: dict[str, str] = {}
    for name, prop in properties.items():
        role = prop.get(ROLE) if isinstance(prop, Mapping) else None
        if role is None:
            continue
        if role not in JOB_ROLES or role in fields:
            raise SpecError(f"{model}.{name}: {ROLE} must be one of {JOB_ROLES}, each once")
        fields[str(role)] = str(name)
    return dict(sorted(fields.items()))
