"""CLI: `python -m codegen.apidiff [--base REF] [--spec PATH] [--changelog] [--bump]
[--fail-on-breaking]`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from . import changelog, version
from .compare import diff
from .grouping import Item, group
from .rules import Change
from .spec import SPEC_PATH, Spec, default_base_ref

# Distinct from 1 (a crash) and 2 (argparse's usage error), so CI can tell them apart.
BREAKING_EXIT = 3


def report(
    changes: list[Change], base: str, current: str, proposed: str, new: str = "working copy"
) -> str:
    items = group(changes)
    breaking = [i for i in items if i.breaking]
    other = [i for i in items if not i.breaking]
    lines = [f"API diff: {base} -> {new}: {len(items)} change(s), {len(breaking)} breaking"]
    if breaking:
        lines += ["", "Breaking:", *(f"  ! {c.describe()}" for c in breaking)]
    if other:
        lines += ["", "Not breaking:", *(f"  {_mark(c)} {c.describe()}" for c in other)]
    if changes:
        step = (
            f"{current} -> {proposed}" if current != proposed else f"{proposed}, the first release"
        )
        lines += ["", f"Version: {step} (`make release-notes` applies it)"]
    return "\n".join(lines)


def _mark(i: Item) -> str:
    return {"Added": "+", "Removed": "-"}.get(i.section.value, "~")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.apidiff", description=__doc__)
    parser.add_argument("--base", help="git ref to compare with (default: last v* tag, else HEAD)")
    parser.add_argument("--spec", type=Path, default=SPEC_PATH, help="the new spec (a file)")
    parser.add_argument("--changelog", action="store_true", help="add a CHANGELOG.md entry")
    parser.add_argument("--bump", action="store_true", help="write the new version")
    parser.add_argument(
        "--fail-on-breaking",
        action="store_true",
        help=f"exit {BREAKING_EXIT} when a change is breaking (for CI: `make api-check`)",
    )
    parser.add_argument("--date", default=dt.date.today().isoformat(), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    base = args.base or default_base_ref()
    try:
        old = Spec.at_ref(base, SPEC_PATH)
    except RuntimeError as exc:
        sys.exit(f"cannot read the spec at {base}: {exc}")
    changes = diff(old, Spec.from_path(args.spec))
    base_version = version.at_ref(base)
    # Before the first release the version at the base has never shipped: it is the one to
    # release, not the one to bump from.
    first = not version.released(base_version, changelog.CHANGELOG)
    target = base_version if first else version.bump(base_version, changes)
    proposed = version.show(target)
    new = "working copy" if args.spec.resolve() == SPEC_PATH else str(args.spec)
    print(report(changes, base, version.show(base_version), proposed, new))
    breaking = any(c.breaking for c in changes)
    code = BREAKING_EXIT if args.fail_on_breaking and breaking else 0
    if not changes or not (args.changelog or args.bump):
        return code
    if args.changelog:
        try:
            changelog.add_release(proposed, args.date, changes, changelog.CHANGELOG)
        except ValueError as exc:  # already drafted: never rewrite a section
            sys.exit(str(exc))
        print(f"\nwrote the {proposed} entry to {changelog.CHANGELOG}")
    if args.bump and target != version.read(version.VERSION_FILE):
        version.write(target, version.VERSION_FILE)
        print(f"wrote {proposed} to {version.VERSION_FILE}")
    return code


if __name__ == "__main__":
    sys.exit(main())
