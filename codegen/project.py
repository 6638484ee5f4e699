"""openapi-python-client driven as a library, rendering our layout from the surface.

Upstream writes models/ and types.py as usual. Instead of its api/ tree (endpoint modules
with sync/asyncio functions the SDK never calls), client.py (a second, policy-free client)
and errors.py, this writes:

- resources/<tag>.py: the tag's request builders, answer parsers and its sync, async and
  raw-response resource classes;
- _client.py: Vimmerse and AsyncVimmerse, their resources made on first use;
- surface.json: the manifest of codegen/surface.py, read by the CLI and the summary.

Every decision comes from `surface.Surface`; the templates print it.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import tempfile
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import jinja2
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.strings import pascal_case

import vimmerse_core
from codegen import answers
from codegen import surface as sf
from vimmerse_core import _defaults, _request_options
from vimmerse_core._surface import Operation, Param
from vimmerse_core.spec import Document, unescape

MANIFEST = "surface.json"
# Per user and interpreter: the compiled templates are Python bytecode.
JINJA_CACHE = (
    Path(tempfile.gettempdir())
    / f"vimmerse-codegen-jinja-{os.getuid() if hasattr(os, 'getuid') else 0}"
    / sys.implementation.cache_tag
)
CLIENT = "Vimmerse"  # the client classes' name (client_module.py.jinja), in the manifest
RUNTIME = "vimmerse_core"  # the hand-written runtime the generated package imports
# The package's entry points into the runtime, each bound to this package's clients.
SHIMS = {
    "__init__.py": "package_init.py.jinja",
    "__main__.py": "main_module.py.jinja",
    "cli.py": "cli_module.py.jinja",
    "webhooks.py": "webhooks_module.py.jinja",
    "batch.py": "batch_module.py.jinja",
    "testing/__init__.py": "testing_init.py.jinja",
    "testing/pytest_plugin.py": "pytest_plugin.py.jinja",
    "py.typed": "py_typed.jinja",
}


def _batch_names() -> list[str]:
    """What the runtime's batch package exports: ``vimmerse.batch`` re-exports it."""
    from vimmerse_core import batch

    return sorted(batch.__all__)


def _public_names() -> list[str]:
    """What the runtime exports (vimmerse_core.__all__): the package re-exports it. The
    runtime loads its names lazily, so reading the list imports no HTTP stack."""
    return sorted(vimmerse_core.__all__)


WRAP = 92


def resource_class(tag: str) -> str:
    return f"{pascal_case(tag)}Resource"


@attrs.frozen
class View:
    """What the resource template prints for one operation."""

    op: Operation
    endpoint: Any  # upstream's Endpoint: its macros print the request builder
    success: Any  # upstream's Response for the 2xx answer (None: no body)
    builder: str  # the request builder's name
    parser: str  # the answer parser's name
    positional: tuple[str, ...]  # parameter declarations before `*`
    keywords: tuple[str, ...]  # after it
    docstring: str
    body_args: tuple[tuple[str, str], ...]  # (field, value expression) of the body model
    builder_args: str  # the builder's call arguments
    uses_files: bool
    job_id: str  # what names the job a download belongs to (its path parameters), or "None"

    @property
    def signature(self) -> str:
        """The method's signature without self, as `make generate`'s summary shows it."""
        params = [*self.positional, *(["*", *self.keywords] if self.keywords else [])]
        return f"({', '.join(params)}) -> {self.op.returns}"


def _value(param: Param, op: Operation) -> str:
    name = param.name
    if op.waits and param.role == "async":
        return f"True if wait else {name}"
    if param.kind == "file":
        expr = f"to_file({name}, _files)"
    elif param.kind == "files":
        expr = f"[to_file(f, _files) for f in {name}]"
    else:
        return name
    return expr if param.required else f"UNSET if isinstance({name}, Unset) else {expr}"


# The per-call options, as every method declares and documents them: the runtime's
# RequestOptions defines them (names, types, defaults, help).
PER_CALL = _request_options.per_call_declarations()


def _wrap(text: str) -> str:
    return "\n".join(textwrap.fill(paragraph, WRAP) for paragraph in text.split("\n"))


def _docstring(op: Operation, lines: list[tuple[str, str]]) -> str:
    out = [f"{op.summary}." if op.summary else op.name, ""]
    if op.description:
        out += [_wrap(op.description), ""]
    out += [f"``{op.route}``", ""]
    if lines:
        out.append("Args:")
        for name, text in lines:
            wrapped = textwrap.fill(f"{name}: {text}", 88, subsequent_indent="    ")
            out += ["    " + line for line in wrapped.splitlines()]
        out.append("")
    out.append("Returns:")
    if op.downloads:
        out.append("    The path written (atomically, streamed in constant memory).")
    else:
        out.append(f"    {op.returns}")
    out += [
        "",
        "Raises:",
        "    APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.",
        "    APIConnectionError: no answer (APITimeoutError on a timeout).",
        "    APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;",
        "        ``.job_id`` when it names the job it created).",
    ]
    if op.waits:
        out.append("    JobFailedError: with ``wait=True``, the job ended in ``fail``.")
    return sf.docstring_safe("\n".join(out))


def _help(param: Param) -> str:
    text = param.description
    if param.kind != "value":
        what = "files" if param.kind == "files" else "a file"
        text = f"{what} to upload: path, bytes or binary file object (streamed). {text}"
    text = f"{text} {param.known_values}"
    if param.default is not None:
        text = f"{text} Server default: {json.dumps(param.default)} (sent only when given)."
    return " ".join(text.split())


def view(op: Operation, endpoint: Any) -> View:
    path = [p for p in op.params if p.location == "path"]
    body = [p for p in op.params if p.location == "body"]
    others = [p for p in op.params if p.location not in ("path", "body")]
    files = [p for p in body if p.kind != "value"]
    positional = [p.declaration for p in path]
    if op.downloads:
        positional.append("dest: Destination")
    positional += [p.declaration for p in files if p.required]
    positional += [p.declaration for p in files if not p.required]
    keywords = [p.declaration for p in body if p.kind == "value"]
    if endpoint.bodies and op.body_model is None:
        prop = endpoint.bodies[0].prop
        default = "" if prop.required else " = UNSET"
        keywords.append(f"body: {sf._code(prop.get_type_string())}{default}")
    keywords += [p.declaration for p in others]
    if op.waits:
        keywords.append("wait: bool = False")
    if op.downloads:
        keywords.append("on_progress: DownloadProgress | None = None")
    keywords += [declaration for declaration, _ in PER_CALL]
    args: list[tuple[str, str]] = [(p.name, _help(p)) for p in path]
    if op.downloads:
        args.append(
            (
                "dest",
                "a file path, or a folder (existing, or ending in '/') to write into under a"
                " name with the job's id; an existing file is never replaced (a free name is"
                " chosen, and returned).",
            )
        )
    args += [(p.name, _help(p)) for p in body + others]
    if op.waits:
        async_field = op.role("async")
        assert async_field is not None
        args.append(
            (
                "wait",
                f"set ``{async_field.name}`` and poll the asset until it finishes"
                " (see ``assets.wait``).",
            )
        )
    if op.downloads:
        args.append(
            ("on_progress", "called with (bytes written, total bytes or None) after each chunk.")
        )
    args += [(declaration.split(":")[0], text) for declaration, text in PER_CALL]
    if op.waits:
        args[-1] = (args[-1][0], args[-1][1] + " With ``wait=True`` it bounds each poll too.")
    call = [f"{p.name}={p.name}" for p in path]
    if op.body_model is not None:
        call.append("body=_body")
    elif endpoint.bodies:
        call.append("body=body")
    call += [f"{p.name}={p.name}" for p in others]
    success = sf._success(endpoint)
    return View(
        op=op,
        endpoint=endpoint,
        success=None if op.returns == "None" else success,
        builder=f"_{op.python_id}_request",
        parser=f"_parse_{op.python_id}",
        positional=tuple(positional),
        keywords=tuple(keywords),
        docstring=_docstring(op, args),
        body_args=tuple((p.name, _value(p, op)) for p in body),
        builder_args=", ".join(call),
        uses_files=bool(files),
        job_id=' + "-" + '.join(f"str({p.name})" for p in path) or "None",
    )


def _imports(endpoint: Any, success: Any) -> set[str]:
    props = [body.prop for body in endpoint.bodies]
    if len(endpoint.bodies) == 1 and endpoint.bodies[0].prop.template == sf.MODEL_TEMPLATE:
        # The body's fields are the method's parameters: their annotations need imports.
        body = endpoint.bodies[0].prop
        fields = body.required_properties + body.optional_properties
        props += [f for f in fields if not (sf.is_file(f) or sf.is_file_list(f))]
    props += endpoint.list_all_parameters()
    if success is not None and success.prop.template != sf.FILE_TEMPLATE:
        props.append(success.prop)
        data = sf._only_data(success.prop)
        if data is not None:  # an unwrapped answer is annotated with what it wraps
            props.append(data)
    lines: set[str] = set()
    for prop in props:
        lines.update(prop.get_imports(prefix=".."))
        lines.update(prop.get_lazy_imports(prefix=".."))
    # Literal enums also import their check_x validator, which only the models use.
    return {line for line in lines if " import check_" not in line}


class SdkProject(Project):
    """Upstream's project, with our api layer (see the module docstring)."""

    def __init__(self, *, spec: Mapping[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # Compiling the ~50 templates was a tenth of a regeneration: keep the compiled code
        # between runs (keyed by each template's source checksum, so an edit recompiles).
        JINJA_CACHE.mkdir(parents=True, exist_ok=True)
        self.env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(JINJA_CACHE))
        answers.api_names(self.openapi)
        self.sides = answers.sides(self.openapi, spec)
        self.env.globals["open_enums"] = self.sides.answers
        self.env.globals["per_call"] = _request_options.PER_CALL
        self.env.globals["per_call_help"] = [
            (declaration.split(":")[0], text) for declaration, text in PER_CALL
        ]
        self.surface = sf.build(spec, self.openapi)
        self.spec = spec
        self.api_md = ""  # the reference, rendered with the api layer

    def _build_models(self) -> None:
        super()._build_models()
        # The models the SDK reads are rewritten from our template (codegen/answers.py).
        template = self.env.get_template(answers.MODEL_TEMPLATE)
        for model in self.openapi.models:
            if model.class_info.name in self.sides.answers:
                self._write(
                    self.package_dir / "models" / f"{model.class_info.module_name}.py",
                    template.render(answer=answers.answer_model(model)),
                )

    def _build_api(self) -> None:
        endpoints = {
            (str(tag), str(e.name)): e
            for tag, collection in self.openapi.endpoint_collections_by_tag.items()
            for e in collection.endpoints
        }
        views: dict[str, list[View]] = {tag: [] for tag in self.surface.tags}
        imports: dict[str, set[str]] = {tag: set() for tag in self.surface.tags}
        for op in self.surface.operations:
            endpoint = endpoints[(op.tag, op.python_id)]
            v = view(op, endpoint)
            views[op.tag].append(v)
            imports[op.tag] |= _imports(endpoint, v.success)
        classes = {tag: resource_class(tag) for tag in self.surface.tags}
        resources = self.package_dir / "resources"
        resources.mkdir()
        module = self.env.get_template("resource.py.jinja")
        for tag in self.surface.tags:
            self._write(
                resources / f"{tag}.py",
                module.render(
                    tag=tag,
                    cls=classes[tag],
                    helpers=(self.surface.helpers(tag) or (None, None))[0],
                    job=(self.surface.helpers(tag) or (None, None))[1],
                    views=views[tag],
                    imports=sorted(imports[tag]),
                    description=self.surface.tag_descriptions.get(tag, ""),
                ),
            )
        self._write(
            resources / "__init__.py",
            self.env.get_template("resources_init.py.jinja").render(classes=classes),
        )
        self._write(
            self.package_dir / "_client.py",
            self.env.get_template("client_module.py.jinja").render(
                classes=classes, base_url=self.surface.base_url, defaults=_defaults
            ),
        )
        webhook = self.webhook()
        for name, template in SHIMS.items():
            if name == "webhooks.py" and webhook is None:
                continue
            self._write(
                self.package_dir / name,
                self.env.get_template(template).render(
                    runtime=RUNTIME, public=_public_names(), webhook=webhook, batch=_batch_names()
                ),
            )
        manifest = {**self.surface.to_manifest(), "resources": classes, "client": CLIENT}
        manifest["models"] = self.sides.to_manifest()  # answer / request / both
        signatures = {(v.op.tag, v.op.name): v.signature for vs in views.values() for v in vs}
        for op in manifest["operations"]:
            op["signature"] = signatures[(op["tag"], op["name"])]
        self.api_md = self.env.get_template("api.md.jinja").render(
            surface=self.surface,
            classes=classes,
            signatures={key: f"def {key[1]}{sig}" for key, sig in signatures.items()},
        )
        self._write(
            self.package_dir / MANIFEST,
            json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
        )

    def webhook(self) -> dict[str, Any] | None:
        """The model of the spec's webhook body and its required string fields, or None."""
        hooks = [
            op.get("requestBody", {}).get("content", {}).get("application/json", {})
            for item in (self.spec.get("webhooks") or {}).values()
            for op in item.values()
        ]
        refs = {str(h.get("schema", {}).get("$ref", "")) for h in hooks}
        if not refs:
            return None
        if len(refs) != 1 or "" in refs:
            raise ValueError(f"webhooks: one $ref'd JSON body schema is supported, not {refs}")
        ref = refs.pop()
        schema = Document(self.spec).pointer(ref)
        name = unescape(ref.rsplit("/", 1)[1])
        model = next(m for m in self.openapi.models if m.class_info.name == pascal_case(name))
        strings = [
            str(f)
            for f in schema.get("required", [])
            if schema.get("properties", {}).get(f, {}).get("type") == "string"
        ]
        return {
            "model": model.class_info.name,
            "module": model.class_info.module_name,
            "required": strings,
        }

    def _write(self, path: Path, text: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding=self.config.file_encoding)


def generate(spec: Mapping[str, Any], *, config_file: Path, templates: Path, out: Path) -> str:
    """Write the package into `out` (which must not exist) and return the API reference
    (api.md). Raises on any generator warning."""
    config = Config.from_sources(
        ConfigFile.load_from_path(config_file),
        meta_type=MetaType.NONE,
        document_source=Path("openapi.yaml"),  # only named in upstream's messages
        file_encoding="utf-8",
        overwrite=False,
        output_path=out,
    )
    openapi = GeneratorData.from_dict(dict(spec), config=config)
    if isinstance(openapi, GeneratorError):
        raise RuntimeError(f"{openapi.header}: {openapi.detail}")
    project = SdkProject(spec=spec, openapi=openapi, config=config, custom_template_path=templates)
    with contextlib.redirect_stdout(io.StringIO()):  # upstream prints a banner
        errors = list(project.build())
    if errors:
        detail = "\n".join(f"{e.level.name}: {e.header}: {e.detail}" for e in errors)
        raise RuntimeError(f"openapi-python-client reported problems:\n{detail}")
    return project.api_md
