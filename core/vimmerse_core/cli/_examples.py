"""A command's Examples, written from the spec's request examples (the manifest's): each
one as the command line that sends it."""

from __future__ import annotations

import json
import shlex
from collections.abc import Mapping
from typing import Any

from ._discover import Field, Operation


def _words(field: Field, value: Any) -> list[str]:
    """The arguments that give ``field`` this value."""
    if field.models or field.model_lists:
        return [field.flag, shlex.quote(json.dumps(value))]
    if field.base is bool:
        return [field.flag if value else f"--no-{field.flag[2:]}"]
    items = value if isinstance(value, list) and field.multiple else [value]
    texts = [shlex.quote(item if isinstance(item, str) else json.dumps(item)) for item in items]
    if field.positional:
        return texts
    return [word for text in texts for word in (field.flag, text)]


def placeholder(field: Field) -> str:
    return field.name.upper()


def command_line(op: Operation, values: Mapping[str, Any]) -> str:
    """``vimmerse TAG COMMAND ARG... --option VALUE ...``, in the command's own order; a
    value the command has no argument for is left out, and a required argument the example
    has no value for (the id of a path) is named in capitals, as in the usage line."""
    words = ["vimmerse", op.tag, op.command]
    for field in op.fields:
        if field.name in values and values[field.name] is not None:
            words += _words(field, values[field.name])
        elif field.positional and field.required:
            words.append(placeholder(field))
    return " ".join(words)


def section(op: Operation) -> str:
    """The Examples section of a command's help (Markdown), or "" when the spec has none."""
    if not op.examples:
        return ""
    blocks = []
    for example in op.examples:
        title = example.get("summary") or str(example["name"]).replace("_", " ")
        blocks.append(f"{title}:\n\n```\n{command_line(op, example['values'])}\n```")
    return "**Examples**\n\n" + "\n\n".join(blocks)
