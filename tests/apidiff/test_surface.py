"""The end-of-generation summary of the client surface."""

from __future__ import annotations

from pathlib import Path

from codegen.apidiff import surface

CLIENT = """
from functools import cached_property


class ThingsResource(SyncResource):
    def make(self, *, prompt: str, count: int | Unset = 1) -> Thing:
        ...
{extra}

class ThingsResourceWithRawResponse:
    def make(self) -> None: ...


class AsyncThingsResource(AsyncResource):
    async def make(self, *, prompt: str) -> Thing: ...


class Vimmerse(SyncAPIClient):
    @cached_property
    def things(self) -> ThingsResource:
        return ThingsResource(self)

    @cached_property
    def with_raw_response(self) -> ThingsResourceWithRawResponse: ...
"""


def tree(root: Path, extra: str = "", models: tuple[str, ...] = ("Thing",)) -> Path:
    (root / "api").mkdir(parents=True)
    (root / "models").mkdir()
    (root / "api" / "__init__.py").write_text(CLIENT.format(extra=extra), encoding="utf-8")
    imports = "".join(f"from .{m.lower()} import {m}\n" for m in models)
    (root / "models" / "__init__.py").write_text(imports, encoding="utf-8")
    return root


def test_summary_lists_an_added_method(tmp_path: Path) -> None:
    old = tree(tmp_path / "old")
    new = tree(
        tmp_path / "new",
        extra="    def list(self, *, limit: int | Unset = UNSET) -> list[Thing]:\n        ...\n",
        models=("Thing", "ThingList"),
    )
    text = surface.summary(old, new)
    assert text.splitlines() == [
        "Client surface: 1 method(s) added, 0 removed, 0 changed (sync client; async mirrors it)",
        "  + client.things.list(*, limit: int | Unset=UNSET) -> list[Thing]",
        "  models: +ThingList",
    ]


def test_summary_lists_removed_and_changed_signatures(tmp_path: Path) -> None:
    old = tree(
        tmp_path / "old",
        extra="    def drop(self) -> None:\n        ...\n",
    )
    new = tree(tmp_path / "new")
    (new / "api" / "__init__.py").write_text(
        CLIENT.format(extra="").replace(
            "count: int | Unset = 1", "count: int | Unset = 2, seed: int | Unset = UNSET"
        ),
        encoding="utf-8",
    )
    lines = surface.summary(old, new).splitlines()
    assert lines[0].startswith("Client surface: 0 method(s) added, 1 removed, 1 changed")
    assert "  - client.things.drop" in lines
    assert (
        "  ~ client.things.make: +seed: int | Unset = UNSET; "
        "count: int | Unset = 1 -> count: int | Unset = 2"
    ) in lines


def test_unchanged_and_first_generation(tmp_path: Path) -> None:
    old = tree(tmp_path / "old")
    assert surface.summary(old, tree(tmp_path / "same")) == "Client surface: unchanged."
    first = surface.summary(tmp_path / "missing", old)
    assert "+ client.things.make(*, prompt: str, count: int | Unset=1) -> Thing" in first


def test_falls_back_to_endpoint_modules(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "api" / "things").mkdir(parents=True)
    (package / "api" / "things" / "make_thing.py").write_text(
        "def sync(*, client: Client, body: Req) -> Res | None:\n    ...\n", encoding="utf-8"
    )
    methods, models = surface.collect(package)
    assert methods == {"api.things.make_thing": "(*, client: Client, body: Req) -> Res | None"}
    assert models == set()
