"""CLI: `python -m codegen.apidiff [--base REF] [--spec PATH] [--changelog] [--bump]`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from . import changelog, version
from .compare import diff
from .rules import Change
from .spec import SPEC_PATH, Spec, default_base_ref


def report(
    changes: list[Change], base: str, current: str, proposed: str, new: str = "working copy"
) -> str:
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    lines = [f"API diff: {base} -> {new}: {len(changes)} change(s), {len(breaking)} breaking"]
    if breaking:
        lines += ["", "Breaking:", *(f"  ! {c.describe()}" for c in breaking)]
    if other:
        lines += ["", "Not breaking:", *(f"  {_mark(c)} {c.describe()}" for c in other)]
    if changes:
        lines += ["", f"Version: {current} -> {proposed} (`make release-notes` applies it)"]
    return "\n".join(lines)


def _mark(c: Change) -> str:
    return {"Added": "+", "Removed": "-"}.get(c.section.value, "~")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.apidiff", description=__doc__)
    parser.add_argument("--base", help="git ref to compare with (default: last v* tag, else HEAD)")
    parser.add_argument("--spec", type=Path, default=SPEC_PATH, help="the new spec (a file)")
    parser.add_argument("--changelog", action="store_true", help="add a CHANGELOG.md entry")
    parser.add_argument("--bump", action="store_true", help="write the new version")
    parser.add_argument("--date", default=dt.date.today().isoformat(), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    base = args.base or default_base_ref()
    try:
        old = Spec.at_ref(base, SPEC_PATH)
    except RuntimeError as exc:
        sys.exit(f"cannot read the spec at {base}: {exc}")
    changes = diff(old, Spec.from_file(args.spec))
    base_version = version.at_ref(base)
    proposed = version.show(version.bump(base_version, changes))
    new = "working copy" if args.spec.resolve() == SPEC_PATH else str(args.spec)
    print(report(changes, base, version.show(base_version), proposed, new))
    if not changes or not (args.changelog or args.bump):
        return 0
    if args.changelog:
        try:
            changelog.add_release(proposed, args.date, changes, changelog.CHANGELOG)
        except ValueError as exc:  # already drafted: never rewrite a section
            sys.exit(str(exc))
        print(f"\nwrote the {proposed} entry to {changelog.CHANGELOG}")
    if args.bump:
        version.write(version.bump(base_version, changes), version.VERSION_FILE)
        print(f"wrote {proposed} to {version.VERSION_FILE}; now run `make generate`")
    return 0


if __name__ == "__main__":
    sys.exit(main())
