"""The root options every command shares: how to reach the API and how to wait."""

from __future__ import annotations

import attrs
import typer

from .._client import Vimmerse
from .._logs import register_secret
from ._jobs import Polling


@attrs.frozen
class Settings:
    api_key: str | None = None  # None: the SDK reads VIMMERSE_API_KEY
    base_url: str | None = None
    max_retries: int = 2
    polling: Polling = attrs.field(factory=lambda: Polling(interval=2.0, timeout=30 * 60.0))

    def client(self) -> Vimmerse:
        register_secret(self.api_key)  # scrubbed from logs and error lines
        try:
            return Vimmerse(
                api_key=self.api_key, base_url=self.base_url, max_retries=self.max_retries
            )
        except ValueError as exc:  # a base URL that is no URL: a usage error, exit 2
            raise typer.BadParameter(
                str(exc), param_hint="'--base-url' / VIMMERSE_BASE_URL"
            ) from exc


def settings(ctx: typer.Context) -> Settings:
    found = ctx.find_object(Settings)
    return found if found is not None else Settings()
