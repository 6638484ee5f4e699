"""Regenerate generated/vimmerse from openapi/vimmerse.yaml.

    python codegen/generate.py            # rewrite generated/vimmerse
    python codegen/generate.py --check    # exit 1 with a diff if generated/ is stale

The output must be byte-identical on every run: CI regenerates and diffs it.

Every file under generated/vimmerse is written here (its modules start with HEADER) and the
whole folder is replaced on each run. The hand-written runtime the package imports lives in
core/vimmerse_core, and is never copied: the generated package names it (`vimmerse_core`).
"""

from __future__ import annotations

import argparse
import copy
import difflib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, so put the repo root on the path for `codegen.apidiff`.
sys.path.insert(0, str(ROOT))

from codegen import project  # noqa: E402
from codegen.apidiff import surface  # noqa: E402
from vimmerse_core.spec import parse  # noqa: E402
from vimmerse_core.spec.extensions import SDK_CONTENT_TYPE  # noqa: E402

SPEC = ROOT / "openapi" / "vimmerse.yaml"
CODEGEN = ROOT / "codegen"
PACKAGE = "vimmerse"
TARGET = ROOT / "generated" / PACKAGE
API_MD = ROOT / "api.md"  # the SDK's reference, generated beside the package
HEADER = "# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.\n"


SPEC_COPY = "openapi.yaml"  # the mock and drift read the spec from the installed package


def run(*cmd: str | Path, cwd: Path) -> None:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(map(str, cmd))} failed:\n{proc.stdout}{proc.stderr}")


def sdk_view(doc: dict[str, Any]) -> dict[str, Any]:
    """The spec as the SDK sees it: a request body with `x-sdk-content-type` keeps only that
    content type (the generator would otherwise take the body as one union-typed argument
    instead of a keyword argument per field). The other types' named examples stay, on the
    chosen one: the same fields, which the SDK sends in its own type."""
    view = copy.deepcopy(doc)
    for item in (view.get("paths") or {}).values():
        for operation in item.values():
            body = operation.get("requestBody") if isinstance(operation, dict) else None
            if isinstance(body, dict) and body.get(SDK_CONTENT_TYPE):
                chosen = body[SDK_CONTENT_TYPE]
                kept = dict(body["content"][chosen])
                examples: dict[str, Any] = {}
                for content in body["content"].values():
                    examples.update(content.get("examples") or {})
                if examples:
                    kept["examples"] = examples
                body["content"] = {chosen: kept}
    return view


def build(spec: Path, workdir: Path) -> Path:
    """Generate the finished package into workdir/generated/vimmerse (and the reference into
    workdir/api.md) and return the package's path.

    The temp tree mirrors the repo layout so ruff applies the same per-path settings as
    `make lint` does in the repo.
    """
    data = parse(spec.read_text(encoding="utf-8"), str(spec))
    validate(data)
    package = workdir / "generated" / PACKAGE
    package.parent.mkdir(parents=True)
    # In-process: no second interpreter start, and our surface feeds the templates.
    # Any warning means the generator skipped or degraded something: it raises.
    api_md = project.generate(
        sdk_view(data),
        config_file=CODEGEN / "config.yaml",
        templates=CODEGEN / "templates",
        out=package,
    )
    (workdir / API_MD.name).write_text(api_md, encoding="utf-8")
    for module in package.rglob("*.py"):
        module.write_text(HEADER + module.read_text(encoding="utf-8"), encoding="utf-8")
    # The mock server loads the spec from the installed package.
    shutil.copyfile(spec, package / SPEC_COPY)
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


def _file_diff(path: Path, text: str) -> str:
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if old == text:
        return ""
    name = path.relative_to(ROOT).as_posix()
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), text.splitlines(keepends=True), f"a/{name}", f"b/{name}"
    )
    return "".join(lines)


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
        api_md = (Path(tmp) / API_MD.name).read_text(encoding="utf-8")
        if args.check:
            diff = tree_diff(TARGET, package) + _file_diff(API_MD, api_md)
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
            API_MD.write_text(api_md, encoding="utf-8")
            print(f"wrote {TARGET.relative_to(ROOT)} and {API_MD.name}\n{changes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
