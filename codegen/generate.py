"""Regenerate generated/vimmerse from openapi/vimmerse.yaml.

    python codegen/generate.py            # rewrite generated/vimmerse
    python codegen/generate.py --check    # exit 1 with a diff if generated/ is stale

The output must be byte-identical on every run: CI regenerates and diffs it.
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, so put the repo root on the path for `codegen.apidiff`.
sys.path.insert(0, str(ROOT))

from codegen.apidiff import surface  # noqa: E402

SPEC = ROOT / "openapi" / "vimmerse.yaml"
CODEGEN = ROOT / "codegen"
PACKAGE = "vimmerse"
TARGET = ROOT / "generated" / PACKAGE


def run(*cmd: str | Path, cwd: Path) -> None:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed:\n{proc.stdout}{proc.stderr}")


def build(spec: Path, workdir: Path) -> Path:
    """Generate the finished package into workdir/generated/vimmerse and return that path.

    The temp tree mirrors the repo layout so ruff applies the same per-path settings as
    `make lint` does in the repo.
    """
    validate(yaml.safe_load(spec.read_text(encoding="utf-8")))
    package = workdir / "generated" / PACKAGE
    package.parent.mkdir(parents=True)
    # Warnings mean the generator skipped or degraded something: treat them as errors.
    run(
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", spec, "--meta", "none", "--fail-on-warning",
        "--config", CODEGEN / "config.yaml",
        "--custom-template-path", CODEGEN / "templates",
        "--output-path", package,
        cwd=workdir,
    )  # fmt: skip
    shutil.copytree(
        CODEGEN / "static",
        package,
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    # The mock server loads the spec from the installed package.
    shutil.copyfile(spec, package / "openapi.yaml")
    config = ROOT / "pyproject.toml"
    ruff = (sys.executable, "-m", "ruff")
    run(*ruff, "check", "--fix-only", "--config", config, "generated", cwd=workdir)
    run(*ruff, "format", "--config", config, "generated", cwd=workdir)
    return package


def read_tree(root: Path) -> dict[str, bytes]:
    if not root.is_dir():
        return {}
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def tree_diff(old_root: Path, new_root: Path) -> str:
    old, new = read_tree(old_root), read_tree(new_root)
    chunks: list[str] = []
    for name in sorted(old.keys() | new.keys()):
        if old.get(name) != new.get(name):
            chunks += difflib.unified_diff(
                old.get(name, b"").decode(errors="replace").splitlines(keepends=True),
                new.get(name, b"").decode(errors="replace").splitlines(keepends=True),
                f"a/generated/{PACKAGE}/{name}",
                f"b/generated/{PACKAGE}/{name}",
            )
    return "".join(chunks)


def swap_in(package: Path) -> None:
    """Replace TARGET with package using renames, so readers never see a half-written tree."""
    staged = TARGET.with_name(f".{PACKAGE}.new")
    old = TARGET.with_name(f".{PACKAGE}.old")
    for leftover in (staged, old):
        shutil.rmtree(leftover, ignore_errors=True)
    shutil.copytree(package, staged)  # same filesystem as TARGET, so the renames are atomic
    if TARGET.exists():
        TARGET.rename(old)
    staged.rename(TARGET)
    shutil.rmtree(old, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only diff against generated/")
    parser.add_argument("--spec", type=Path, default=SPEC, help="spec to generate from")
    parser.add_argument("--out", type=Path, help="write DIR/vimmerse instead of generated/")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vimmerse-codegen-") as tmp:
        package = build(args.spec.resolve(), Path(tmp))
        if args.check:
            diff = tree_diff(TARGET, package)
            if diff:
                sys.stdout.write(diff)
                print(f"\n{surface.summary(TARGET, package)}")
                print("\ngenerated/ is stale: run `make generate` and commit the result.")
                return 1
            print("generated/ is up to date.")
        elif args.out:
            shutil.copytree(package, args.out / PACKAGE)
        else:
            # Compare before the swap: the old tree is the "before" of the summary.
            changes = surface.summary(TARGET, package)
            swap_in(package)
            print(f"wrote {TARGET.relative_to(ROOT)}\n{changes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
