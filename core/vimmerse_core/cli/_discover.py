"""Find the CLI's commands in the generated SDK: one group per resource (spec tag), one
command per operation method, one option per parameter.

All of it comes from the SDK's manifest (``_surface.Surface``): what each operation is
(route, help, roles) and how its arguments are typed (each Param's base type, list-ness,
choices and models, which ``make generate`` read from the spec). The CLI never inspects
the generated methods, so a new operation in the spec becomes a command with no hand edit.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import attrs

from .. import _surface
from .._surface import Surface

DEST_NAME = "dest"  # a download's destination argument


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
    models: tuple[str, ...] = ()  # attrs models (by name) parsed from a JSON value
    model_lists: tuple[str, ...] = ()  # ... or from a JSON list of them
    location: str = "body"  # path | body | query | header | cookie (from the manifest)
    minimum: float | None = None  # the spec's range, checked before anything is sent
    known: tuple[str, ...] = ()  # an open field's values the pages name: completion offers them
    maximum: float | None = None
    # Where the models' classes are found, on first use: importing every model to build
    # the commands would cost `vimmerse --help` a fifth of a second.
    surface: Surface | None = attrs.field(default=None, eq=False, repr=False)

    def model(self, name: str) -> type:
        if self.surface is None:
            raise TypeError(f"{self.flag}: no surface to find the model {name} in")
        return self.surface.model(name)

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
    examples: tuple[dict[str, Any], ...] = ()  # the spec's request examples (the manifest's)

    @property
    def command(self) -> str:
        return self.method.replace("_", "-")

    @property
    def field_names(self) -> frozenset[str]:
        return frozenset(f.name for f in self.fields)


# A manifest parameter's base type (Param.base), as the CLI parses it.
BASES: dict[str, type] = {"str": str, "int": int, "float": float, "bool": bool, "path": Path}


def _field(param: _surface.Param, surface: Surface) -> Field:
    return Field(
        name=param.name,
        help=_help(param),
        positional=param.positional,
        base=BASES[param.base],
        required=param.required,
        choices=tuple(str(c) for c in param.choices) if param.closed else (),
        multiple=param.multiple,
        upload=param.kind != "value",
        models=tuple(param.models),
        model_lists=tuple(param.model_lists),
        location=param.location,
        known=param.known,
        minimum=param.minimum,
        maximum=param.maximum,
        surface=surface,
    )


# The SDK's `dest` argument of a download (not an API parameter, so not in the manifest).
DEST = Field(name=DEST_NAME, help="", positional=True, base=Path, required=True)


def _fields(spec: _surface.Operation, surface: Surface) -> tuple[Field, ...]:
    """The method's arguments in its signature's order: path parameters, the download's
    `dest`, files (required first), then the rest as the manifest lists them."""
    fields = [_field(p, surface) for p in spec.params]
    path = [f for f in fields if f.location == "path"]
    files = [f for f in fields if f.upload]
    rest = [f for f in fields if f not in path and f not in files]
    dest = [DEST] if spec.downloads else []
    files.sort(key=lambda f: not f.required)
    return (*path, *dest, *files, *rest)


def _range(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"Range: {low}..{high}."
    if low is not None:
        return f"At least {low}."
    return "" if high is None else f"At most {high}."


def _help(param: _surface.Param) -> str:
    """The spec's description, its allowed values, its range and the server's default
    (never sent for you)."""
    parts = [param.description.rstrip(".") + "." if param.description else ""]
    if param.choices:
        parts.append(f"One of: {', '.join(str(c) for c in param.choices)}.")
    parts.append(param.known_values)
    parts.append(_range(param.minimum, param.maximum))
    if param.default is not None:
        parts.append(f"Server default: {json.dumps(param.default)}.")
    return " ".join(p for p in parts if p)


def job_command(surface: Surface, kind: str | None) -> JobCommand | None:
    if kind is None:
        return None
    job = surface.job(kind)
    return JobCommand(kind=kind, group=job["read"]["tag"], whole=job["status"] is None)


def operation(spec: _surface.Operation, surface: Surface) -> Operation:
    role = spec.role("async")
    return Operation(
        tag=spec.tag,
        method=spec.name,
        summary=spec.summary,
        description=spec.description,
        route=spec.route,
        fields=_fields(spec, surface),
        sdk_wait=spec.waits,
        async_field=role.name if role else None,
        downloads=spec.downloads,
        job=job_command(surface, spec.job),
        examples=spec.examples,
    )


@functools.cache
def operations(surface: Surface) -> dict[str, tuple[Operation, ...]]:
    """Tag -> its operations, in the spec's order (the manifest's). Hand-written helpers
    (``wait``, ``download`` on the mixins) are not operations: they are not in it."""
    found: dict[str, list[Operation]] = {tag: [] for tag in surface.manifest["tags"]}
    for spec in surface.operations():
        found[spec.tag].append(operation(spec, surface))
    return {tag: tuple(ops) for tag, ops in found.items()}
