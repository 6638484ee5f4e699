"""The manifest of the SDK's surface (``surface.json``), as ``make generate`` computed it
from the spec: every operation's resource, method, route, parameters, roles and help.

The CLI builds its commands from it, and tools read it instead of parsing docstrings or
source. Loaded once, on first use.
"""

from __future__ import annotations

import functools
import importlib
import json
from importlib import resources
from typing import Any, NotRequired, TypedDict

MANIFEST = "surface.json"


class Param(TypedDict):
    name: str
    api_name: str
    location: str  # path | body | query | header | cookie
    kind: str  # value | file | files
    required: bool
    annotation: str
    declaration: str
    description: str
    default: Any
    choices: list[Any]
    minimum: float | None
    maximum: float | None
    role: str | None  # x-vimmerse-role: async | quantity


class Operation(TypedDict):
    tag: str
    name: str
    operation_id: str
    python_id: str
    http_method: str
    path: str
    summary: str
    description: str
    params: list[Param]
    body_encoding: str | None
    body_model: str | None
    returns: str
    unwrap: str | None
    double_wrap: str | None
    job: str | None  # asset | media
    waits: bool
    downloads: bool
    results: str | None


class JobStatus(TypedDict):
    field: str  # the job model's status field
    terminal: dict[str, str]  # x-vimmerse-terminal: status -> "done" | "failed"
    progress: NotRequired[str]  # x-vimmerse-progress: its 0-100 progress field, if any


class Manifest(TypedDict):
    title: str
    version: str
    tags: list[str]
    tag_descriptions: dict[str, str]
    resources: dict[str, str]  # tag -> resource class in vimmerse.resources.<tag>
    operations: list[Operation]
    job_statuses: dict[str, JobStatus]  # job kind (asset | media) -> how its status reads
    api_key_header: str  # the header the API key travels in (the spec's security scheme)
    models: dict[str, list[str]]  # answer | request | both -> model and enum class names


@functools.cache
def manifest() -> Manifest:
    text = resources.files(__package__).joinpath(MANIFEST).read_text(encoding="utf-8")
    data: Manifest = json.loads(text)
    return data


def job_status(kind: str) -> JobStatus:
    """How a job of this kind (asset | media) says it has ended, as the spec marks it."""
    return manifest()["job_statuses"][kind]


def operations(tag: str | None = None) -> list[Operation]:
    """The operations (of one tag), in the spec's order."""
    return [op for op in manifest()["operations"] if tag is None or op["tag"] == tag]


def resource_class(tag: str, *, prefix: str = "") -> type:
    """The resource class of a tag: prefix "" (sync) or "Async"."""
    module = importlib.import_module(f"{__package__}.resources.{tag}")
    cls: type = getattr(module, prefix + manifest()["resources"][tag])
    return cls
