"""Request validation against the spec, answered in FastAPI's 422 shape.

Parameters and form fields arrive as strings and are coerced by their schema type the
way FastAPI does; JSON bodies are parsed strictly (no NaN/Infinity, no non-finite
numbers). Errors are collected across path, query, header and body, as FastAPI does,
and reported as `{"detail": [{"loc": [...], "msg": "...", "type": "..."}]}`.
"""

from __future__ import annotations

import copy
import json
import math
import re
from dataclasses import dataclass, field
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from starlette.datastructures import FormData, UploadFile
from starlette.requests import ClientDisconnect, Request

from vimmerse_mock.spec import Operation

Loc = list[str | int]
Error = dict[str, Any]

_INT = re.compile(r"[+-]?\d{1,4000}")
_TRUE = {"true", "1", "yes", "on", "t", "y"}
_FALSE = {"false", "0", "no", "off", "f", "n"}
_TYPE_MESSAGES = {
    "string": ("string_type", "Input should be a valid string"),
    "integer": ("int_type", "Input should be a valid integer"),
    "number": ("float_type", "Input should be a valid number"),
    "boolean": ("bool_type", "Input should be a valid boolean"),
    "array": ("list_type", "Input should be a valid list"),
    "object": ("dict_type", "Input should be a valid dictionary"),
    "null": ("none_type", "Input should be None"),
}


class RequestInvalid(Exception):
    def __init__(self, errors: list[Error]) -> None:
        super().__init__(errors)
        self.errors = errors

    def body(self) -> dict[str, Any]:
        return {"detail": self.errors}


@dataclass
class Validated:
    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, Any] = field(default_factory=dict)
    body: Any = None  # JSON body or form fields, with the schema's defaults filled in
    files: dict[str, list[UploadFile]] = field(default_factory=dict)
    media_type: str | None = None


def _error(loc: Loc, msg: str, kind: str) -> Error:
    return {"loc": loc, "msg": msg, "type": kind}


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return [str(k) for k in kind]
    if isinstance(kind, str):
        return [kind]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return [t for sub in schema[key] for t in _types(sub)]
    return []


class _Compiled:
    """A schema's two validators: a fast yes/no check, and jsonschema for the errors.

    jsonschema_rs answers "valid?" ~50x faster than jsonschema (most requests are valid);
    jsonschema then explains an invalid value, so the 422 bodies stay what they were. The
    fast check is never more lenient here: where the two differ (regex dialect, strings
    that are not UTF-8) it says invalid or raises, and jsonschema decides.
    """

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema  # held, so the id() key below cannot be reused
        self.full = Draft202012Validator(schema)
        self.fast: jsonschema_rs.Draft202012Validator | None
        try:
            self.fast = jsonschema_rs.Draft202012Validator(schema)
        except Exception:  # a schema it cannot compile: jsonschema alone decides
            self.fast = None

    def accepts(self, value: Any) -> bool:
        """True: valid for sure. False: ask jsonschema (invalid, or the fast check cannot tell)."""
        if self.fast is not None:
            try:
                if self.fast.is_valid(value):
                    return True
            except Exception:  # e.g. lone surrogates: jsonschema decides
                pass
        return False


class _Validators:
    """Each schema's validators, built once: building one costs more than using it.

    Keyed by the schema's identity (the spec's schemas live as long as the app).
    """

    def __init__(self, size: int = 4096) -> None:
        self._size = size
        self._entries: dict[int, _Compiled] = {}

    def get(self, schema: dict[str, Any]) -> _Compiled:
        entry = self._entries.get(id(schema))
        if entry is not None and entry.schema is schema:
            return entry
        if len(self._entries) >= self._size:
            self._entries.clear()  # only schemas built on the fly (tests) get here
        entry = self._entries[id(schema)] = _Compiled(schema)
        return entry


_VALIDATORS = _Validators()


def schema_errors(schema: dict[str, Any], value: Any, loc: Loc) -> list[Error]:
    compiled = _VALIDATORS.get(schema)
    if compiled.accepts(value):
        return []
    found = [e for err in compiled.full.iter_errors(value) for e in _translate(err, loc)]
    # jsonschema reports `required` once per missing name, each carrying the whole list.
    unique: list[Error] = []
    for e in found:
        if e not in unique:
            unique.append(e)
    return unique


def _translate(err: ValidationError, loc: Loc) -> list[Error]:
    where: Loc = [*loc, *err.absolute_path]
    kind = err.validator
    value: Any = err.validator_value
    if kind == "required" and isinstance(err.instance, dict):
        return [
            _error([*where, name], "Field required", "missing")
            for name in value
            if name not in err.instance
        ]
    if kind in ("anyOf", "oneOf") and err.context:
        best = best_match(err.context)
        if best is not None:
            return _translate(best, loc)
    if kind == "type":
        wanted = [t for t in ([value] if isinstance(value, str) else value) if t != "null"]
        code, msg = _TYPE_MESSAGES.get(wanted[0] if wanted else "null", ("type_error", err.message))
        return [_error(where, msg, code)]
    if kind == "enum":
        choices = [f"'{v}'" for v in value]
        listed = choices[0] if len(choices) == 1 else ", ".join(choices[:-1]) + f" or {choices[-1]}"
        return [_error(where, f"Input should be {listed}", "enum")]
    simple = {
        "minimum": ("greater_than_equal", "Input should be greater than or equal to {}"),
        "maximum": ("less_than_equal", "Input should be less than or equal to {}"),
        "exclusiveMinimum": ("greater_than", "Input should be greater than {}"),
        "exclusiveMaximum": ("less_than", "Input should be less than {}"),
        "pattern": ("string_pattern_mismatch", "String should match pattern '{}'"),
        "minItems": ("too_short", "List should have at least {} items"),
        "maxItems": ("too_long", "List should have at most {} items"),
        "minLength": ("string_too_short", "String should have at least {} characters"),
        "maxLength": ("string_too_long", "String should have at most {} characters"),
    }
    if kind in simple:
        code, template = simple[kind]
        return [_error(where, template.format(value), code)]
    return [_error(where, err.message[:500], "value_error")]


def _coerce(raw: Any, schema: dict[str, Any], loc: Loc) -> tuple[Any, list[Error]]:
    """A string (or UploadFile) from a query, header or form, as the schema's type."""
    types = _types(schema)
    binary = schema.get("format") == "binary" or (
        schema.get("type") == "array" and schema.get("items", {}).get("format") == "binary"
    )
    if isinstance(raw, UploadFile):
        if binary:
            return raw, []
        return None, [_error(loc, "Input should be a valid string", "string_type")]
    if binary:
        return None, [
            _error(loc, f"Expected UploadFile, received: {type(raw).__name__}", "value_error")
        ]
    if not isinstance(raw, str) or not types or "string" in types:
        return raw, []
    if "integer" in types:
        if _INT.fullmatch(raw.strip()):
            return int(raw.strip()), []
        return None, [
            _error(
                loc,
                "Input should be a valid integer, unable to parse string as an integer",
                "int_parsing",
            )
        ]
    if "number" in types:
        try:
            number = float(raw)
        except ValueError:
            number = math.nan
        if math.isfinite(number) and len(raw) < 400:
            return number, []
        return None, [
            _error(
                loc,
                "Input should be a valid number, unable to parse string as a number",
                "float_parsing",
            )
        ]
    if "boolean" in types:
        lowered = raw.strip().lower()
        if lowered in _TRUE or lowered in _FALSE:
            return lowered in _TRUE, []
        return None, [
            _error(
                loc, "Input should be a valid boolean, unable to interpret input", "bool_parsing"
            )
        ]
    return raw, []


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


# What json.loads(text, parse_constant=...) builds on every call, built once.
_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


# Nesting past this is refused before anything walks the value: validation, the checks
# below and the store all recurse, and Python's stack ends near 1,000 frames. pydantic
# (the API's FastAPI) stops at the same depth ("recursion limit exceeded").
MAX_DEPTH = 200


def _walk(value: Any) -> tuple[int, list[Error]]:
    """The value's nesting depth and its non-finite numbers, without recursion."""
    errors: list[Error] = []
    deepest = 0
    stack: list[tuple[Any, Loc]] = []

    def visit(item: Any, loc: Loc) -> None:
        if isinstance(item, float) and not math.isfinite(item):
            errors.append(_error(loc, "Input should be a finite number", "finite_number"))
        elif isinstance(item, dict | list):
            stack.append((item, loc))

    visit(value, ["body"])
    while stack:
        item, loc = stack.pop()
        deepest = max(deepest, len(loc))  # loc is ["body", *path]: one entry per level
        if deepest > MAX_DEPTH:
            return deepest, []
        for key, child in item.items() if isinstance(item, dict) else enumerate(item):
            if isinstance(child, dict | list | float):  # scalars cost no path
                visit(child, [*loc, key])
    return deepest, errors


def parse_json(data: bytes) -> tuple[Any, list[Error]]:
    try:
        text = data.decode("utf-8")
        value = _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        return None, [_error(["body", exc.pos], "JSON decode error", "json_invalid")]
    except (ValueError, RecursionError) as exc:
        # Bad UTF-8, NaN/Infinity, integers past Python's digit limit, absurd nesting.
        return None, [_error(["body", 0], f"JSON decode error: {str(exc)[:200]}", "json_invalid")]
    depth, errors = _walk(value)
    if depth > MAX_DEPTH:
        return None, [_error(["body", 0], "JSON input is nested too deeply", "json_invalid")]
    return value, errors


def apply_defaults(schema: dict[str, Any], value: Any) -> Any:
    """Fill the top-level properties the request left out with the schema's defaults."""
    if not isinstance(value, dict):
        return value
    out = dict(value)
    for name, prop in schema.get("properties", {}).items():
        if name not in out and "default" in prop:
            out[name] = copy.deepcopy(prop["default"])
    return out


def media_type(request: Request) -> str | None:
    header = request.headers.get("content-type")
    return header.split(";", 1)[0].strip().lower() if header else None


def _form_fields(
    form: FormData, schema: dict[str, Any], errors: list[Error]
) -> tuple[dict[str, Any], dict[str, list[UploadFile]]]:
    fields: dict[str, Any] = {}
    files: dict[str, list[UploadFile]] = {}
    for name, prop in schema.get("properties", {}).items():
        values = form.getlist(name)
        if not values:
            continue
        if prop.get("type") == "array":
            items = prop.get("items", {})
            coerced = []
            for i, raw in enumerate(values):
                value, errs = _coerce(raw, items, ["body", name, i])
                errors.extend(errs)
                coerced.append(value)
            if items.get("format") == "binary":
                uploads = [v for v in coerced if isinstance(v, UploadFile)]
                files[name] = uploads
                # Files are checked for count and presence here; the schema sees strings.
                fields[name] = ["<file>" for _ in uploads]
            else:
                fields[name] = coerced
        elif len(values) > 1:
            # A field sent more than once is a list, and this one takes a single value
            # (schemathesis sends arrays so): refused rather than the last one kept.
            errors.append(
                _error(["body", name], f"Expected one value, got {len(values)}", "too_many_values")
            )
        else:
            value, errs = _coerce(values[0], prop, ["body", name])
            errors.extend(errs)
            if isinstance(value, UploadFile):
                files[name] = [value]
                fields[name] = "<file>"
            elif not errs:
                fields[name] = value
    return fields, files


async def validate(
    op: Operation,
    request: Request,
    path_params: dict[str, str],
    max_json_bytes: int,
    max_files: int = 16,
) -> Validated:
    out = Validated()
    errors: list[Error] = []
    for param in op.parameters:
        source: Any
        if param.location == "path":
            source, target = path_params, out.path
        elif param.location == "query":
            source, target = request.query_params, out.query
        elif param.location == "header":
            source, target = request.headers, out.headers
        else:
            continue
        loc: Loc = [param.location, param.name]
        raw = source.get(param.name)
        if raw is None:
            if param.required:
                errors.append(_error(loc, "Field required", "missing"))
            elif "default" in param.schema:
                target[param.name] = copy.deepcopy(param.schema["default"])
            continue
        value, errs = _coerce(raw, param.schema, loc)
        if not errs:
            errs = schema_errors(param.schema, value, loc)
        errors.extend(errs)
        if not errs:
            target[param.name] = value

    if op.body:
        await _validate_body(op, request, out, errors, max_json_bytes, max_files)
    if errors:
        raise RequestInvalid(errors)
    return out


async def _validate_body(
    op: Operation,
    request: Request,
    out: Validated,
    errors: list[Error],
    max_json_bytes: int,
    max_files: int,
) -> None:
    kind = media_type(request)
    out.media_type = kind
    json_media = op.body.get("application/json")
    form_media = next(
        (
            op.body[k]
            for k in ("multipart/form-data", "application/x-www-form-urlencoded")
            if k in op.body
        ),
        None,
    )
    if json_media is not None and (
        kind is None or kind == "application/json" or kind.endswith("+json")
    ):
        schema = json_media.get("schema", {})
        data = await _read_limited(request, max_json_bytes)
        if not data.strip():
            if op.body_required:
                errors.append(_error(["body"], "Field required", "missing"))
            out.body = apply_defaults(schema, {})
            return
        value, errs = parse_json(data)
        if errs:
            errors.extend(errs)
            return
        errs = schema_errors(schema, value, ["body"])
        errors.extend(errs)
        out.body = apply_defaults(schema, value)
        return
    if form_media is not None:
        schema = form_media.get("schema", {})
        if kind in ("multipart/form-data", "application/x-www-form-urlencoded"):
            try:
                form = await request.form(max_files=max_files, max_fields=256)
            except (BodyTooLarge, BodyTimeout, ClientDisconnect):
                raise
            except Exception as exc:  # the parser's errors vary by version: all mean bad input
                errors.append(
                    _error(
                        ["body"],
                        f"There was an error parsing the body: {str(exc)[:200]}",
                        "value_error",
                    )
                )
                return
        else:
            # Not a form at all: the required body is missing (if optional, it is empty).
            await _read_limited(request, max_json_bytes)
            if op.body_required:
                errors.append(_error(["body"], "Field required", "missing"))
                return
            form = FormData()
        fields, files = _form_fields(form, schema, errors)
        # Skip the schema check of fields that already failed coercion.
        bad = {e["loc"][1] for e in errors if len(e["loc"]) > 1 and e["loc"][0] == "body"}
        for err in schema_errors(schema, fields, ["body"]):
            if err["loc"][1:2] and err["loc"][1] in bad:
                continue
            errors.append(err)
        out.body = apply_defaults(schema, {k: v for k, v in fields.items() if k not in files})
        out.files = files
        return
    # A JSON operation sent something else (FastAPI reads it as a non-object body).
    await _read_limited(request, max_json_bytes)
    errors.append(
        _error(
            ["body"],
            "Input should be a valid dictionary or object to extract fields from",
            "model_attributes_type",
        )
    )


class BodyTooLarge(Exception):
    """The request body passed the configured limit (answered with 413)."""


class BodyTimeout(Exception):
    """The client sent no body bytes for `read_timeout` seconds (answered with 408)."""


async def _read_limited(request: Request, limit: int) -> bytes:
    chunks = bytearray()
    async for chunk in request.stream():
        chunks += chunk
        if len(chunks) > limit:
            raise BodyTooLarge
    return bytes(chunks)
