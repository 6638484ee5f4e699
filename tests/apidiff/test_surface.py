"""The end-of-generation summary of the client surface, read from the trees' manifests."""

from __future__ import annotations

import json
from pathlib import Path

from codegen.apidiff import surface

MAKE = "(*, prompt: str, count: int | Unset = 1) -> Thing"


def tree(
    root: Path, methods: dict[str, str] | None = None, models: tuple[str, ...] = ("Thing",)
) -> Path:
    """A generated tree with a manifest of `things` methods (name -> signature)."""
    methods = {"make": MAKE} if methods is None else methods
    (root / "models").mkdir(parents=True)
    ops = [{"tag": "things", "name": n, "signature": s} for n, s in methods.items()]
    (root / surface.MANIFEST).write_text(json.dumps({"operations": ops}), encoding="utf-8")
    imports = "".join(f"from .{m.lower()} import {m}\n" for m in models)
    (root / "models" / "__init__.py").write_text(imports, encoding="utf-8")
    return root


def test_summary_lists_an_added_method(tmp_path: Path) -> None:
    old = tree(tmp_path / "old")
    new = tree(
        tmp_path / "new",
        {"make": MAKE, "list": "(*, limit: int | Unset = UNSET) -> list[Thing]"},
        models=("Thing", "ThingList"),
    )
    assert surface.summary(old, new).splitlines() == [
        "Client surface: 1 method(s) added, 0 removed, 0 changed (sync client; async mirrors it)",
        "  + client.things.list(*, limit: int | Unset = UNSET) -> list[Thing]",
        "  models: +ThingList",
    ]


def test_summary_lists_removed_and_changed_signatures(tmp_path: Path) -> None:
    old = tree(tmp_path / "old", {"make": MAKE, "drop": "() -> None"})
    changed = MAKE.replace(
        "count: int | Unset = 1", "count: int | Unset = 2, seed: int | Unset = UNSET"
    )
    new = tree(tmp_path / "new", {"make": changed})
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
    assert f"+ client.things.make{MAKE}" in first


def test_a_tree_without_manifest_is_not_compared(tmp_path: Path) -> None:
    (tmp_path / "old").mkdir()
    text = surface.summary(tmp_path / "old", tree(tmp_path / "new"))
    assert text == "Client surface: the old tree has no manifest (made before there was one)."
