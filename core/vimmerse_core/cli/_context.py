"""The root options every command shares: how to reach the API and how to wait.

They are typed before the group (``vimmerse --api-key K image ...``) or anywhere after it
(``_shared``); either way their values land in one dict in ``ctx.meta``, which click shares
along the whole command line, and ``settings()`` reads them from there.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
import typer

from .. import _defaults
from .._errors import InvalidBaseURLError
from .._logs import register_secret
from .._surface import Surface
from ._jobs import Polling

ROOT_OPTIONS = "vimmerse.root_options"  # the ctx.meta key: option name -> value


@attrs.frozen
class Settings:
    surface: Surface  # the generated SDK the CLI was built from (the root's ctx.obj)
    api_key: str | None = None  # None: the SDK reads VIMMERSE_API_KEY
    base_url: str | None = None
    max_retries: int = _defaults.MAX_RETRIES
    polling: Polling = attrs.field(
        factory=lambda: Polling(
            interval=_defaults.POLL_INTERVAL, timeout=_defaults.MAX_WAIT_SECONDS
        )
    )

    @classmethod
    def from_options(cls, surface: Surface, values: Mapping[str, Any]) -> Settings:
        """From the root options' values, by their Python names (those of ``_app.root``)."""
        default = cls(surface)
        return cls(
            surface,
            api_key=values.get("api_key"),
            base_url=values.get("base_url"),
            max_retries=values.get("max_retries", default.max_retries),
            polling=Polling(
                interval=values.get("poll_interval", default.polling.interval),
                timeout=values.get("wait_timeout", default.polling.timeout),
            ),
        )

    def client(self) -> Any:
        """The generated ``Vimmerse`` client (Any: the runtime cannot name its resources)."""
        register_secret(self.api_key)  # scrubbed from logs and error lines
        try:
            return self.surface.client_class()(
                api_key=self.api_key, base_url=self.base_url, max_retries=self.max_retries
            )
        except InvalidBaseURLError as exc:  # a base URL that is no URL: a usage error, exit 2
            raise typer.BadParameter(
                str(exc), param_hint="'--base-url' / VIMMERSE_BASE_URL"
            ) from exc


def root_values(ctx: typer.Context) -> dict[str, Any]:
    """The shared dict the root options' values are kept in."""
    found: dict[str, Any] = ctx.meta.setdefault(ROOT_OPTIONS, {})
    return found


def surface(ctx: typer.Context) -> Surface:
    """The generated SDK the command line was built from (``run(surface)``)."""
    found = ctx.find_root().obj
    if not isinstance(found, Surface):
        raise TypeError("the vimmerse command runs as run(surface), with its SDK's Surface")
    return found


def settings(ctx: typer.Context) -> Settings:
    return Settings.from_options(surface(ctx), root_values(ctx))
