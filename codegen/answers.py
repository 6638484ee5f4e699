"""Which models the SDK reads (answers) and how their modules print, computed from the parse.

A model or enum is an *answer* when it is reachable from any response schema or from a
webhook's body (what `vimmerse.webhooks.parse` reads); a *request* one when reachable from a
request body or parameter. The real API is an open world, so answers are read leniently:

- an enum in an answer accepts values the spec lacks and keeps them as strings (typed
  `Literal[...] | str`, parsed by `parse_<enum>`, which never raises); the `Literal` alias and
  `check_<enum>` stay closed, for requests;
- an absent optional field reads as None (typed `X | None`), not Unset; a field that arrived
  as null is remembered, so `to_dict()` gives back what the server sent;
- fields keep their API names unless those are Python keywords (`credits`, not `credits_`).

A model on both sides (e.g. `SubmitParams`, sent inside a media request and read back in the
media) is an answer: None means "not given" when it is sent, so nothing the caller left out
goes on the wire, but its enum fields are open in its types (the server validates them).
An enum on both sides is closed where a request model uses it and open in answers.
"""

from __future__ import annotations

import json
import keyword
import textwrap
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, ClassVar

import attrs
from openapi_python_client.parser.properties import LiteralEnumProperty, ModelProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import PythonCode, PythonIdentifier

from codegen.surface import _text, docstring_safe

MODEL_TEMPLATE = "answer_model.py.jinja"
# Values parsed from text that prints back differently (`Z` -> `+00:00`, ` ` -> `T`).
TEXTUAL = ("datetime_property.py.jinja", "date_property.py.jinja")


class OpenEnumProperty(LiteralEnumProperty):
    """A literal enum as an answer reads it: any string, known values still named."""

    template: ClassVar[str] = "open_enum_property.py.jinja"

    def get_base_type_string(self) -> PythonCode:
        return PythonCode(f"{self.class_info.name} | str")

    def get_imports(self, *, prefix: str) -> set[str]:
        module = f"{prefix}models.{self.class_info.module_name}"
        name = self.get_class_name_snake_case()
        return {f"from {module} import {self.class_info.name}, parse_{name}"}


@attrs.frozen
class Sides:
    answers: frozenset[str]  # class names of models and enums the SDK reads
    requests: frozenset[str]  # ... and of those it sends

    def to_manifest(self) -> dict[str, list[str]]:
        return {
            "answer": sorted(self.answers - self.requests),
            "request": sorted(self.requests - self.answers),
            "both": sorted(self.answers & self.requests),
        }


def _reach(props: Iterable[Any], models: Mapping[str, Any]) -> frozenset[str]:
    seen: set[str] = set()
    todo = list(props)
    while todo:
        prop = todo.pop()
        if isinstance(prop, ModelProperty | LiteralEnumProperty):
            name = prop.class_info.name
            if name in seen:
                continue
            seen.add(name)
        if isinstance(prop, ModelProperty):
            model = models[prop.class_info.name]  # a reference's copy may be unfilled
            todo += model.required_properties + model.optional_properties
            if isinstance(model.additional_properties, ModelProperty | ListProperty):
                todo.append(model.additional_properties)
        elif isinstance(prop, ListProperty):
            todo.append(prop.inner_property)
        elif isinstance(prop, UnionProperty):
            todo += prop.inner_properties
    return frozenset(seen)


def _webhook_models(spec: Mapping[str, Any], models: Mapping[str, Any]) -> Iterator[Any]:
    """The models of the webhooks' bodies (upstream parses no webhooks: match by $ref; a
    component's model is named by its path, `/components/schemas/X`)."""
    by_path = {_text(m.name): m for m in models.values()}
    for item in (spec.get("webhooks") or {}).values():
        for op in item.values() if isinstance(item, Mapping) else ():
            body = op.get("requestBody") if isinstance(op, Mapping) else None
            for media in ((body or {}).get("content") or {}).values():
                ref = str((media.get("schema") or {}).get("$ref", ""))
                if ref.removeprefix("#") in by_path:
                    yield by_path[ref.removeprefix("#")]


def sides(openapi: Any, spec: Mapping[str, Any]) -> Sides:
    models = {m.class_info.name: m for m in openapi.models}
    endpoints = [e for c in openapi.endpoint_collections_by_tag.values() for e in c.endpoints]
    answers = [r.prop for e in endpoints for r in e.responses]
    requests = [b.prop for e in endpoints for b in e.bodies]
    requests += [p for e in endpoints for p in e.list_all_parameters()]
    return Sides(
        answers=_reach([*answers, *_webhook_models(spec, models)], models),
        requests=_reach(requests, models),
    )


def api_names(openapi: Any) -> None:
    """Give model attributes their API names where Python allows: upstream appends `_` to
    builtins too (`credits_`), but an attribute may shadow a builtin; only keywords may not.
    Mutates the parse (as upstream's own `set_python_name` does), before anything prints."""
    for model in openapi.models:
        for prop in model.required_properties + model.optional_properties:
            name = str(prop.python_name)
            bare = name[:-1]
            if name.endswith("_") and not keyword.iskeyword(bare) and _text(prop.name) == bare:
                object.__setattr__(prop, "python_name", str.__new__(PythonIdentifier, bare))


def opened(prop: Any) -> Any:
    """The property as an answer reads it: its enums (also inside lists and unions) open."""
    if isinstance(prop, LiteralEnumProperty) and not isinstance(prop, OpenEnumProperty):
        return OpenEnumProperty(**{a.name: getattr(prop, a.name) for a in attrs.fields(type(prop))})
    if isinstance(prop, ListProperty):
        return attrs.evolve(prop, inner_property=opened(prop.inner_property))
    if isinstance(prop, UnionProperty):
        return attrs.evolve(prop, inner_properties=[opened(p) for p in prop.inner_properties])
    return prop


@attrs.frozen
class Field:
    """One attribute of an answer model, as the template prints it."""

    prop: Any  # opened, required: upstream's macros print its parse and dump of a value
    python_name: str
    api_name: str  # as a Python string literal
    required: bool
    annotation: str  # `X | None` when optional
    textual: bool  # a date or time: to_dict() gives back the server's own spelling of it


@attrs.frozen
class AnswerModel:
    model: Any
    fields: tuple[Field, ...]
    docstring: str
    textual: bool  # some field is a date or time
    imports: tuple[str, ...]
    lazy_imports: tuple[str, ...]


def _field(prop: Any) -> Field:
    value = attrs.evolve(opened(prop), required=True)
    annotation = value.get_type_string().as_unembedded_code()
    if not prop.required and "None" not in annotation.split(" | "):
        annotation += " | None"
    return Field(
        prop=value,
        python_name=str(prop.python_name),
        api_name=json.dumps(_text(prop.name)),
        required=bool(prop.required),
        annotation=annotation,
        textual=value.template in TEXTUAL,
    )


def _docstring(model: Any, fields: tuple[Field, ...]) -> str:
    def fill(text: str, indent: str = "") -> list[str]:
        return textwrap.wrap(" ".join(text.split()), 84, subsequent_indent=indent)

    head = [_text(model.description)]
    out = [line for text in head if text for line in [*fill(text), ""]]
    out += fill(
        "An answer: an optional field the server left out reads as None; fields and values"
        " the spec lacks are kept (``additional_properties``; enums as plain strings)."
    )
    if fields:
        out += ["", "Attributes:"]
        for f, prop in zip(
            fields, model.required_properties + model.optional_properties, strict=True
        ):
            text = f"{f.python_name} ({f.annotation}): {_text(prop.description)}".rstrip(": ")
            out += ["    " + line for line in fill(text, "    ")]  # continued: 8 spaces
    return docstring_safe("\n".join(out))


def answer_model(model: Any) -> AnswerModel:
    props = model.required_properties + model.optional_properties
    fields = tuple(_field(p) for p in props)
    imports = set(model.relative_imports or ())
    lazy = set(model.lazy_imports or ())
    for f in fields:
        imports |= f.prop.get_imports(prefix="..")
        lazy |= f.prop.get_lazy_imports(prefix="..")
    imports = {line for line in imports if " import check_" not in line} - lazy
    return AnswerModel(
        model=model,
        fields=fields,
        docstring=_docstring(model, fields),
        textual=any(f.textual for f in fields),
        imports=tuple(sorted(imports)),
        lazy_imports=tuple(sorted(lazy)),
    )
