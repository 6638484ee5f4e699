"""Root options anywhere on the line: ``vimmerse image text-to-image --prompt x --api-key K``
and ``vimmerse image --base-url U text-to-image ...`` work as ``vimmerse --api-key K ...``.

click parses each level of a command line with that level's own options, so every group and
command below the root gets a copy of each root option (the "global flags" of cobra and gh),
listed in its help in a panel of its own. click parses a copy like any other option, so the
value of another option is never taken for one (``--prompt --api-key`` sends the prompt
"--api-key"). A copy passes nothing to its command: a value typed at any level is recorded in
``root_values`` (shared by the whole line), the later one winning, and ``settings()`` reads it.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from typer.core import TyperGroup, TyperOption

from ._context import root_values
from ._lazy import LazyGroup

PANEL = "Root options (anywhere on the line)"


def _record(ctx: Any, param: Any, value: Any) -> Any:
    # Only a value typed here: a copy's default or environment value must not override the
    # root's (ParameterSource lives in typer's private copy of click, hence the name).
    name = param.name
    source = ctx.get_parameter_source(name) if name else None
    if name and source is not None and source.name == "COMMANDLINE":
        root_values(ctx)[name] = value
    return value


def shared(root: TyperGroup) -> list[TyperOption]:
    """The root's own options that configure a run: typed values, not eager actions such as
    ``--version`` or typer's completion flags."""
    return [
        p for p in root.params if isinstance(p, TyperOption) and p.expose_value and not p.is_eager
    ]


def _below(group: TyperGroup, options: list[TyperOption]) -> Iterator[Any]:
    for command in group.commands.values():
        yield command
        if isinstance(command, LazyGroup) and not command.loaded:
            # Its commands get their copies when they are made, not now (``_lazy``).
            command.on_load.append(lambda loaded: _give(_below(loaded, options), options))
        elif isinstance(command, TyperGroup):
            yield from _below(command, options)


def _copy(option: TyperOption) -> TyperOption:
    twin = copy.copy(option)
    twin.expose_value = False
    twin.callback = _record
    twin.rich_help_panel = PANEL
    return twin


def share(root: TyperGroup) -> None:
    """Give every group and command under root a copy of root's shared options, except a
    command that hands its line to another program (``vimmerse mock``) and an option a
    command already has under the same name (an API field wins)."""
    options = shared(root)
    for option in options:  # the root's help lists them under the same title
        option.rich_help_panel = PANEL
    _give(_below(root, options), options)


def _give(commands: Iterator[Any], options: list[TyperOption]) -> None:
    for command in commands:
        if command.context_settings.get("ignore_unknown_options"):
            continue
        taken = {name for p in command.params for name in p.opts}
        command.params.extend(_copy(o) for o in options if not taken & set(o.opts))
