"""What an installed `vimmerse` offers beyond the SDK: its licence and `python -m vimmerse`."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_distribution_declares_the_mit_licence_and_ships_its_text() -> None:
    meta = importlib.metadata.metadata("vimmerse")
    assert meta["License-Expression"] == "MIT"
    assert meta.get_all("License-File") == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_python_m_vimmerse_is_the_command_line() -> None:
    from vimmerse import __version__

    proc = subprocess.run(
        [sys.executable, "-m", "vimmerse", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f"vimmerse {__version__}\n"


def test_make_demo_needs_only_python() -> None:
    # -B: every prerequisite as if out of date; -n: print the commands, run none.
    proc = subprocess.run(
        ["make", "-n", "-B", "demo"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert "demo/run.py" in proc.stdout
    assert "npm" not in proc.stdout and "npx" not in proc.stdout
