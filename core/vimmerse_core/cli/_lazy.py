"""Command groups whose commands are built on first use.

Building a typer command per operation (its options, their help, the shared root options)
is most of what ``vimmerse --help`` would cost; the root's help needs only each group's
name and description. So a tag's group is a ``LazyGroup``: its commands are made the first
time anything reads them (``vimmerse image ...``, its help, shell completion).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import typer
from typer.core import TyperGroup

Loader = Callable[[], typer.Typer]


class LazyGroup(TyperGroup):
    """A group whose ``commands`` come from ``load`` (set per group by ``lazy_class``)."""

    load: Loader

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._commands: dict[str, Any] | None = None
        self.on_load: list[Callable[[TyperGroup], None]] = []  # e.g. _shared's copies
        super().__init__(*args, **kwargs)

    @property
    def loaded(self) -> bool:
        return self._commands is not None

    @property  # type: ignore[override]
    def commands(self) -> dict[str, Any]:
        if self._commands is None:
            built = typer.main.get_group(type(self).load())
            self._commands = dict(built.commands)
            for hook in self.on_load:
                hook(self)
        return self._commands

    @commands.setter
    def commands(self, value: dict[str, Any]) -> None:
        # click's __init__ sets the (empty) dict typer gives; a non-empty one is adopted.
        if value:
            self._commands = dict(value)


def lazy_class(load: Loader) -> type[LazyGroup]:
    """A ``LazyGroup`` subclass for one group: typer takes a class, not an instance."""
    return type("LazyGroup", (LazyGroup,), {"load": staticmethod(load)})
