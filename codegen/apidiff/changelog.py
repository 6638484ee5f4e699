"""Draft a Keep a Changelog entry from a diff and add it to CHANGELOG.md.

Only ever inserts: released sections are left byte-for-byte alone, and a version that
already has a section is refused rather than redrafted. Hand-written notes under
`## [Unreleased]` move into the new release, merged by section heading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from .grouping import group
from .rules import Change, Section
from .spec import ROOT

CHANGELOG = ROOT / "CHANGELOG.md"
UNRELEASED = "## [Unreleased]"
_RELEASE_HEADING = re.compile(r"^## \[(?!Unreleased\])", re.MULTILINE)

HEADER = f"""# Changelog

All notable changes to the `vimmerse` package. The format follows
[Keep a Changelog](https://keepachangelog.com/en/1.1.0/); versions follow semantic
versioning, shifted while 0.x: a breaking change bumps the minor version, anything else
the patch version. API entries are drafted by `make release-notes` from the spec diff;
**BREAKING** marks what can break code written against the previous release.

{UNRELEASED}
"""

ORDER = (Section.ADDED, Section.CHANGED, Section.REMOVED)


def entry(version: str, date: str, changes: Iterable[Change], notes: str = "") -> str:
    """One release section. `notes` is hand-written Markdown merged in by `### ` heading."""
    sections: dict[str, list[str]] = {s.value: [] for s in ORDER}
    preamble: list[str] = []
    current: list[str] = preamble
    for line in notes.strip("\n").splitlines():
        if line.startswith("### "):
            current = sections.setdefault(line[4:].strip(), [])
        elif line.strip() or current:
            current.append(line)
    # Breaking items first within each section: they are what a reader must act on.
    for item in sorted(group(changes), key=lambda i: not i.breaking):
        mark = "**BREAKING** " if item.breaking else ""
        sections[item.section.value].append(f"- {mark}{item.describe()}")
    out = [f"## [{version}] - {date}", ""]
    if any(line.strip() for line in preamble):
        out += [*_trim(preamble), ""]
    for heading, lines in sections.items():
        if any(line.strip() for line in lines):
            out += [f"### {heading}", "", *_trim(lines), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def add_release(version: str, date: str, changes: Iterable[Change], path: Path = CHANGELOG) -> str:
    """Insert the release below `## [Unreleased]`; returns the new section's text."""
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    if re.search(rf"^## \[{re.escape(version)}\]", text, re.MULTILINE):
        raise ValueError(f"{path.name} already has a section for {version}: edit it by hand")
    if UNRELEASED not in text:
        first = _RELEASE_HEADING.search(text)
        at = first.start() if first else len(text)
        text = f"{text[:at].rstrip()}\n\n{UNRELEASED}\n\n{text[at:]}".rstrip() + "\n"
    start = text.index(UNRELEASED) + len(UNRELEASED)
    nxt = _RELEASE_HEADING.search(text, start)
    end = nxt.start() if nxt else len(text)
    section = entry(version, date, changes, notes=text[start:end])
    tail = text[end:]
    path.write_text(f"{text[:start]}\n\n{section}" + (f"\n{tail}" if tail else ""), "utf-8")
    return section
