"""The package version: where it lives, and how an API diff bumps it.

The one place is `core/vimmerse_core/_version.py` (`__version__ = "X.Y.Z"`), a hand-written
runtime module, from where it reaches `vimmerse.__version__`, the User-Agent
(`vimmerse-python/X.Y.Z`) and, through hatch's dynamic version, the wheel's metadata. So a
bump is: edit that one line.

Semver, with the usual pre-1.0 shift (stated in CHANGELOG.md too):

| version | breaking change | otherwise (anything added or changed) |
|---|---|---|
| 0.y.z   | 0.(y+1).0       | 0.y.(z+1)                             |
| x.y.z   | (x+1).0.0       | added: x.(y+1).0; only changed: x.y.(z+1) |
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from .rules import Change, Section
from .spec import RELEASE_TAG, ROOT, git, text_at

VERSION_REL = "core/vimmerse_core/_version.py"
# Where it lived before, newest first (read for older release refs).
_OLD_VERSION_RELS = ("generated/vimmerse/_version.py", "codegen/static/_version.py")
VERSION_FILE = ROOT / VERSION_REL
_PYPROJECT = re.compile(r'^version = "(\d+)\.(\d+)\.(\d+)"$', re.MULTILINE)
_ASSIGN = re.compile(r'^__version__ = "(\d+)\.(\d+)\.(\d+)"$', re.MULTILINE)

Version = tuple[int, int, int]


def parse(text: str) -> Version:
    """The version assigned in a _version.py's text."""
    found = _ASSIGN.findall(text)
    if len(found) != 1:
        raise ValueError('expected exactly one line `__version__ = "X.Y.Z"`')
    major, minor, patch = (int(n) for n in found[0])
    return major, minor, patch


def show(v: Version) -> str:
    return ".".join(map(str, v))


def read(path: Path = VERSION_FILE) -> Version:
    return parse(path.read_text(encoding="utf-8"))


def write(v: Version, path: Path = VERSION_FILE) -> None:
    text = path.read_text(encoding="utf-8")
    parse(text)  # refuse to touch a file we do not understand
    path.write_text(_ASSIGN.sub(f'__version__ = "{show(v)}"', text), encoding="utf-8")


def at_ref(ref: str, cwd: Path = ROOT) -> Version:
    """The version released at `ref`.

    The tag's own name if it is vX.Y.Z; else the version file at that ref; else (before the
    version moved to that file) pyproject.toml's `version` there; else the current file.
    Never the working copy first: re-running a release must not bump twice.
    """
    tag = RELEASE_TAG.match(ref)
    if tag:
        major, minor, patch = (int(n) for n in tag.groups())
        return major, minor, patch
    for rel in (VERSION_REL, *_OLD_VERSION_RELS):
        try:
            return parse(text_at(ref, Path(rel), cwd))
        except (RuntimeError, ValueError):
            pass
    try:
        found = _PYPROJECT.search(text_at(ref, Path("pyproject.toml"), cwd))
    except RuntimeError:
        found = None
    if found:
        major, minor, patch = (int(n) for n in found.groups())
        return major, minor, patch
    return read(VERSION_FILE)


def released(v: Version, changelog: Path, cwd: Path = ROOT) -> bool:
    """Has `v` shipped? Its tag `vX.Y.Z` exists, or CHANGELOG.md has its section."""
    try:
        git("rev-parse", "--verify", "--quiet", f"refs/tags/v{show(v)}", cwd=cwd)
        return True
    except RuntimeError:  # no such tag
        pass
    text = changelog.read_text(encoding="utf-8") if changelog.exists() else ""
    return re.search(rf"^## \[{re.escape(show(v))}\]", text, re.MULTILINE) is not None


def bump(base: Version, changes: Iterable[Change]) -> Version:
    """The next version after `base` for these changes (`base` itself if there are none)."""
    changes = list(changes)
    if not changes:
        return base
    major, minor, patch = base
    breaking = any(c.breaking for c in changes)
    if major == 0:
        return (0, minor + 1, 0) if breaking else (0, minor, patch + 1)
    if breaking:
        return major + 1, 0, 0
    if any(c.section is Section.ADDED for c in changes):
        return major, minor + 1, 0
    return major, minor, patch + 1
