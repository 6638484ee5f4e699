"""A batch's input: one job per JSONL line (or CSV row), checked against the spec.

A line names its operation as the CLI does (``"image text-to-image"``: group, command)
and its fields by the API's names. What each field takes (type, choices, range, a file to
upload, required or not) is the manifest's ``Param``, which ``make generate`` read from the
spec: no field or operation is named here.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from .._surface import Operation, Param, Surface

OPERATION = "operation"  # the key of a JSONL line that names its operation
_TRUE, _FALSE = {"true", "yes", "1"}, {"false", "no", "0"}


class RowError(ValueError):
    """A row the spec refuses: ``row`` is its line number (1-based)."""

    def __init__(self, row: int, message: str) -> None:
        super().__init__(f"row {row}: {message}")
        self.row = row


@attrs.frozen
class Row:
    row: int  # the line number in the jobs file
    op: Operation
    fields: Mapping[str, Any]  # API name -> value, as given (JSON values)

    @property
    def operation(self) -> str:
        return command_of(self.op)

    def quantity(self) -> int:
        """How many results it asks for (its `quantity` role field, else the default, 1)."""
        param = self.op.role("quantity")
        value = self.fields.get(param.api_name, param.default) if param else None
        return value if isinstance(value, int) and value > 0 else 1


def command_of(op: Operation) -> str:
    """The CLI's words for an operation: its group and its command."""
    return f"{op.tag} {op.name.replace('_', '-')}"


def batchable(surface: Surface) -> dict[str, Operation]:
    """The operations a batch can run: those that answer a job it can wait for."""
    return {
        command_of(op): op
        for op in surface.operations()
        if op.job is not None and op.http_method == "POST" and not op.downloads
    }


def _typed(param: Param, value: Any, base: Path) -> str | None:
    """Why `value` does not fit `param`, or None."""
    kind = param.base
    if kind == "bool":
        ok = isinstance(value, bool)
    elif kind == "int":
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif kind == "float":
        ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    elif kind == "path":
        if not isinstance(value, str):
            return "expected a file path"
        return None if (base / value).is_file() else f"no such file: {value}"
    elif param.models or param.model_lists:
        ok = isinstance(value, dict | list)
    else:
        ok = isinstance(value, str)
    if not ok:
        return f"expected {kind}, got {type(value).__name__}"
    if param.closed and param.choices and value not in param.choices:
        return f"must be one of {', '.join(map(str, param.choices))}"
    if isinstance(value, int | float) and not isinstance(value, bool):
        if param.minimum is not None and value < param.minimum:
            return f"must be at least {param.minimum:g}"
        if param.maximum is not None and value > param.maximum:
            return f"must be at most {param.maximum:g}"
    return None


def _check(param: Param, value: Any, base: Path) -> str | None:
    if param.multiple:
        if not isinstance(value, list):
            return "expected a list"
        errors = (_typed(param, v, base) for v in value)
        return next((e for e in errors if e), None)
    return _typed(param, value, base)


def check(number: int, data: Any, ops: Mapping[str, Operation], base: Path) -> Row:
    """One row as the spec takes it, or a RowError saying the first thing wrong."""
    if not isinstance(data, dict):
        raise RowError(number, "expected a JSON object")
    name = data.get(OPERATION)
    op = ops.get(name) if isinstance(name, str) else None
    if op is None:
        raise RowError(number, f"unknown operation {name!r} (e.g. {next(iter(ops), '')!r})")
    params = {p.api_name: p for p in op.params if p.location in ("body", "query")}
    fields = {k: v for k, v in data.items() if k != OPERATION and v is not None}
    for key, value in fields.items():
        param = params.get(key)
        if param is None:
            raise RowError(number, f"{name}: unknown field {key!r}")
        problem = _check(param, value, base)
        if problem:
            raise RowError(number, f"{key}: {problem}")
    missing = [p.api_name for p in params.values() if p.required and p.api_name not in fields]
    if missing:
        raise RowError(number, f"missing required field {missing[0]!r}")
    return Row(number, op, fields)


def _cell(param: Param | None, text: str) -> Any:
    """A CSV cell as the JSON value its field takes."""
    kind = param.base if param else "str"
    if param and (param.multiple or param.models or param.model_lists):
        return json.loads(text)
    if kind == "int":
        return int(text)
    if kind == "float":
        return float(text)
    if kind == "bool" and text.lower() in _TRUE | _FALSE:
        return text.lower() in _TRUE
    return text


def _csv_rows(path: Path, op: Operation) -> Iterator[tuple[int, Any]]:
    params = {p.api_name: p for p in op.params}
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        for record in reader:
            number = reader.line_num
            try:
                data = {k: _cell(params.get(k), v) for k, v in record.items() if k and v != ""}
            except ValueError as exc:
                yield number, RowError(number, f"not a value its field takes: {exc}")
                continue
            yield number, {OPERATION: command_of(op), **data}


def _jsonl_rows(path: Path) -> Iterator[tuple[int, Any]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except ValueError as exc:
                yield number, RowError(number, f"not JSON: {exc}")


def read(path: Path, surface: Surface, operation: str | None = None) -> list[Row | RowError]:
    """Every job of the file, or why it cannot run. CSV (by its suffix) needs `operation`,
    which every row runs; relative file paths are read from the jobs file's folder."""
    ops = batchable(surface)
    if path.suffix.lower() == ".csv":
        op = ops.get(operation or "")
        if op is None:
            raise RowError(0, f"a CSV batch needs --operation, one of: {', '.join(ops)}")
        source = _csv_rows(path, op)
    else:
        source = _jsonl_rows(path)
    found: list[Row | RowError] = []
    for number, data in source:
        if isinstance(data, RowError):
            found.append(data)
            continue
        try:
            found.append(check(number, data, ops, path.parent))
        except RowError as exc:
            found.append(exc)
    return found
