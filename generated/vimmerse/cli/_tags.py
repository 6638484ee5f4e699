"""Group help: the spec's tag descriptions, from the SDK's manifest."""

from __future__ import annotations

from typer.core import TyperGroup

from .. import _surface


def descriptions() -> dict[str, str]:
    return _surface.manifest()["tag_descriptions"]


class TagGroup(TyperGroup):
    """A tag's commands, with the tag's description as help."""

    @property
    def help(self) -> str:
        return descriptions().get(self.name or "", "") or f"Operations tagged {self.name}."

    @help.setter
    def help(self, value: str | None) -> None:
        pass  # set by click's constructor; the property answers instead
