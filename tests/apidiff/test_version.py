"""Semver from the classification, and the one file the version lives in."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.apidiff import Change, Kind, Side, version

BREAKING = Change(Kind.FIELD_REMOVED, Side.REQUEST, "op", "request body", "x")
ADDED = Change(Kind.FIELD_ADDED_OPTIONAL, Side.REQUEST, "op", "request body", "y")
CHANGED = Change(Kind.DEFAULT_CHANGED, Side.REQUEST, "op", "request body", "z")


@pytest.mark.parametrize(
    ("base", "changes", "expected"),
    [
        ((0, 1, 0), [BREAKING, ADDED], (0, 2, 0)),  # 0.x: breaking bumps the minor
        ((0, 1, 3), [ADDED], (0, 1, 4)),  # 0.x: anything else bumps the patch
        ((0, 1, 3), [CHANGED], (0, 1, 4)),
        ((1, 4, 2), [BREAKING], (2, 0, 0)),
        ((1, 4, 2), [ADDED, CHANGED], (1, 5, 0)),
        ((1, 4, 2), [CHANGED], (1, 4, 3)),
        ((1, 4, 2), [], (1, 4, 2)),
    ],
)
def test_bump(base: version.Version, changes: list[Change], expected: version.Version) -> None:
    assert version.bump(base, changes) == expected


def test_write_changes_only_the_version_line(tmp_path: Path) -> None:
    path = tmp_path / "_version.py"
    path.write_text('"""Doc."""\n\n__version__ = "0.1.0"\n', encoding="utf-8")
    version.write((0, 2, 0), path)
    assert path.read_text(encoding="utf-8") == '"""Doc."""\n\n__version__ = "0.2.0"\n'
    assert version.read(path) == (0, 2, 0)


def test_write_refuses_a_file_without_one_literal_version(tmp_path: Path) -> None:
    path = tmp_path / "_version.py"
    path.write_text("from importlib.metadata import version\n__version__ = version('x')\n")
    with pytest.raises(ValueError, match="exactly one"):
        version.write((0, 2, 0), path)


def test_release_tag_names_the_base_version() -> None:
    assert version.at_ref("v1.2.3") == (1, 2, 3)


def test_the_version_reaches_the_generated_package_and_the_user_agent() -> None:
    import vimmerse
    from vimmerse_core import _options

    source = version.show(version.read())
    assert vimmerse.__version__ == source
    assert f"vimmerse-python/{source}" == _options.USER_AGENT
