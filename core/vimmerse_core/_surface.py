"""The manifest of a generated SDK's surface (``surface.json``), as ``make generate``
computed it from the spec: every operation's resource, method, route, parameters, roles
and help, each job kind's routes and statuses, the key header and the base URL.

The generated package hands its ``Surface`` to the runtime (its clients' class attribute,
the CLI's and the test kit's entry points): the runtime never imports generated code, it
reads what it needs here. Loaded once, on first use.
"""

from __future__ import annotations

import functools
import importlib
import json
from importlib import resources
from typing import Any, NotRequired, TypedDict

from . import _logs

MANIFEST = "surface.json"
SPEC_COPY = "openapi.yaml"  # the spec the package was generated from, shipped beside it


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
    job: str | None  # the job kind the answer is, which wait() follows
    waits: bool
    downloads: bool
    results: str | None


class Route(TypedDict):
    """A GET of one job by its id (``x-vimmerse-job``)."""

    tag: str
    method: str
    path: str
    param: str  # the path parameter that takes the job's id
    model: str  # the answer's model
    unwrap: str | None  # "data": the answer is {"data": X}; "data?": maybe twice


class Job(TypedDict):
    model: str  # the job's model (the `job` route's answer)
    read: Route  # reads the job whole
    status: Route | None  # reads only its status and progress, polled while it runs
    field: str  # the model's status field
    terminal: dict[str, str]  # x-vimmerse-terminal: status -> "done" | "failed"
    progress: NotRequired[str]  # x-vimmerse-progress: its 0-100 progress field, if any


class Manifest(TypedDict):
    title: str
    version: str
    client: str  # the generated client's class name (its async twin is "Async" + it)
    base_url: str  # the spec's first server
    tags: list[str]
    tag_descriptions: dict[str, str]
    resources: dict[str, str]  # tag -> resource class in <package>.resources.<tag>
    operations: list[Operation]
    jobs: dict[str, Job]  # job kind -> its model, routes and how its status reads
    api_key_header: str  # the header the API key travels in (the spec's security scheme)
    models: dict[str, list[str]]  # answer | request | both -> model and enum class names


class Surface:
    """A generated package's manifest and what it names, by the package's import name."""

    def __init__(self, package: str) -> None:
        self.package = package

    def __repr__(self) -> str:
        return f"Surface({self.package!r})"

    @functools.cached_property
    def manifest(self) -> Manifest:
        return load(self.package)

    @functools.cached_property
    def api_key_header(self) -> str:
        header = self.manifest["api_key_header"]
        _logs.register_sensitive_header(header)  # redacted wherever headers are shown
        return header

    @property
    def base_url(self) -> str:
        return self.manifest["base_url"]

    def job(self, kind: str) -> Job:
        """How a job of this kind is read and says it has ended, as the spec marks it."""
        return self.manifest["jobs"][kind]

    def job_of(self, model: str) -> Job:
        """The job whose model this is (a job's answer, which ``wait=True`` follows)."""
        return next(job for job in self.manifest["jobs"].values() if job["model"] == model)

    def client_class(self, prefix: str = "") -> type:
        """The generated client: prefix "" (sync) or "Async"."""
        module = importlib.import_module(self.package)
        cls: type = getattr(module, prefix + self.manifest["client"])
        return cls

    def operations(self, tag: str | None = None) -> list[Operation]:
        """The operations (of one tag), in the spec's order."""
        return [op for op in self.manifest["operations"] if tag is None or op["tag"] == tag]

    def resource_class(self, tag: str, *, prefix: str = "") -> type:
        """The resource class of a tag: prefix "" (sync) or "Async"."""
        module = importlib.import_module(f"{self.package}.resources.{tag}")
        cls: type = getattr(module, prefix + self.manifest["resources"][tag])
        return cls

    def spec_text(self) -> str:
        """The spec the package was generated from."""
        return resources.files(self.package).joinpath(SPEC_COPY).read_text(encoding="utf-8")


@functools.cache
def load(package: str) -> Manifest:
    text = resources.files(package).joinpath(MANIFEST).read_text(encoding="utf-8")
    data: Manifest = json.loads(text)
    return data
