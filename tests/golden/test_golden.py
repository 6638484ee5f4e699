"""The golden record: a fixture spec with one of each case the templates print, and its
generated output, committed. A template or surface change shows here as a reviewable diff;
`make golden` accepts it after review."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from codegen.generate import tree_diff

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def test_generated_output_matches_the_golden_record(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable, "codegen/generate.py", "--spec", str(HERE / "spec.yaml"),
            "--out", str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    diff = tree_diff(HERE / "expected" / "vimmerse", tmp_path / "vimmerse")
    assert diff == "", f"the golden record changed (`make golden` accepts it):\n{diff}"
