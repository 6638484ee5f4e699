"""Group help: the spec's tag descriptions, read from the spec shipped in the package."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from typer.core import TyperGroup

SPEC = Path(__file__).resolve().parent.parent / "openapi.yaml"


@functools.cache
def descriptions() -> dict[str, str]:
    try:
        import yaml
    except ImportError:  # the spec is YAML; without a parser the groups get a generic help
        return {}
    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=loader)
    return {str(t["name"]): str(t.get("description", "")) for t in spec.get("tags", [])}


class TagGroup(TyperGroup):
    """A tag's commands. The help is read when shown, so a plain call (or a completion)
    does not pay for parsing the spec."""

    @property
    def help(self) -> str:
        return descriptions().get(self.name or "", "") or f"Operations tagged {self.name}."

    @help.setter
    def help(self, value: str | None) -> None:
        pass  # set by click's constructor; the property answers instead
