"""The package as users get it: the sdist and the wheel that `python -m build` makes,
installed into a fresh venv outside the repo (shared by tests/devtools/test_packaging.py
and `make pythons`)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class DistError(RuntimeError):
    """A build or an install failed; the message quotes what it printed."""


def _run(argv: Sequence[str | Path], timeout: float, cwd: Path | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        cwd=cwd,
    )
    if done.returncode != 0:
        shown = " ".join(str(a) for a in argv)
        raise DistError(f"{shown} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def build(out: Path, *kinds: str) -> list[Path]:
    """`python -m build` into `out` (kinds: `--sdist`, `--wheel`; none: the sdist, then the
    wheel built from it, as pip would). Returns what it made, sorted by name."""
    out.mkdir(parents=True, exist_ok=True)
    _run([sys.executable, "-m", "build", *kinds, "--outdir", out, ROOT], timeout=600)
    return sorted(p for p in out.iterdir() if p.suffix in (".whl", ".gz"))


def install(
    dist: Path,
    venv: Path,
    extras: str,
    *also: str,
    python: str | Path = sys.executable,
) -> Path:
    """A new venv made by `python` with `dist` and its `extras` (e.g. "cli,mock") in it,
    and the requirements `also` (e.g. "pytest"); returns the venv's python."""
    _run([python, "-m", "venv", venv], timeout=120)
    venv_python = venv / "bin" / "python"
    pip: list[str | Path] = [venv_python, "-m", "pip", "install", "--quiet"]
    _run([*pip, f"vimmerse[{extras}] @ {dist.resolve().as_uri()}", *also], timeout=900)
    return venv_python
