"""Find the CLI's commands in the generated SDK: one group per resource (spec tag), one
command per operation method, one option per parameter.

What each operation is (route, help, roles) comes from the SDK's manifest
(``vimmerse._surface``); how its arguments are typed, from the methods' signatures and type
hints. Both are derived from the spec by ``make generate``, so a new operation in the spec
becomes a command with no hand edit.
"""

from __future__ import annotations

import collections.abc
import functools
import inspect
import json
import os
import types
import typing
from pathlib import Path
from typing import Any, Literal

import attrs

from .. import _surface
from .. import types as sdk_types
from .._request_options import RequestOptions
from .._surface import Surface

# SDK parameters the CLI drives itself instead of exposing them as options.
WAIT = "wait"  # asset jobs: the CLI's --wait polls with a progress bar instead
ON_PROGRESS = "on_progress"  # downloads: the CLI passes its progress bar
# The SDK's per-call options: the CLI sends what the spec describes, nothing extra.
PER_CALL = tuple(attrs.fields_dict(RequestOptions))


@attrs.frozen
class Field:
    """One SDK parameter, as a CLI argument (positional in the SDK) or option."""

    name: str
    help: str
    positional: bool
    base: type  # str, int, float, bool or Path
    required: bool
    default: object = None  # None: the API has no default (the field is left out)
    choices: tuple[str, ...] = ()
    multiple: bool = False
    upload: bool = False  # a path whose file is uploaded
    models: tuple[type, ...] = ()  # attrs models parsed from a JSON value
    model_lists: tuple[type, ...] = ()  # ... or from a JSON list of them
    location: str = "body"  # path | body | query | header | cookie (from the manifest)

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")


@attrs.frozen
class JobCommand:
    """A job kind as the CLI follows it."""

    kind: str  # e.g. "asset"
    group: str  # the command group of its read route, whose `wait` resumes it
    whole: bool  # read whole while it runs (no status route): waited on by the object


@attrs.frozen
class Operation:
    tag: str
    method: str
    summary: str
    description: str
    route: str
    fields: tuple[Field, ...]
    sdk_wait: bool  # the SDK method takes wait= (an asset job with an async field)
    async_field: str | None  # the field whose x-vimmerse-role is "async" (answer at once)
    downloads: bool  # the SDK method streams a file to disk (takes on_progress)
    job: JobCommand | None  # the job the answer is (x-vimmerse-job), which --wait follows

    @property
    def command(self) -> str:
        return self.method.replace("_", "-")

    @property
    def field_names(self) -> frozenset[str]:
        return frozenset(f.name for f in self.fields)


def _members(annotation: Any) -> list[Any]:
    """The members of a union, without Unset and None (the CLI leaves such fields out)."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        found = [m for arg in typing.get_args(annotation) for m in _members(arg)]
    else:
        found = [annotation]
    return [m for m in found if m not in (sdk_types.Unset, type(None))]


def _is_model(value: Any) -> bool:
    return isinstance(value, type) and attrs.has(value) and hasattr(value, "from_dict")


def _is_sequence(value: Any) -> bool:
    return typing.get_origin(value) in (list, collections.abc.Sequence)


@attrs.frozen
class _Shape:
    base: type = str
    choices: tuple[str, ...] = ()
    multiple: bool = False
    upload: bool = False
    models: tuple[type, ...] = ()
    model_lists: tuple[type, ...] = ()


def _shape(annotation: Any) -> _Shape:
    members = _members(annotation)
    if sdk_types.File in members:
        return _Shape(base=Path, upload=True)  # FileInput: a path, bytes or a file object
    if len(members) == 1 and _is_sequence(members[0]):
        inner = _shape(typing.get_args(members[0])[0])
        if not inner.models:
            return attrs.evolve(inner, multiple=True)
    models = tuple(m for m in members if _is_model(m))
    model_lists = tuple(
        typing.get_args(m)[0]
        for m in members
        if _is_sequence(m) and _is_model(typing.get_args(m)[0])
    )
    if models or model_lists:
        return _Shape(models=models, model_lists=model_lists)
    if members and all(typing.get_origin(m) is Literal for m in members):
        return _Shape(choices=tuple(str(v) for m in members for v in typing.get_args(m)))
    if any(typing.get_origin(m) is os.PathLike for m in members):
        return _Shape(base=Path)
    for base in (bool, int, float, str):
        if members == [base]:
            return _Shape(base=base)
    return _Shape()  # Any, or a mix of scalars: passed as text


def _field(
    param: inspect.Parameter, annotation: Any, help_text: str, location: str = "body"
) -> Field:
    shape = _shape(annotation)
    default = param.default
    required = default is inspect.Parameter.empty
    if required or isinstance(default, sdk_types.Unset):
        default = None
    return Field(
        name=param.name,
        help=help_text,
        positional=param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD,
        base=shape.base,
        required=required,
        default=default,
        choices=shape.choices,
        multiple=shape.multiple,
        upload=shape.upload,
        models=shape.models,
        model_lists=shape.model_lists,
        location=location,
    )


def _range(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"Range: {low}..{high}."
    if low is not None:
        return f"At least {low}."
    return "" if high is None else f"At most {high}."


def _help(param: _surface.Param) -> str:
    """The spec's description, its allowed values, its range and the server's default
    (never sent for you)."""
    parts = [param["description"].rstrip(".") + "." if param["description"] else ""]
    if param["choices"]:
        parts.append(f"One of: {', '.join(str(c) for c in param['choices'])}.")
    parts.append(_range(param["minimum"], param["maximum"]))
    if param["default"] is not None:
        parts.append(f"Server default: {json.dumps(param['default'])}.")
    return " ".join(p for p in parts if p)


def job_command(surface: Surface, kind: str | None) -> JobCommand | None:
    if kind is None:
        return None
    job = surface.job(kind)
    return JobCommand(kind=kind, group=job["read"]["tag"], whole=job["status"] is None)


def operation(spec: _surface.Operation, method: Any, surface: Surface) -> Operation:
    hints = typing.get_type_hints(method)
    params = list(inspect.signature(method).parameters.values())[1:]  # without self
    help_texts = {p["name"]: _help(p) for p in spec["params"]}
    locations = {p["name"]: p["location"] for p in spec["params"]}
    fields = tuple(
        _field(p, hints.get(p.name, Any), help_texts.get(p.name, ""), locations.get(p.name, "body"))
        for p in params
        if p.name not in (WAIT, ON_PROGRESS, *PER_CALL)
    )
    return Operation(
        tag=spec["tag"],
        method=spec["name"],
        summary=spec["summary"],
        description=spec["description"],
        route=f"{spec['http_method']} {spec['path']}",
        fields=fields,
        sdk_wait=spec["waits"],
        async_field=next((p["name"] for p in spec["params"] if p["role"] == "async"), None),
        downloads=spec["downloads"],
        job=job_command(surface, spec["job"]),
    )


@functools.cache
def operations(surface: Surface) -> dict[str, tuple[Operation, ...]]:
    """Tag -> its operations, in the spec's order (the manifest's). Hand-written helpers
    (``wait``, ``download`` on the mixins) are not operations: they are not in it."""
    found: dict[str, list[Operation]] = {tag: [] for tag in surface.manifest["tags"]}
    for spec in surface.operations():
        resource = surface.resource_class(spec["tag"])
        found[spec["tag"]].append(operation(spec, getattr(resource, spec["name"]), surface))
    return {tag: tuple(ops) for tag, ops in found.items()}
