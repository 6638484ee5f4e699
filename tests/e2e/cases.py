"""The calls of the end-to-end matrix, generated from the spec and the SDK's signatures.

For every operation in openapi/vimmerse.yaml: the SDK method that sends it (resource = tag,
method = `x-sdk-method` or the operationId), and two calls of it:

- minimal: the required body fields and path parameters only (the SDK fills in defaults);
- all: every documented body field, query and header parameter, with valid values.

Values come from the operation's request examples first (the fewest-field example for the
minimal call, the most-field one for the full call), then from the JSON schema: enums
(a non-default member), defaults, bounds (inside them, off the default), formats and
patterns. JSON values are turned into the SDK's own types (attrs models, files) using the
method's type hints, so the table needs no per-operation code.
"""

from __future__ import annotations

import functools
import inspect
import json
import re
import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from codegen.surface import SDK_KEYWORDS
from tests.e2e.support import PRISM, SPEC
from vimmerse import Vimmerse
from vimmerse_core.spec.extensions import method_name
from vimmerse_mock import formats
from vimmerse_mock.spec import Operation as SpecOperation

MINIMAL = "minimal"
ALL = "all"
VARIANTS = (MINIMAL, ALL)

# Files sent for binary fields: small but real, so the stateful mock can sniff them.
PNG_FILES = (formats.png(8, 6, "e2e-a"), formats.png(6, 8, "e2e-b"))
MP4_FILE = formats.mp4(32, 18, 1.0, "e2e-upload")

# String fields whose schema is too loose to build a meaningful value from (a JSON string,
# a `|`-separated list): the value their description asks for.
STRING_VALUES: dict[str, str] = {
    # UploadMediaRequest.data: "JSON string of the request data" (CreateMediaFromPromptRequest).
    "data": json.dumps(
        {
            "title": "e2e upload",
            "is_transition": "Yes",
            "pose_preset": {"MotionType": "Auto", "Params": "Prompt=e2e|Quantity=1|Loop=1"},
            "submit_params": {"pipeline_preset": "Fast"},
        }
    ),
    "media_items": json.dumps(
        [{"type": "image", "url": "https://media.vimmerse.net/e2e/first.png", "position": "First"}]
    ),
    "Params": "Prompt=e2e|PromptStrength=5|MotionAmount=5|MotionLength=5|Loop=1|Quantity=1",
    "file_size": "1.6",
    "scale_factor": "1",
}

# Semantic minimum the schema cannot express: the upload route needs a file (or video_url),
# as its description says; without one the stateful mock answers 400 EMPTY_FILE.
NEEDS_ONE_OF: dict[str, tuple[str, ...]] = {"upload_video": ("video_file",)}

# Arguments of SDK methods that are not API fields.
SDK_ONLY = frozenset(SDK_KEYWORDS)
RATIO_PATTERN = r"^(\d+):(\d+)$"


# ----------------------------------------------------------------------------- operations
@dataclass(frozen=True)
class Operation:
    spec: SpecOperation
    resource: str  # attribute of the client: client.<resource>.<method>
    method: str

    @property
    def operation_id(self) -> str:
        return self.spec.operation_id

    @property
    def body_media_type(self) -> str | None:
        return next(iter(self.spec.body), None)

    @property
    def body_schema(self) -> dict[str, Any]:
        media = self.body_media_type
        return dict(self.spec.body[media]["schema"]) if media else {}

    def body_examples(self) -> list[dict[str, Any]]:
        media = self.body_media_type
        if media is None:
            return []
        return [
            example["value"]
            for example in (self.spec.body[media].get("examples") or {}).values()
            if isinstance(example, dict) and isinstance(example.get("value"), dict)
        ]


def parameter_example(op: Operation, name: str) -> Any:
    for parameter in op.spec.raw.get("parameters", []):
        if parameter.get("name") == name and "example" in parameter:
            return parameter["example"]
    raise AssertionError(f"{op.operation_id}: parameter {name} has no example")


def sdk_method_name(op: SpecOperation) -> str:
    return method_name(op.raw)


def _operations() -> list[Operation]:
    out = []
    for op in SPEC.operations:
        assert op.tags, f"{op.operation_id} has no tag: no SDK resource for it"
        out.append(Operation(op, op.tags[0], sdk_method_name(op)))
    return out


OPERATIONS: list[Operation] = _operations()
OPERATION_IDS: list[str] = [op.operation_id for op in OPERATIONS]


@functools.cache
def resource_class(client_class: type, resource: str) -> type:
    # The clients import their resource modules on first use (their hints name them only
    # for type checkers), so the class comes from the manifest, and must be what they make.
    from vimmerse._client import SURFACE

    assert isinstance(client_class.__dict__.get(resource), functools.cached_property), (
        f"{client_class.__name__} has no resource {resource!r}"
    )
    prefix = "Async" if client_class.__name__.startswith("Async") else ""
    return SURFACE.resource_class(resource, prefix=prefix)


@functools.cache
def method_hints(client_class: type, resource: str, method: str) -> dict[str, Any]:
    cls = resource_class(client_class, resource)
    function = getattr(cls, method, None)
    assert function is not None, f"{cls.__name__} has no method {method!r}"
    return typing.get_type_hints(function)


@functools.cache
def method_parameters(client_class: type, resource: str, method: str) -> tuple[str, ...]:
    function = getattr(resource_class(client_class, resource), method)
    return tuple(inspect.signature(function).parameters)


# ----------------------------------------------------------------------------- values
@dataclass
class Values:
    """Context of one call's values: which mock, which ids exist there, the webhook URL."""

    mock: str
    ids: dict[str, str]
    webhook_url: str


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return [k for k in kind if k != "null"]
    return [kind] if isinstance(kind, str) else []


def _url(name: str) -> str:
    ext = ".mp4" if "video" in name else ".mp3" if "audio" in name else ".png"
    return f"https://media.vimmerse.net/e2e/{name}{ext}"


def json_value(
    name: str, schema: dict[str, Any], *, full: bool, values: Values, index: int = 0
) -> Any:
    """A valid value of `schema`. `full` fills optional fields and moves off defaults."""
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = [s for s in schema[key] if _types(s) or "properties" in s or "$ref" in s]
            return json_value(name, options[0], full=full, values=values, index=index)
    if "const" in schema:
        return schema["const"]
    default = schema.get("default")
    if schema.get("enum"):
        others = [v for v in schema["enum"] if v != default]
        if full and others:
            return others[min(index, len(others) - 1)]
        return default if default is not None else schema["enum"][0]
    kinds = _types(schema) or (["object"] if "properties" in schema else ["string"])
    kind = kinds[0]
    if kind == "string":
        return _string(name, schema, full=full, values=values, index=index)
    if kind == "integer":
        return _number(schema, full=full, step=1, index=index)
    if kind == "number":
        return float(_number(schema, full=full, step=1.5, index=index))
    if kind == "boolean":
        return (not default) if full else bool(default)
    if kind == "array":
        low = int(schema.get("minItems", 0))
        high = int(schema.get("maxItems", max(low, 2)))
        count = min(high, max(low, 2)) if full else max(low, 1)
        item = schema.get("items", {})
        return [json_value(name, item, full=full, values=values, index=i) for i in range(count)]
    if kind == "object":
        props = schema.get("properties", {})
        if not props:
            return {"e2e": True} if full else {}
        wanted = props if full else {k: props[k] for k in schema.get("required", [])}
        return {key: json_value(key, sub, full=full, values=values) for key, sub in wanted.items()}
    raise AssertionError(f"no value for {name}: unsupported schema {schema}")


def _string(name: str, schema: dict[str, Any], *, full: bool, values: Values, index: int) -> Any:
    if schema.get("format") == "binary":
        return MP4_FILE if "video" in name else PNG_FILES[index % len(PNG_FILES)]
    if name in STRING_VALUES:
        return STRING_VALUES[name]
    if "pattern" in schema:
        assert schema["pattern"] == RATIO_PATTERN, f"no value for pattern {schema['pattern']}"
        return "9:16" if full else schema.get("default", "16:9")
    if schema.get("format") == "date-time":
        return "2025-01-01T00:00:00+00:00"
    if name == "webhook_url":
        return values.webhook_url
    if name.endswith("aspect_ratio"):  # a free string that means "W:H"
        return "9:16" if full else "16:9"
    if name.endswith("_url") or name.endswith("_urls"):
        return _url(f"{name}-{index}" if index else name)
    default = schema.get("default")
    if isinstance(default, str) and default:
        return default
    return f"e2e {name} {index}" if index else f"e2e {name}"


def _number(schema: dict[str, Any], *, full: bool, step: float, index: int) -> float:
    low = schema.get("minimum")
    if low is None and "exclusiveMinimum" in schema:
        low = schema["exclusiveMinimum"] + step
    high = schema.get("maximum")
    default = schema.get("default")
    if full:
        start = default if isinstance(default, int | float) else (low if low is not None else 0)
        value = start + step + index
    else:
        value = default if isinstance(default, int | float) else (low if low is not None else 0)
    if high is not None:
        value = min(value, high)
    if low is not None:
        value = max(value, low)
    return int(value) if step == 1 else float(value)


# ----------------------------------------------------------------------------- SDK types
def _union_args(hint: Any) -> tuple[Any, ...]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return typing.get_args(hint)
    return (hint,)


def to_sdk(value: Any, hint: Any) -> Any:
    """A JSON value as the SDK method's argument type (attrs models built with from_dict)."""
    options = _union_args(hint)
    if isinstance(value, dict):
        for option in options:
            if isinstance(option, type) and hasattr(option, "from_dict"):
                return option.from_dict(value)
        return value
    if isinstance(value, list):
        for option in options:
            if typing.get_origin(option) in (list, Sequence):
                (item,) = typing.get_args(option)
                return [to_sdk(v, item) for v in value]
        raise AssertionError(f"the SDK takes no list here: {hint}")
    return value


def jsonable(value: Any) -> Any:
    """An SDK model (or list of them) as plain JSON, for comparing with what was sent."""
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def returns(op: Operation, client_class: type = Vimmerse) -> Any:
    return method_hints(client_class, op.resource, op.method)["return"]


def return_types(op: Operation) -> tuple[type, ...]:
    found = tuple(t for t in _union_args(returns(op)) if isinstance(t, type))
    assert found, f"{op.operation_id}: no return type"
    return found


# ----------------------------------------------------------------------------- calls
@dataclass
class Call:
    op: Operation
    variant: str
    kwargs: dict[str, Any]  # SDK arguments
    body: dict[str, Any] = field(default_factory=dict)  # JSON of the body fields passed
    params: dict[str, Any] = field(default_factory=dict)  # query/header/path values passed
    # A documented Prism limit (tests/contract/prism_limits.py) this call runs into on Prism,
    # and the same call without what trips it.
    prism_limit: str | None = None
    prism_fallback: Call | None = None

    @property
    def sends_dest(self) -> bool:
        return "dest" in method_parameters(Vimmerse, self.op.resource, self.op.method)

    def effective_async_mode(self) -> bool | None:
        """Whether the job answers at once: its async field (`x-vimmerse-role: async`) as
        sent, else the server's default; None where the operation has none."""
        from vimmerse._client import SURFACE

        spec = next(o for o in SURFACE.operations() if o.operation_id == self.op.operation_id)
        field = next((p for p in spec.params if p.role == "async"), None)
        if field is None:
            return None
        if field.api_name in self.body:
            return bool(self.body[field.api_name])
        return bool(field.default)


def sdk_name(parameter_name: str) -> str:
    """The SDK's keyword for a header/query/path parameter: `X-Client-Type` -> x_client_type."""
    return re.sub(r"\W", "_", parameter_name).lower()


def build(op: Operation, variant: str, values: Values) -> Call:
    full = variant == ALL
    hints = method_hints(Vimmerse, op.resource, op.method)
    call = Call(op, variant, {})

    for parameter in op.spec.parameters:
        if not (full or parameter.required):
            continue
        if parameter.location == "path":
            # Prism answers any id; the stateful mock needs one that exists there.
            value: Any = (
                parameter_example(op, parameter.name)
                if values.mock == PRISM
                else values.ids[parameter.name]
            )
        else:
            value = json_value(parameter.name, parameter.schema, full=True, values=values)
        call.params[parameter.name] = value
        call.kwargs[sdk_name(parameter.name)] = value

    schema = op.body_schema
    required = set(schema.get("required", [])) | set(NEEDS_ONE_OF.get(op.operation_id, ()))
    examples = sorted(op.body_examples(), key=len, reverse=full)
    for name, prop in schema.get("properties", {}).items():
        if not (full or name in required):
            continue
        example = next((e[name] for e in examples if name in e), None)
        value = example if example is not None else json_value(name, prop, full=full, values=values)
        call.body[name] = value
        call.kwargs[name] = to_sdk(value, hints[name])

    unknown = set(call.kwargs) - set(hints)
    assert not unknown, f"{op.operation_id}: the SDK method lacks {sorted(unknown)}"
    _mark_prism_limits(call)
    return call


def _mark_prism_limits(call: Call) -> None:
    media = call.op.body_media_type or ""
    props = call.op.body_schema.get("properties", {})
    # Prism checks multipart arrays only where the body has no other content type.
    if media.startswith("multipart/") and len(call.op.spec.body) == 1:
        arrays = [n for n, v in call.body.items() if props[n].get("type") == "array" and v]
        if arrays:
            call.prism_limit = "must be array"
            call.prism_fallback = replace(
                call,
                kwargs={k: v for k, v in call.kwargs.items() if k not in arrays},
                body={k: v for k, v in call.body.items() if k not in arrays},
                prism_limit=None,
                prism_fallback=None,
            )


def every_sdk_argument(op: Operation, client_class: type) -> set[str]:
    return set(method_parameters(client_class, op.resource, op.method)) - SDK_ONLY
