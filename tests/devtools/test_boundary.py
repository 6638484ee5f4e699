"""The boundary between generated/ and core/: `make lint`'s import-linter contracts hold on
the tree, and fail on the imports they forbid (shown on a copy of the runtime)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(*path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(p) for p in path)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        cwd=path[0] if path else ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_tree_keeps_the_contracts() -> None:
    proc = lint_imports()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout


@pytest.mark.parametrize(
    "line",
    [
        "from vimmerse._client import Vimmerse\n",  # the runtime importing generated code
        "from vimmerse.resources.assets import _get_asset_request\n",  # a generated private
    ],
)
def test_a_runtime_import_of_generated_code_breaks_them(tmp_path: Path, line: str) -> None:
    shutil.copytree(
        ROOT / "core" / "vimmerse_core",
        tmp_path / "vimmerse_core",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    (tmp_path / "vimmerse_core" / "_sneaky.py").write_text(line, encoding="utf-8")
    proc = lint_imports(tmp_path, ROOT / "generated", ROOT / "mock")
    assert proc.returncode != 0, proc.stdout
    assert "vimmerse_core._sneaky -> vimmerse" in proc.stdout
