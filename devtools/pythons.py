"""`make pythons`: the SDK, CLI and kit tests on every supported Python that `.venv` is not,
run against the wheel (`python -m build`, once) installed into a venv per Python.

The supported Pythons are pyproject's classifiers. Each is looked for on PATH
(`python3.12`), then under pyenv; one that is missing is one line, not a failure, so a
machine without it still runs the rest. The Pythons run side by side: their tests mostly
wait on servers, not on the CPU.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from devtools import dist

ROOT = Path(__file__).resolve().parents[1]
# The tests of what users run: the SDK, the CLI and the test kit, with what they import.
SELECTION = ("tests/sdk", "tests/cli", "tests/testing")
EXTRAS = "cli,mock,aiohttp,test,codegen"  # codegen: the CLI tests name options as it does
# Tests of this checkout's own generated/ tree, not of an installed package.
NOT_FROM_A_WHEEL = ("tests/sdk/test_codegen_sdk.py",)
_CLASSIFIER = re.compile(r"Programming Language :: Python :: (3\.\d+)$")


def supported() -> list[str]:
    """The Python versions pyproject's classifiers name, e.g. ['3.11', '3.12']."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        classifiers = tomllib.load(f)["project"]["classifiers"]
    return [m.group(1) for c in classifiers if (m := _CLASSIFIER.match(c))]


def version_of(python: str) -> str:
    """'3.12' for an interpreter that runs, else ''."""
    try:
        out = subprocess.run(
            [python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        ).stdout.strip()
    except OSError:
        return ""
    return out


def _pyenv_root() -> Path:
    try:
        out = subprocess.run(
            ["pyenv", "root"], capture_output=True, text=True, timeout=30, check=False
        ).stdout.strip()
    except OSError:
        out = ""
    return Path(out or os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv")


def find(version: str) -> str | None:
    """An interpreter of `version`: on PATH, else the newest of that version under pyenv."""
    candidates = [f"python{version}"]
    installed = sorted(
        (_pyenv_root() / "versions").glob(f"{version}.*/bin/python{version}"),
        key=lambda p: [int(n) for n in re.findall(r"\d+", p.parts[-3])],
        reverse=True,
    )
    candidates += [str(p) for p in installed]
    return next((c for c in candidates if version_of(c) == version), None)


def run_on(python: str, wheel: Path, work: Path, pytest_args: list[str]) -> tuple[bool, str]:
    """Install the wheel for `python` and run the selection; (passed, its summary line)."""
    version = version_of(python)
    try:
        venv_python = dist.install(wheel, work / f"venv-{version}", EXTRAS, python=python)
    except dist.DistError as exc:
        return False, f"Python {version}: the wheel did not install: {exc}"
    ignore = [f"--ignore={p}" for p in NOT_FROM_A_WHEEL]
    log = work / f"pytest-{version}.log"
    with log.open("w", encoding="utf-8") as out:
        done = subprocess.run(
            [str(venv_python), "-m", "pytest", "-q", "-p", "no:cacheprovider", *ignore]
            + (pytest_args or list(SELECTION)),
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
            check=False,
        )
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    summary = lines[-1] if lines else "no output"
    if done.returncode != 0:
        return False, f"Python {version}: {summary}\n" + "\n".join(lines[-60:])
    return True, f"Python {version}: {summary}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--python",
        action="append",
        help="an interpreter to test (repeatable; default: every supported one but this)",
    )
    parser.add_argument("pytest_args", nargs="*", help=f"what to run (default: {SELECTION})")
    args = parser.parse_args(argv)
    pythons = args.python
    if not pythons:
        here = f"{sys.version_info[0]}.{sys.version_info[1]}"
        pythons = []
        for version in supported():
            if version == here:
                continue
            found = find(version)
            if found is None:
                print(
                    f"Python {version}: not found (no python{version} on PATH nor under "
                    f"pyenv; `pyenv install {version}`): its tests were not run",
                    flush=True,
                )
            else:
                pythons.append(found)
    if not pythons:
        return 0
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="vimmerse-pythons-") as tmp:
        work = Path(tmp)
        (wheel,) = dist.build(work / "dist", "--wheel")
        with ThreadPoolExecutor(len(pythons)) as pool:
            results = list(pool.map(lambda p: run_on(p, wheel, work, args.pytest_args), pythons))
    for _, line in results:
        print(line, flush=True)
    print(f"make pythons: {time.monotonic() - started:.0f} s", flush=True)
    return 0 if all(ok for ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
