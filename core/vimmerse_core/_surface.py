"""The manifest of a generated SDK's surface (``surface.json``), as ``make generate``
computed it from the spec (codegen/surface.py builds these very classes and writes them): every operation's resource, method, route, parameters, roles
and help, each job kind's routes and statuses, the key header and the base URL.

The generated package hands its ``Surface`` to the runtime (its clients' class attribute,
the CLI's and the test kit's entry points): the runtime never imports generated code, it
reads what it needs here. Loaded once, on first use.
"""

from __future__ import annotations

import functools
import importlib
import json
from collections.abc import Mapping
from importlib import resources
from typing import Any, NotRequired, TypedDict

import attrs

from . import _logs

MANIFEST = "surface.json"
SPEC_COPY = "openapi.yaml"  # the spec the package was generated from, shipped beside it


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value) if value is not None else ()


@attrs.frozen(kw_only=True)
class Param:
    """One argument of an SDK method: codegen builds it, the manifest carries it, the CLI
    and the test kit read it."""

    name: str  # the Python keyword
    api_name: str  # the name on the wire
    location: str  # path | body | query | header | cookie
    kind: str  # value | file | files (files stream from a path, bytes or a file object)
    required: bool
    annotation: str  # the Python type, as in the signature
    declaration: str  # "name: type" or "name: type = default", as in the signature
    description: str
    default: Any = None  # the API's default (a JSON value), None when it has none
    choices: tuple[Any, ...] = attrs.field(default=(), converter=_tuple)  # the spec's enum
    # x-vimmerse-known: an open field's values the pages name (help and completion only).
    known: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    minimum: float | None = None
    maximum: float | None = None
    role: str | None = None  # x-vimmerse-role: async | quantity | file-url | app-name
    # How the value is typed, for the CLI (which never inspects the generated methods):
    base: str = "str"  # str | int | float | bool | path (a file's)
    multiple: bool = False  # a list of `base`
    closed: bool = False  # the type admits only `choices`
    models: tuple[str, ...] = attrs.field(default=(), converter=_tuple)  # a JSON object of
    model_lists: tuple[str, ...] = attrs.field(default=(), converter=_tuple)  # ... a list of

    @property
    def known_values(self) -> str:
        """The sentence naming x-vimmerse-known (the SDK's docstrings, the CLI's help)."""
        if not self.known:
            return ""
        return f"Known values: {', '.join(self.known)} (any other is sent as typed)."

    @property
    def positional(self) -> bool:
        """Before the `*` of the method: a path parameter, or a file to upload."""
        return self.location == "path" or self.kind != "value"

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Param:
        return cls(**data)


@attrs.frozen(kw_only=True)
class Operation:
    """One operation: one method on each client, one CLI command, one mock route."""

    tag: str
    name: str  # the SDK method
    operation_id: str
    python_id: str  # the operationId in snake case: names the request builder and parser
    http_method: str  # upper case
    path: str
    summary: str
    description: str
    params: tuple[Param, ...]
    body_encoding: str | None  # json | multipart | form
    body_model: str | None  # the attrs model the fields build, when the body is one
    returns: str  # the method's return annotation
    unwrap: str | None  # "data": the answer is {"data": X}; "data?": maybe {"data": {"data": X}}
    double_wrap: str | None  # the wrapper model of the doubly wrapped answer
    job: str | None  # the job kind the answer is, which wait() follows
    waits: bool  # takes wait=True (has an `async` role field and answers a job)
    downloads: bool  # streams a binary answer to disk (takes dest and on_progress)
    results: str | None  # x-vimmerse-results
    signature: str = ""  # the method's, without self (set once the method is written)
    app_name: str | None = None  # x-app-name: what an estimate of its tag prices it by
    behaviour: str | None = None  # x-vimmerse-behaviour, e.g. "estimate"
    credits: str | None = None  # the answer's x-vimmerse-credits field (charged or estimated)
    # The spec's request examples: {"name", "summary", "values": {python name: value}}.
    examples: tuple[dict[str, Any], ...] = attrs.field(default=(), converter=_tuple)

    @property
    def route(self) -> str:
        return f"{self.http_method} {self.path}"

    def role(self, role: str) -> Param | None:
        return next((p for p in self.params if p.role == role), None)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Operation:
        params = tuple(Param.from_json(p) for p in data["params"])
        return cls(**{**data, "params": params})


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
    fields: dict[str, str]  # x-vimmerse-role on its fields: role (JOB_ROLES) -> field


class Manifest(TypedDict):
    title: str
    version: str
    client: str  # the generated client's class name (its async twin is "Async" + it)
    base_url: str  # the spec's first server
    tags: list[str]
    tag_descriptions: dict[str, str]
    resources: dict[str, str]  # tag -> resource class in <package>.resources.<tag>
    operations: list[dict[str, Any]]  # each an Operation (Surface.operations reads them)
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

    @functools.cached_property
    def _operations(self) -> tuple[Operation, ...]:
        return tuple(Operation.from_json(op) for op in self.manifest["operations"])

    def operations(self, tag: str | None = None) -> list[Operation]:
        """The operations (of one tag), in the spec's order."""
        return [op for op in self._operations if tag is None or op.tag == tag]

    def model(self, name: str) -> type:
        """A model class of the generated package (``<package>.models``), by name."""
        cls: type = getattr(importlib.import_module(f"{self.package}.models"), name)
        return cls

    def resource_class(self, tag: str, *, prefix: str = "") -> type:
        """The resource class of a tag: prefix "" (sync) or "Async"."""
        module = importlib.import_module(f"{self.package}.resources.{tag}")
        cls: type = getattr(module, prefix + self.manifest["resources"][tag])
        return cls

    def spec_text(self) -> str:
        """The spec the package was generated from."""
        return resources.files(self.package).joinpath(SPEC_COPY).read_text(encoding="utf-8")


@functools.cache
def surface(package: str) -> Surface:
    """The one ``Surface`` of a package: its clients' and its CLI's are the same object,
    and the CLI gets it without importing the clients."""
    return Surface(package)


@functools.cache
def load(package: str) -> Manifest:
    text = resources.files(package).joinpath(MANIFEST).read_text(encoding="utf-8")
    data: Manifest = json.loads(text)
    return data
