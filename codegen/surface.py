"""The SDK's surface, described once, in Python, from the spec.

Everything the generated package, the CLI, `make api-diff`, the client-surface summary and
the tests need to know about an operation is decided here: its resource (tag), method name,
route, parameters and their roles, body encoding, return type and unwrapping, whether it can
wait, whether it downloads, and its help text. The templates only print these facts;
`generated/vimmerse/surface.json` (the manifest) ships them to the runtime.

Two inputs: the spec loaded as data (so extensions are read as keys, never from its text) and
openapi-python-client's parse of it (for Python names and type annotations, which must match
the models it generates). Meanings plain OpenAPI cannot say are `x-` extensions, documented
once, at the top of openapi/vimmerse.yaml (tests/spec/test_extensions.py holds them to it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs

from codegen.param_types import value_type
from vimmerse_core._request_options import PER_CALL
from vimmerse_core._surface import Operation, Param
from vimmerse_core.spec import Document, SpecOperation
from vimmerse_core.spec.extensions import (
    APP_NAME,
    BEHAVIOUR,
    CREDITS,
    JOB,
    JOB_READS,
    KNOWN,
    OUTCOMES,
    PROGRESS,
    RESULTS,
    ROLE,
    ROLES,
    SDK_METHOD,
    TERMINAL,
    api_key_header,
    base_url,
    job_fields,
    method_name,
)

# The runtime's helpers (wait, download by id) that the resource class of a tag holding a
# job's read route builds on, by the job's shape: read whole while it runs, or through a
# status route first. A tag without a job's read route gets the plain base class.
HELPERS = {"job": "AssetsHelpers", "status": "MediaHelpers"}

FILE_TEMPLATE = "file_property.py.jinja"
LIST_TEMPLATE = "list_property.py.jinja"
MODEL_TEMPLATE = "model_property.py.jinja"
UNION_TEMPLATE = "union_property.py.jinja"

# Every method's per-call options (the runtime's RequestOptions), and the other keywords
# the SDK adds: no API parameter may take one of these names.
SDK_KEYWORDS = (*PER_CALL, "wait", "dest", "on_progress", "self")


def _text(value: Any) -> str:
    """openapi-python-client wraps spec strings in UntrustedString; give the plain text."""
    if value is None:
        return ""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


def docstring_safe(text: str) -> str:
    """Text for a docstring: backslashes and triple quotes in the spec's prose would end or
    bend the literal."""
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _code(value: Any) -> str:
    """A PythonCode (type or expression) as source text."""
    as_code = getattr(value, "as_unembedded_code", None)
    return str(as_code() if as_code else value)


# -- the spec as data (vimmerse_core.spec reads it, for every tool) ----------------------


def body_properties(doc: Document, op: SpecOperation, content_type: str) -> dict[str, Any]:
    """The resolved properties of the operation's body schema in `content_type`."""
    body = doc.resolve(op.node.get("requestBody") or {})
    schema = doc.resolve((body.get("content") or {}).get(content_type, {}).get("schema"))
    if not isinstance(schema, Mapping):
        return {}
    return {k: doc.resolve(v) for k, v in (schema.get("properties") or {}).items()}


def parameter_schema(doc: Document, op: SpecOperation, name: str, where: str) -> dict[str, Any]:
    """A parameter's schema, with the parameter's own description where it has one."""
    param = op.parameter(name, where)
    if param is None:
        return {}
    schema = dict(doc.resolve(param.get("schema") or {}))
    if param.get("description"):
        schema["description"] = param["description"]
    return schema


# -- the description ------------------------------------------------------------------------


@attrs.frozen
class Surface:
    title: str
    version: str
    tags: tuple[str, ...]  # sorted
    tag_descriptions: Mapping[str, str]
    operations: tuple[Operation, ...]  # by tag, then in the spec's order
    # job kind -> {"field": its status field, "terminal": {status: done | failed},
    #              "progress": its progress field, where the spec marks one}
    #              "model": its answer model, "read"/"status": its routes (see `jobs`)}
    jobs: Mapping[str, Mapping[str, Any]] = attrs.field(factory=dict)
    api_key_header: str = ""  # the header the API key travels in (the security scheme)
    base_url: str = ""  # the spec's first server

    def helpers(self, tag: str) -> tuple[str, dict[str, str]] | None:
        """The runtime helper class a tag's resource builds on (see HELPERS), and the job
        kind and model it follows; None for a tag that reads no job."""
        for kind, job in sorted(self.jobs.items()):
            if job["read"]["tag"] == tag:
                helper = HELPERS["status" if job["status"] else "job"]
                return helper, {"kind": kind, "model": job["model"]}
        return None

    def by_tag(self, tag: str) -> tuple[Operation, ...]:
        return tuple(op for op in self.operations if op.tag == tag)

    def to_manifest(self) -> dict[str, Any]:
        return attrs.asdict(self)


# -- built from openapi-python-client's parse -----------------------------------------------


def _success(endpoint: Any) -> Any | None:
    for response in endpoint.responses.patterns:
        code = response.status_code.range
        if code and code[0] >= 200 and code[1] < 300:
            return response
    return None


def is_file(prop: Any) -> bool:
    return bool(prop.template == FILE_TEMPLATE)


def is_file_list(prop: Any) -> bool:
    return bool(prop.template == LIST_TEMPLATE and prop.inner_property.template == FILE_TEMPLATE)


def _only_data(prop: Any) -> Any | None:
    """The `data` property of a model whose one property is a required `data`."""
    if (
        prop.template == MODEL_TEMPLATE
        and len(prop.required_properties) == 1
        and not prop.optional_properties
        and prop.required_properties[0].name == "data"
    ):
        return prop.required_properties[0]
    return None


@attrs.frozen
class Returns:
    annotation: str
    unwrap: str | None = None
    double_wrap: str | None = None
    binary: bool = False


def returns(endpoint: Any) -> Returns:
    response = _success(endpoint)
    if response is None or not getattr(response.data, "content", None):
        return Returns("None")  # no 2xx, or one without a body (204)
    prop = response.prop
    if prop.template == FILE_TEMPLATE:
        return Returns("Path", binary=True)
    annotation = _code(prop.get_type_string())
    data = _only_data(prop)
    if data is None:
        return Returns(annotation)
    inner = _code(data.get_type_string())
    if data.template == UNION_TEMPLATE:
        # {"data": X | {"data": X}}: the media routes answer their object wrapped once or twice.
        for wrapper in data.inner_properties:
            twice = _only_data(wrapper)
            if twice is None:
                continue
            once = _code(twice.get_type_string())
            others = [o for o in data.inner_properties if o is not wrapper]
            if any(_code(o.get_type_string()) == once for o in others):
                return Returns(once, unwrap="data?", double_wrap=wrapper.class_info.name)
    return Returns(inner, unwrap="data")


def _docstring_of(prop: Any) -> str:
    return " ".join(_text(prop.description).split())


def _title(schema: Mapping[str, Any], api_name: str) -> str:
    """A field's title where it says more than its name ("Foreground video URL" for
    `video_url`): the pages print it beside the field, often as its only text. A one-word
    title is a schema's class name or the name again."""
    title = " ".join(str(schema.get("title", "")).split())
    words = set(re.findall(r"[a-z0-9]+", title.lower()))
    if len(title.split()) < 2 or words <= set(re.findall(r"[a-z0-9]+", api_name.lower())):
        return ""
    return title.rstrip(".") + "."


def _bounds(schema: Mapping[str, Any]) -> tuple[float | None, float | None]:
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    return low, high


def _enum(schema: Mapping[str, Any], doc: Document) -> tuple[Any, ...]:
    if "enum" in schema:
        return tuple(schema["enum"])
    for key in ("anyOf", "oneOf"):
        for member in schema.get(key) or []:
            found = _enum(doc.resolve(member), doc)
            if found:
                return found
    return ()


def _param(prop: Any, *, location: str, schema: Mapping[str, Any], doc: Document) -> Param:
    kind = "file" if is_file(prop) else "files" if is_file_list(prop) else "value"
    if kind == "file":
        annotation = "FileInput" if prop.required else "FileInput | Unset"
        declaration = f"{prop.python_name}: {annotation}" + ("" if prop.required else " = UNSET")
    elif kind == "files":
        annotation = "Sequence[FileInput]" + ("" if prop.required else " | Unset")
        declaration = f"{prop.python_name}: {annotation}" + ("" if prop.required else " = UNSET")
    else:
        annotation = _code(prop.get_type_string())
        # Optional means "not sent unless given": the server applies its own default, which
        # the docstring and the CLI's help name but the SDK never sends on the caller's behalf.
        declaration = (
            _code(prop.to_string())
            if prop.required
            else f"{prop.python_name}: {annotation} = UNSET"
        )
    role = schema.get(ROLE) if location == "body" else None  # roles are request fields'
    if role is not None and role not in ROLES:
        raise ValueError(f"{_text(prop.name)}: {ROLE} must be one of {ROLES}, not {role!r}")
    low, high = _bounds(schema)
    typed = value_type(prop)
    return Param(
        base=typed.base,
        multiple=typed.multiple,
        closed=typed.closed,
        models=typed.models,
        model_lists=typed.model_lists,
        name=str(prop.python_name),
        api_name=_text(prop.name),
        location=location,
        kind=kind,
        required=bool(prop.required),
        annotation=annotation,
        declaration=declaration,
        description=" ".join(str(schema.get("description", "")).split())
        or _docstring_of(prop)
        or _title(schema, _text(prop.name)),
        default=schema.get("default"),
        choices=_enum(schema, doc),
        known=tuple(str(v) for v in schema.get(KNOWN) or ()),
        minimum=low,
        maximum=high,
        role=role,
    )


_ENCODINGS = {"json": "json", "files": "multipart", "data": "form"}


def examples(doc: Document, raw: Mapping[str, Any], params: list[Param]) -> tuple[Any, ...]:
    """The request body's named examples, their fields by the SDK's (and the CLI's) names:
    the CLI's help shows each as a command line."""
    body = doc.resolve(raw.get("requestBody") or {})
    names = {p.api_name: p.name for p in params if p.location == "body"}
    found = []
    for content in (body.get("content") or {}).values():
        for name, example in (content.get("examples") or {}).items():
            example = doc.resolve(example)
            value = example.get("value")
            if isinstance(value, Mapping):
                values = {names[k]: v for k, v in value.items() if k in names}
                found.append(
                    {"name": name, "summary": example.get("summary", ""), "values": values}
                )
    return tuple(found)


def operation(
    endpoint: Any, tag: str, doc: Document, job_models: Mapping[str, str] | None = None
) -> Operation:
    path, method = _text(endpoint.path), str(endpoint.method)
    spec_op = doc.operation(path, method)
    raw = spec_op.node
    operation_id = str(raw.get("operationId") or endpoint.name)
    result = returns(endpoint)

    def parameters(where: str, props: list[Any]) -> list[Param]:
        return [
            _param(
                p,
                location=where,
                schema=parameter_schema(doc, spec_op, _text(p.name), where),
                doc=doc,
            )
            for p in props
        ]

    params = parameters("path", endpoint.path_parameters)
    body_encoding = body_model = None
    if endpoint.bodies:
        body = endpoint.bodies[0]
        body_encoding = _ENCODINGS.get(str(body.body_type), str(body.body_type))
        if len(endpoint.bodies) == 1 and body.prop.template == MODEL_TEMPLATE:
            body_model = str(body.prop.class_info.name)
            schemas = body_properties(doc, spec_op, _text(body.content_type))
            params += [
                _param(p, location="body", schema=schemas.get(_text(p.name), {}), doc=doc)
                for p in body.prop.required_properties + body.prop.optional_properties
            ]
    params += parameters("query", endpoint.query_parameters)
    params += parameters("header", endpoint.header_parameters)
    params += parameters("cookie", endpoint.cookie_parameters)
    job = (job_models or {}).get(result.annotation)
    waits = job is not None and any(p.role == "async" for p in params)
    return Operation(
        tag=tag,
        name=method_name(raw) or operation_id,
        operation_id=operation_id,
        python_id=str(endpoint.name),
        http_method=method.upper(),
        path=path,
        summary=" ".join(_text(endpoint.summary).split()),
        description=_text(endpoint.description).strip(),
        params=tuple(params),
        body_encoding=body_encoding,
        body_model=body_model,
        returns=result.annotation,
        unwrap=result.unwrap,
        double_wrap=result.double_wrap,
        job=job,
        waits=waits,
        downloads=result.binary,
        results=raw.get(RESULTS),
        app_name=raw.get(APP_NAME),
        behaviour=raw.get(BEHAVIOUR),
        credits=credits_field(doc, result.annotation),
        examples=examples(doc, raw, params),
    )


def credits_field(doc: Document, model: str) -> str | None:
    """The field of an answer's model marked `x-vimmerse-credits`: what the job cost."""
    schema = doc.pointer("#/components/schemas").get(model) or {}
    marked = [
        str(name)
        for name, prop in (schema.get("properties") or {}).items()
        if doc.resolve(prop).get(CREDITS)
    ]
    return marked[0] if marked else None


def job_routes(doc: Document, openapi: Any) -> dict[str, dict[str, Any]]:
    """Per job kind, its `x-vimmerse-job` routes: `job` (and `status`, if any)."""
    found: dict[str, dict[str, Any]] = {}
    for tag, collection in sorted(openapi.endpoint_collections_by_tag.items()):
        for endpoint in collection.endpoints:
            path, method = _text(endpoint.path), str(endpoint.method)
            mark = doc.operation(path, method).node.get(JOB)
            if mark is None:
                continue
            kind, reads = (
                mark.get(k) if isinstance(mark, Mapping) else None for k in ("kind", "reads")
            )
            where = f"{method.upper()} {path}: {JOB}"
            if not isinstance(kind, str) or reads not in JOB_READS or method != "get":
                raise ValueError(f"{where} must be {{kind: NAME, reads: job | status}} on a GET")
            names = [_text(p.python_name) for p in endpoint.path_parameters]
            if len(names) != 1:
                raise ValueError(f"{where}: the route needs one path parameter, the job's id")
            if reads in found.setdefault(kind, {}):
                raise ValueError(f"{where}: job {kind!r} has two {reads!r} routes")
            result = returns(endpoint)
            found[kind][reads] = {
                "tag": str(tag),
                "method": method.upper(),
                "path": path,
                "param": names[0],
                "model": result.annotation,
                "unwrap": result.unwrap,
            }
    for kind, routes in found.items():
        if "job" not in routes:
            raise ValueError(f"job {kind!r}: {JOB} marks a status route but no job route")
    return found


def build(data: Mapping[str, Any], openapi: Any) -> Surface:
    """The surface of the spec `data`, as openapi-python-client parsed it into `openapi`."""
    doc = Document(data)
    routes = job_routes(doc, openapi)
    job_models = {r["job"]["model"]: kind for kind, r in routes.items()}
    ops = [
        operation(endpoint, str(tag), doc, job_models)
        for tag, collection in sorted(openapi.endpoint_collections_by_tag.items())
        for endpoint in collection.endpoints
    ]
    _check_unique(ops)
    tags = tuple(sorted({op.tag for op in ops}))
    descriptions = {
        str(t["name"]): " ".join(str(t.get("description", "")).split())
        for t in data.get("tags") or []
        if t.get("name") in tags
    }
    return Surface(
        jobs=jobs(doc, routes),
        api_key_header=api_key_header(data),
        base_url=base_url(data),
        title=_text(openapi.title),
        version=_text(openapi.version),
        tags=tags,
        tag_descriptions=descriptions,
        operations=tuple(ops),
    )


def jobs(doc: Document, routes: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per job kind: its model, its routes, and how its status reads."""
    statuses = job_statuses(doc, {r["job"]["model"]: kind for kind, r in routes.items()})
    found: dict[str, dict[str, Any]] = {}
    for kind, r in sorted(routes.items()):
        if kind not in statuses:
            raise ValueError(f"job {kind!r}: no field of {r['job']['model']} has {TERMINAL}")
        found[kind] = {
            "model": r["job"]["model"],
            "read": r["job"],
            "status": r.get("status"),
            **statuses[kind],
        }
    return found


def job_statuses(doc: Document, job_models: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    """Per job kind, the field of its model whose schema says which statuses end a wait."""
    schemas = doc.pointer("#/components/schemas")
    found: dict[str, dict[str, Any]] = {}
    for model, kind in sorted(job_models.items()):
        for name, prop in (schemas.get(model, {}).get("properties") or {}).items():
            terminal = doc.resolve(prop).get(TERMINAL)
            if terminal is None:
                continue
            bad = {k: v for k, v in terminal.items() if v not in OUTCOMES}
            if bad or kind in found:
                raise ValueError(f"{model}.{name}: {TERMINAL} must be one map of {OUTCOMES}")
            found[kind] = {"field": str(name), "terminal": dict(sorted(terminal.items()))}
    for model, kind in sorted(job_models.items()):
        props = (schemas.get(model, {}).get("properties") or {}).items()
        progress = [str(name) for name, prop in props if doc.resolve(prop).get(PROGRESS)]
        if kind in found and progress:
            found[kind]["progress"] = progress[0]
        if kind in found:
            found[kind]["fields"] = job_fields(model, {n: doc.resolve(p) for n, p in props})
    return found


_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")


def _check_unique(ops: list[Operation]) -> None:
    seen: dict[tuple[str, str], str] = {}
    for op in ops:
        if not _IDENTIFIER.match(op.name):
            raise ValueError(f"{op.operation_id}: {SDK_METHOD} {op.name!r} is no Python name")
        taken = [p.name for p in op.params if p.name in SDK_KEYWORDS]
        if taken:
            raise ValueError(
                f"{op.operation_id}: parameter {taken[0]!r} has the name of an SDK keyword "
                f"({', '.join(SDK_KEYWORDS)}): give it another Python name"
            )
        key = (op.tag, op.name)
        if key in seen:
            raise ValueError(
                f"{op.operation_id} and {seen[key]} are both client.{op.tag}.{op.name}"
            )
        seen[key] = op.operation_id
