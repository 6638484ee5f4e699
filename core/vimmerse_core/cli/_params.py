"""Turn SDK fields into typer parameters, and the parsed values back into SDK arguments."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Annotated, Any, Literal, cast

import typer

from .. import _json
from ._discover import Field

API_PANEL = "API fields"
# The spec's header parameters (the pages list them without saying what they do) are
# rarely needed: shown by --help-all only, apart, so the operation's fields come first.
HEADER_PANEL = "Advanced: request headers (not the API key)"


def _annotation(field: Field) -> Any:
    base: Any = field.base
    if base is Path and not field.upload:
        # A download's destination: click's Path would drop a trailing slash, which the
        # SDK reads as "a folder" (``o3/``), so the text goes through as typed.
        base = str
    if field.choices:
        base = cast(Any, Literal)[field.choices]
    if field.multiple:
        base = list[base]
    if not field.required:
        base = base | None
    return base


def _help(field: Field) -> str:
    text = field.help or ""
    if field.models or field.model_lists:
        text = f"{text} (JSON)".strip()
    if field.multiple and not field.positional:
        text = f"{text} Repeat the option for each value.".strip()
    return text


def _range(field: Field) -> dict[str, Any]:
    """click's range check for a number field: a value out of the spec's range is a usage
    error (exit 2), and nothing is sent."""
    if field.base not in (int, float) or (field.minimum is None and field.maximum is None):
        return {}
    return {"min": field.minimum, "max": field.maximum}


def _completer(known: tuple[str, ...]) -> Any:
    """Shell completion of an open field: the values the spec knows (x-vimmerse-known)."""

    def complete(incomplete: str) -> list[str]:
        return [value for value in known if value.startswith(incomplete)]

    return complete


def _info(field: Field) -> Any:
    files: dict[str, Any] = (
        {"exists": True, "dir_okay": False, "readable": True} if field.upload else {}
    )
    files.update(_range(field))
    if field.known:
        files["autocompletion"] = _completer(field.known)
    if field.positional:
        metavar = "FILE" if field.upload else field.name.upper()
        if field.multiple:
            metavar = f"{metavar}..."
        return typer.Argument(help=_help(field), metavar=metavar, show_default=False, **files)
    flag = field.flag
    if field.base is bool:
        flag = f"{flag}/--no-{flag[2:]}"
    return typer.Option(
        flag,
        help=_help(field),
        show_default=field.default not in (None, ""),
        # The allowed values are listed in the help, where they wrap as text.
        metavar="JSON"
        if field.models or field.model_lists
        else "<choice>"
        if field.choices
        else None,
        rich_help_panel=HEADER_PANEL if field.location == "header" else API_PANEL,
        hidden=field.location == "header",
        **files,
    )


def parameter(field: Field) -> inspect.Parameter:
    return inspect.Parameter(
        field.name,
        inspect.Parameter.KEYWORD_ONLY,
        annotation=Annotated[_annotation(field), _info(field)],
        default=inspect.Parameter.empty if field.required else field.default,
    )


def _from_json(field: Field, text: str) -> Any:
    """A JSON value as the field's model (or list of models), as the SDK expects."""
    try:
        value = _json.loads(text)  # too deep is a ValueError too, not a RecursionError
        if isinstance(value, list) and field.model_lists:
            model = field.model(field.model_lists[0])
            return [model.from_dict(item) for item in value]  # type: ignore[attr-defined]
        if isinstance(value, dict) and field.models:
            return field.model(field.models[0]).from_dict(value)  # type: ignore[attr-defined]
        kind = "an object or a list" if field.model_lists else "an object"
        raise ValueError(f"expected {kind}, got {type(value).__name__}")
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise typer.BadParameter(
            f"not valid JSON for this field: {exc}", param_hint=f"'{field.flag}'"
        ) from exc


def sdk_arguments(fields: tuple[Field, ...], values: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments for the SDK method. Options left unset are not passed, so the SDK
    leaves the field out of the request (or applies the API's default)."""
    kwargs: dict[str, Any] = {}
    for field in fields:
        value = values.get(field.name)
        if value is None or (field.multiple and not value):
            continue
        if field.models or field.model_lists:
            value = _from_json(field, value)
        elif field.multiple:
            value = list(value)
        kwargs[field.name] = value
    return kwargs
