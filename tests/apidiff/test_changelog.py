"""CHANGELOG.md entries: Keep a Changelog sections, breaking marked, history left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.apidiff import Change, Kind, Side, changelog

REMOVED = Change(Kind.FIELD_REMOVED, Side.REQUEST, "make_thing", "request body", "count")
ADDED = Change(Kind.OPERATION_ADDED, Side.REQUEST, "list_things", detail="things.list")
DEFAULT = Change(
    Kind.DEFAULT_CHANGED, Side.REQUEST, "make_thing", "request body", "mode", "'fast' -> 'slow'"
)

OLD_RELEASE = "## [0.1.0] - 2026-01-01\n\n### Added\n\n- First release.\n"


def test_entry_groups_by_section_and_marks_breaking() -> None:
    text = changelog.entry("0.2.0", "2026-02-02", [DEFAULT, REMOVED, ADDED])
    assert text == (
        "## [0.2.0] - 2026-02-02\n\n"
        "### Added\n\n- `list_things`: operation added (things.list)\n\n"
        "### Changed\n\n- `make_thing`: request body `mode`: default changed ('fast' -> 'slow')\n\n"
        "### Removed\n\n- **BREAKING** `make_thing`: request body `count`: field removed\n"
    )


def test_add_release_inserts_below_unreleased_and_keeps_history(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    before = f"{changelog.HEADER}\n### Fixed\n\n- Hand-written note.\n\n{OLD_RELEASE}"
    path.write_text(before, encoding="utf-8")
    changelog.add_release("0.2.0", "2026-02-02", [REMOVED], path)
    after = path.read_text(encoding="utf-8")
    assert after.endswith(OLD_RELEASE)  # released history is untouched
    unreleased, _, rest = after.partition(changelog.UNRELEASED)[2].partition("## [0.2.0]")
    assert unreleased.strip() == ""  # its notes moved into the release ...
    assert "### Fixed\n\n- Hand-written note." in rest.split("## [0.1.0]")[0]  # ... here
    assert "**BREAKING** `make_thing`" in rest


def test_add_release_refuses_an_existing_version(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    path.write_text(f"{changelog.HEADER}\n{OLD_RELEASE}", encoding="utf-8")
    with pytest.raises(ValueError, match=r"already has a section for 0\.1\.0"):
        changelog.add_release("0.1.0", "2026-02-02", [REMOVED], path)
    assert path.read_text(encoding="utf-8") == f"{changelog.HEADER}\n{OLD_RELEASE}"


def test_add_release_creates_the_file(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    changelog.add_release("0.1.1", "2026-02-02", [ADDED], path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Changelog")
    assert text.index(changelog.UNRELEASED) < text.index("## [0.1.1] - 2026-02-02")


def test_a_change_of_a_shared_schema_is_one_entry_naming_its_operations() -> None:
    shared = [
        Change(
            Kind.FIELD_ADDED_OPTIONAL, Side.RESPONSE, op, "response 200", "seed", "", "Res", "seed"
        )
        for op in ("make_thing", "get_thing")
    ]
    own = Change(Kind.FIELD_ADDED_OPTIONAL, Side.RESPONSE, "get_thing", "response 200", "x")
    text = changelog.entry("0.2.0", "2026-02-02", [*shared, own])
    assert text == (
        "## [0.2.0] - 2026-02-02\n\n### Added\n\n"
        "- `Res.seed`: optional field added; in 2 operations: `get_thing`, `make_thing`\n"
        "- `get_thing`: response 200 `x`: optional field added\n"
    )
