"""Parse a spec's text (YAML, or JSON, which is YAML too) into its document.

PyYAML is not a dependency of the SDK (only of its CLI, mock and tools), so it is imported
when a spec is first parsed, never when the runtime is imported.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


class SpecError(ValueError):
    """The spec cannot be read, or a `$ref` in it cannot be followed."""


def parse(text: str, label: str = "spec") -> dict[str, Any]:
    """The document in `text`: JSON when it reads as JSON, else YAML (libyaml's loader when
    PyYAML has it: about 10x faster on our spec, which every `make generate` and mock start
    parses)."""
    doc: Any
    if text.lstrip().startswith("{"):
        try:
            doc = json.loads(text)
        except ValueError:
            doc = _yaml(text)  # a YAML flow mapping, not JSON
    else:
        doc = _yaml(text)
    if not isinstance(doc, dict):
        raise SpecError(f"{label}: not an OpenAPI document (a {type(doc).__name__} at the top)")
    return doc


def read(path: str | Path) -> dict[str, Any]:
    """The document in the file at `path`."""
    return parse(Path(path).read_text(encoding="utf-8"), str(path))


def _yaml(text: str) -> Any:
    import yaml  # not an SDK dependency: see the module docstring

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
