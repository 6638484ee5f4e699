"""The generator's output is deterministic, type-checks, and ships what the package needs."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources
from pathlib import Path

from tests.spec.helpers import ROOT, SPEC_PATH


def generate(out: Path) -> dict[str, bytes]:
    """Run codegen/generate.py into out/ and return {relative path: bytes}."""
    proc = subprocess.run(
        [sys.executable, "codegen/generate.py", "--spec", str(SPEC_PATH), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    package = out / "vimmerse"
    return {
        p.relative_to(package).as_posix(): p.read_bytes()
        for p in sorted(package.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_generate_is_deterministic_and_has_no_local_paths(tmp_path: Path) -> None:
    first = generate(tmp_path / "a")
    second = generate(tmp_path / "b")
    assert "_client.py" in first
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []
    leaks = [
        name
        for name, data in first.items()
        if str(tmp_path).encode() in data or str(ROOT).encode() in data
    ]
    assert leaks == [], "generated files mention a local path"


def test_mypy_strict_passes_on_generated() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "generated/vimmerse"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_installed_package_ships_spec_and_py_typed() -> None:
    package = resources.files("vimmerse")
    assert package.joinpath("py.typed").is_file()
    assert package.joinpath("openapi.yaml").read_bytes() == SPEC_PATH.read_bytes()


def test_every_file_under_generated_is_written_by_the_build(tmp_path: Path) -> None:
    from codegen.generate import HEADER, TARGET, read_tree

    built = generate(tmp_path)
    modules = [name for name in built if name.endswith(".py")]
    assert "_client.py" in modules and "cli.py" in modules
    assert [n for n in modules if not built[n].startswith(HEADER.encode())] == []
    # Nothing hand-written hides under generated/: the tree is exactly what the build writes.
    assert sorted(read_tree(TARGET)) == sorted(built)


def test_api_reference_names_every_method_with_its_route() -> None:
    from vimmerse._client import SURFACE

    text = (ROOT / "api.md").read_text(encoding="utf-8")
    missing = [
        f"{op.tag}.{op.name}"
        for op in SURFACE.operations()
        if f"### `client.{op.tag}.{op.name}`\n\n`{op.http_method} {op.path}`" not in text
    ]
    assert missing == []
