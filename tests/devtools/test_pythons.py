"""`make pythons` (devtools/pythons.py): which Pythons it tests, where it finds them, and
the one line for a Python the machine lacks."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest

from devtools import pythons

ROOT = Path(__file__).resolve().parents[2]


def _python(path: Path, reports: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\necho {reports}\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def test_the_supported_pythons_start_at_requires_python_and_include_this_one() -> None:
    with (ROOT / "pyproject.toml").open("rb") as f:
        requires = tomllib.load(f)["project"]["requires-python"]
    versions = pythons.supported()
    assert min(versions, key=lambda v: int(v.split(".")[1])) == re.sub(r"[>=\s]", "", requires)
    assert f"{sys.version_info[0]}.{sys.version_info[1]}" in versions


def test_a_python_is_found_on_path_or_under_pyenv_by_what_it_reports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = tmp_path / "bin"
    _python(bin_dir / "python3.99", "3.98")  # a name that lies is passed over
    older = _python(tmp_path / "pyenv/versions/3.99.2/bin/python3.99", "3.99")
    newer = _python(tmp_path / "pyenv/versions/3.99.10/bin/python3.99", "3.99")
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path / "pyenv"))

    assert pythons.find("3.99") == str(newer) != str(older)
    assert pythons.find("3.98") is None


def test_a_missing_python_is_one_line_and_not_a_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pythons, "supported", lambda: ["3.99"])
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path))

    assert pythons.main([]) == 0

    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith("Python 3.99: not found") and "`pyenv install 3.99`" in line
