"""The package as users get it: its metadata, `python -m vimmerse`, and the sdist and the
wheel installed into a fresh venv, run from outside the repo."""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
import sys
from pathlib import Path

import pytest

from devtools import dist, user_project
from tests.mock.server import run_mock
from vimmerse_mock.settings import DEV_KEY

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


def _run(*argv: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in argv], cwd=cwd, capture_output=True, text=True, timeout=300, check=False
    )


def _check_installed(python: Path, where: Path) -> None:
    """The CLI, the mock, the CLI against it, and a user's test file, run from `where`."""
    from vimmerse import __version__

    where.mkdir()
    found = _run(python, "-c", "import vimmerse, vimmerse_mock as m; print(m.__file__)", cwd=where)
    assert Path(found.stdout.strip()).is_relative_to(python.parents[1]), found.stderr
    assert _run(python.parent / "vimmerse", "--version", cwd=where).stdout == (
        f"vimmerse {__version__}\n"
    )
    with run_mock(where / "data", console_script=True, python=python) as mock:
        made = _run(
            python.parent / "vimmerse",
            *("--base-url", mock.url, "--api-key", DEV_KEY),
            *("image", "text-to-image", "--prompt", "a fox", "--wait", "--json"),
            cwd=where,
        )
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["status"] == "success"
    result = user_project.run(where / "project", user_project.readme_example(), python=python)
    assert result.returncode == 0, result.output
    assert result.outcomes and set(result.outcomes.values()) == {"passed"}, result.output


# Builds twice (the sdist, the wheel from it) and installs from the index: minutes, not the
# suite's two.
@pytest.mark.timeout(900)
def test_the_sdist_and_the_wheel_install_and_run_outside_the_repo(tmp_path: Path) -> None:
    # python -m build makes the sdist, then the wheel from it. The wheel goes into a fresh
    # venv with its dependencies; then the sdist replaces it there (pip builds it again).
    made = dist.build(tmp_path / "dist")
    (wheel,) = (p for p in made if p.suffix == ".whl")
    (sdist,) = (p for p in made if p.name.endswith(".tar.gz"))
    python = dist.install(wheel, tmp_path / "venv", "cli,mock", "pytest")
    _check_installed(python, tmp_path / "from-wheel")

    pip = (python, "-m", "pip", "install", "--no-deps", "--force-reinstall", "--quiet")
    swapped = _run(*pip, f"vimmerse[cli,mock] @ {sdist.as_uri()}", cwd=tmp_path)
    assert swapped.returncode == 0, swapped.stderr
    assert json.loads(_direct_url(python))["url"] == sdist.as_uri()
    _check_installed(python, tmp_path / "from-sdist")


def _direct_url(python: Path) -> str:
    """Where pip installed the current `vimmerse` from (PEP 610's direct_url.json)."""
    (record,) = python.parents[1].glob("lib/python*/site-packages/vimmerse-*.dist-info")
    return (record / "direct_url.json").read_text(encoding="utf-8")
