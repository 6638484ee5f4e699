"""devtools/prereqs.py and the make targets that run it: on a machine missing a piece,
one line each naming its install command, before anything is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from devtools import prereqs

ROOT = Path(__file__).resolve().parents[2]
HERE = f"{sys.version_info[0]}.{sys.version_info[1]}"


def _tool(bin_dir: Path, name: str, script: str) -> None:
    path = bin_dir / name
    path.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    path.chmod(0o755)


def _python_reporting(bin_dir: Path, name: str, version: str) -> None:
    """A python that says it is `version` when asked, and runs scripts with this one."""
    _tool(
        bin_dir,
        name,
        f'if [ "$1" = "-c" ]; then echo {version}; else exec {sys.executable} "$@"; fi',
    )


@pytest.fixture
def machine(tmp_path: Path) -> Path:
    """A PATH holding only make and what each test puts there: no node, npm, Chromium."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    make = shutil.which("make")
    assert make is not None
    (bin_dir / "make").symlink_to(make)
    return bin_dir


def _run(bin_dir: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": str(bin_dir)}
    env.pop("PYTHON", None)
    env.pop("MAKEFLAGS", None)
    return subprocess.run(
        argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def _fake_venv(path: Path, version: str) -> Path:
    (path / "bin").mkdir(parents=True)
    (path / "pyvenv.cfg").write_text(f"home = /x\nversion = {version}.1\n", encoding="utf-8")
    _python_reporting(path / "bin", "python", version)
    return path


def test_each_missing_piece_is_one_line(machine: Path, tmp_path: Path) -> None:
    _python_reporting(machine, "python3", "3.10")
    _tool(machine, "node", "echo v18.19.0")
    script = str(ROOT / "devtools" / "prereqs.py")
    venv = str(tmp_path / ".venv")

    done = _run(machine, sys.executable, script, "--node", "--chromium", "--venv", venv)

    assert done.returncode == 1
    python, node, chromium = done.stderr.splitlines()
    least = prereqs.minimum_python()
    assert python.startswith(f"Python {least} or later is needed (python3 is 3.10)"), python
    assert f"pyenv install {least}" in python  # no apt-get or brew on this PATH
    assert node.startswith(f"Node {prereqs.minimum_node()} or later is needed (node is 18.19.0)")
    assert chromium.startswith("Chromium is needed"), chromium
    assert done.stdout == ""
    assert not os.path.lexists(venv)


def test_the_install_command_is_the_machines(machine: Path) -> None:
    _tool(machine, "apt-get", "exit 0")
    _tool(machine, "node", f"echo v{prereqs.minimum_node()}.1.0")
    script = str(ROOT / "devtools" / "prereqs.py")

    done = _run(machine, sys.executable, script, "--python", sys.executable, "--node")

    assert done.returncode == 1
    (npm,) = done.stderr.splitlines()
    assert npm.startswith("npm is needed (no npm on PATH)") and "apt-get install -y npm" in npm


def test_make_demo_with_an_old_python_says_so_in_one_line(machine: Path, tmp_path: Path) -> None:
    _python_reporting(machine, "python3", "3.10")
    venv = tmp_path / ".venv"

    done = _run(machine, "make", "demo", f"VENV={venv}")

    assert done.returncode == 2
    ours = [
        line for line in (done.stdout + done.stderr).splitlines() if not line.startswith("make")
    ]
    assert len(ours) == 1 and ours[0].startswith("Python "), done.stdout + done.stderr
    assert not venv.exists()  # nothing was installed


def test_make_test_names_what_the_tests_need_before_installing(
    machine: Path, tmp_path: Path
) -> None:
    _python_reporting(machine, "python3", HERE)
    venv = tmp_path / ".venv"

    done = _run(machine, "make", "test", f"VENV={venv}")

    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert [line.split(" ", 1)[0] for line in lines if not line.startswith("make")] == [
        "Node",
        "Chromium",
    ]
    assert not venv.exists()


def test_a_venv_made_by_an_old_python_is_removed(tmp_path: Path) -> None:
    venv = _fake_venv(tmp_path / ".venv", "3.10")

    assert prereqs.main(["--python", sys.executable, "--venv", str(venv)]) == 0

    assert not venv.exists()


def test_a_good_venv_is_kept_whatever_python3_is(machine: Path, tmp_path: Path) -> None:
    venv = _fake_venv(tmp_path / ".venv", HERE)
    _python_reporting(machine, "python3", "3.10")
    script = str(ROOT / "devtools" / "prereqs.py")

    done = _run(machine, sys.executable, script, "--venv", str(venv))

    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert (venv / "pyvenv.cfg").is_file()


def test_a_python_named_on_the_command_line_replaces_another_venv(
    machine: Path, tmp_path: Path
) -> None:
    venv = _fake_venv(tmp_path / ".venv", HERE)
    _python_reporting(machine, "python3.99", "3.99")
    script = str(ROOT / "devtools" / "prereqs.py")
    argv = (sys.executable, script, "--venv", str(venv), "--python", "python3.99")

    kept = _run(machine, *argv)
    assert kept.returncode == 0 and venv.exists()  # not named by the caller: .venv's own wins

    done = _run(machine, *argv, "--explicit")
    assert done.returncode == 0
    assert done.stdout.splitlines() == [
        f"{venv} was made by Python {HERE}: making it again with python3.99 (3.99)"
    ]
    assert not venv.exists()
