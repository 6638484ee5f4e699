"""One line per change of a shared schema, not one per operation that uses it.

A field added to `Asset` changes the answer of every operation that returns an asset; the
diff walks each operation and finds it once per operation. For a reader it is one change
(`Asset.field`), so the report and the changelog list it once, with the operations.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .rules import Change, Section

SHOWN_OPERATIONS = 5  # named in the line; the rest are counted


@dataclass(frozen=True)
class Item:
    """One line of a report: a change, or the same change of a schema in several places."""

    changes: tuple[Change, ...]

    @property
    def first(self) -> Change:
        return self.changes[0]

    @property
    def breaking(self) -> bool:
        return self.first.breaking

    @property
    def section(self) -> Section:
        return self.first.section

    def describe(self) -> str:
        if len(self.changes) == 1:
            return self.first.describe()
        c = self.first
        name = ".".join(p for p in (c.schema, c.schema_field) if p)
        text = f"`{name}`: {c.kind.value}" + (f" ({c.detail})" if c.detail else "")
        ops = sorted({f"`{x.operation}`" for x in self.changes})
        shown = ", ".join(ops[:SHOWN_OPERATIONS])
        more = f" and {len(ops) - SHOWN_OPERATIONS} more" if len(ops) > SHOWN_OPERATIONS else ""
        noun = "operation" if len(ops) == 1 else "operations"
        return f"{text}; in {len(ops)} {noun}: {shown}{more}"


def group(changes: Iterable[Change]) -> list[Item]:
    """Changes inside a named schema merged by (schema, field, kind, side, detail), in the
    order of their first occurrence; every other change is its own item."""
    order: list[tuple[object, ...]] = []
    found: dict[tuple[object, ...], list[Change]] = {}
    for i, c in enumerate(changes):
        key: tuple[object, ...] = (
            (c.schema, c.schema_field, c.kind, c.side, c.detail) if c.schema else (i,)
        )
        if key not in found:
            order.append(key)
            found[key] = []
        found[key].append(c)
    return [Item(tuple(found[k])) for k in order]
