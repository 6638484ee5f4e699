"""Read the generated SDK docstrings: they carry the spec's summary, description, route and
field descriptions, so the CLI's help comes from the spec without reading it again."""

from __future__ import annotations

import inspect
import re

import attrs

_ROUTE = re.compile(r"^``([A-Z]+) (/\S*)``$")
_ARG = re.compile(r"^(\w+)(?: \([^)]*\))?:\s?(.*)$")
_DEFAULT = re.compile(r"\s*Default:.*$", re.S)
# What the SDK says about upload parameters; the CLI takes a path instead.
_FILE_PREFIX = re.compile(
    r"^(?:an? )?files? to upload: path, bytes or binary file object \(streamed\)\.\s*", re.I
)


@attrs.frozen
class Doc:
    summary: str
    description: str
    method: str
    path: str
    args: dict[str, str]

    @property
    def route(self) -> str:
        return f"{self.method} {self.path}" if self.method else ""


def _args(lines: list[str]) -> dict[str, str]:
    """The ``Args:`` section: ``name (type): text`` lines with indented continuations."""
    out: dict[str, str] = {}
    current: str | None = None
    indent: int | None = None
    for line in lines:
        if not line.strip():
            break
        depth = len(line) - len(line.lstrip())
        if indent is None:
            indent = depth
        match = _ARG.match(line.strip())
        if depth == indent and match:
            current = match.group(1)
            out[current] = match.group(2)
        elif current is not None:
            out[current] += " " + line.strip()
    return {name: _clean(text) for name, text in out.items()}


def _clean(text: str) -> str:
    # The CLI shows defaults itself; a wrapped default would read badly anyway.
    return _FILE_PREFIX.sub("", _DEFAULT.sub("", " ".join(text.split()))).strip()


def parse(docstring: str | None) -> Doc:
    lines = inspect.cleandoc(docstring or "").splitlines()
    summary = lines[0].strip() if lines else ""
    description: list[str] = []
    method = path = ""
    args: dict[str, str] = {}
    for index, line in enumerate(lines[1:], start=1):
        route = _ROUTE.match(line.strip())
        if route:
            method, path = route.groups()
        elif line.strip() == "Args:":
            args = _args(lines[index + 1 :])
        elif not method and not line.startswith((" ", "Returns:", "Raises:")):
            description.append(line)
        if line.strip() in ("Returns:", "Raises:"):
            break
    text = "\n".join(description).strip()
    return Doc(summary=summary, description=text, method=method, path=path, args=args)
