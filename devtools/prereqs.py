"""What a fresh clone needs before `make setup`, `make demo` or `make test` installs
anything: each missing piece is one line naming the command that installs it (exit 1).

A `.venv` made by a Python older than the project takes, or by another Python than the
`PYTHON` the caller named, is removed here so that make builds it again.

Run by whatever `python3` the machine has, which may be too old for the project itself:
so it keeps to Python 3.6 and the standard library (no dataclasses, no `from __future__`).
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The names Chromium goes by (Debian's, and most other distributions'); the tests of the
# mock's web page look for the same ones.
CHROMIUM = ("chromium", "chromium-browser")
_VERSION = re.compile(r"(\d+)\.(\d+)")


def minimum_python() -> str:
    """The lowest Python the project takes: pyproject's requires-python, e.g. '3.11'."""
    with open(os.path.join(ROOT, "pyproject.toml"), encoding="utf-8") as f:
        found = re.search(r'^requires-python\s*=\s*">=\s*([\d.]+)"', f.read(), re.M)
    if found is None:
        raise SystemExit("pyproject.toml has no requires-python")
    return found.group(1)


def minimum_node() -> int:
    """The lowest Node major version the mock's tools take: mock/package.json's engines."""
    with open(os.path.join(ROOT, "mock", "package.json"), encoding="utf-8") as f:
        wanted = json.load(f)["engines"]["node"]
    found = re.search(r"\d+", wanted)
    if found is None:
        raise SystemExit("mock/package.json: engines.node has no version")
    return int(found.group(0))


def _key(version: str) -> "tuple[int, int]":
    found = _VERSION.match(version)
    return (int(found.group(1)), int(found.group(2))) if found else (0, 0)


def _output(*argv: str) -> str:
    """What a command prints, or '' if it cannot be run."""
    try:
        out = subprocess.check_output(argv, stderr=subprocess.STDOUT, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return ""
    return out.decode("utf-8", "replace").strip()


def python_version(python: str) -> str:
    """'3.11' for an interpreter (a name on PATH or a path), or '' if it does not run."""
    out = _output(python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])")
    return out if _VERSION.fullmatch(out) else ""


def venv_version(venv: str) -> str:
    """The Python a venv was made by ('3.11'), or '' if it is not a working venv."""
    cfg = os.path.join(venv, "pyvenv.cfg")
    if not os.path.isfile(cfg) or not os.access(os.path.join(venv, "bin", "python"), os.X_OK):
        return ""
    with open(cfg, encoding="utf-8") as f:
        found = re.search(r"^version(?:_info)?\s*=\s*(\d+\.\d+)", f.read(), re.M)
    return found.group(1) if found else ""


def _install(apt: str, brew: str, other: str) -> str:
    """The command that installs a piece on this machine."""
    if shutil.which("apt-get"):
        sudo = "" if getattr(os, "geteuid", lambda: 1)() == 0 else "sudo "
        return sudo + apt
    if shutil.which("brew"):
        return brew
    return other


def check_python(python: str, explicit: bool, venv: str) -> "list[str]":
    """Problems with the Python that builds `venv`; a venv made by the wrong one is removed."""
    least = minimum_python()
    made_by = venv_version(venv)
    if made_by and _key(made_by) >= _key(least) and not explicit:
        return []  # a working .venv: PYTHON is not used
    have = python_version(python)
    if _key(have) < _key(least):
        found = f"{python} is {have}" if have else f"no {python} on PATH"
        how = _install(
            f"apt-get install -y python{least} python{least}-venv",
            f"brew install python@{least}",
            f"pyenv install {least}",
        )
        return [
            f"Python {least} or later is needed ({found}): install it (`{how}`), "
            f"then run make with PYTHON=python{least}"
        ]
    if os.path.lexists(venv) and made_by != have:
        was = f"Python {made_by}" if made_by else "an unknown Python"
        print(f"{venv} was made by {was}: making it again with {python} ({have})")
        shutil.rmtree(venv, ignore_errors=True)
    return []


def check_node() -> "list[str]":
    """Problems with Node and npm (Prism, the second mock)."""
    least = minimum_node()
    have = _output("node", "--version").lstrip("v")
    problems = []
    if _key(have)[0] < least:
        found = f"node is {have}" if have else "no node on PATH"
        how = _install(
            f"curl -fsSL https://deb.nodesource.com/setup_{least}.x | bash - && apt-get install -y nodejs",
            f"brew install node@{least}",
            f"nvm install {least}",
        )
        problems.append(f"Node {least} or later is needed ({found}): install it (`{how}`)")
    elif not shutil.which("npm"):
        how = _install("apt-get install -y npm", "brew install npm", "nvm install-latest-npm")
        problems.append(f"npm is needed (no npm on PATH): install it (`{how}`)")
    return problems


def check_chromium() -> "list[str]":
    """Problems with Chromium (the mock's web page is tested in a headless browser)."""
    if any(shutil.which(name) for name in CHROMIUM):
        return []
    how = _install(
        "apt-get install -y chromium",
        "brew install --cask chromium",
        "install Chromium from your system's packages",
    )
    return [f"Chromium is needed for the tests (no {' or '.join(CHROMIUM)} on PATH): `{how}`"]


def main(argv: "list[str] | None" = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--python", default="python3", help="the Python that builds the venv")
    parser.add_argument(
        "--explicit", action="store_true", help="PYTHON was named: a venv by another is remade"
    )
    parser.add_argument("--venv", default=os.path.join(ROOT, ".venv"))
    parser.add_argument("--node", action="store_true", help="also Node and npm")
    parser.add_argument("--chromium", action="store_true", help="also Chromium")
    args = parser.parse_args(argv)
    problems = check_python(args.python, args.explicit, args.venv)
    if args.node:
        problems += check_node()
    if args.chromium:
        problems += check_chromium()
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
