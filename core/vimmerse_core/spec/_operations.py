"""An operation of the spec, as every tool first meets it: its route, its node and its
parameters (its path's merged in, resolved)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .extensions import SAFE, method_name

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class SpecOperation:
    method: str  # upper case
    path: str  # the template, e.g. /media/{media_id}
    node: Mapping[str, Any] = field(repr=False, compare=False)  # the operation object
    path_item: Mapping[str, Any] = field(repr=False, compare=False)
    parameters: tuple[Mapping[str, Any], ...] = field(default=(), repr=False, compare=False)

    @property
    def operation_id(self) -> str:
        return str(self.node.get("operationId") or f"{self.method} {self.path}")

    @property
    def pointer(self) -> str:
        """The operation object's JSON Pointer (a `$ref` is "#" + this)."""
        return f"/paths/{self.path.replace('~', '~0').replace('/', '~1')}/{self.method.lower()}"

    @property
    def label(self) -> str:
        """ "POST /v2/image", as the CLI's help and schemathesis name an operation."""
        return f"{self.method} {self.path}"

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(str(t) for t in self.node.get("tags") or ())

    @property
    def sdk_method(self) -> str:
        """The SDK method's name: `x-sdk-method`, else the operationId."""
        return method_name(self.node) or self.operation_id

    @property
    def safe(self) -> bool:
        """`x-vimmerse-safe: true`: calling it costs nothing and changes nothing."""
        return self.node.get(SAFE) is True

    @property
    def responses(self) -> dict[str, Any]:
        return {str(k): v for k, v in (self.node.get("responses") or {}).items()}

    def parameter(self, name: str, where: str) -> Mapping[str, Any] | None:
        return next(
            (p for p in self.parameters if p.get("name") == name and p.get("in") == where), None
        )
