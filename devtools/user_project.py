"""A user's project outside the repository: the README's example test file, run by pytest
against the installed `vimmerse` package (shared by tests/testing and bench/)."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_EXAMPLE = re.compile(r"A complete test file.*?```python\n(.*?)```", re.S)


def readme_example() -> str:
    """The complete test file in the README's "Testing your code" section."""
    found = _EXAMPLE.search((ROOT / "README.md").read_text(encoding="utf-8"))
    if found is None:
        raise LookupError("README.md has no 'A complete test file' example")
    return found.group(1)


@dataclass
class Run:
    returncode: int
    output: str
    seconds: dict[str, float]  # test name -> setup + call + teardown
    outcomes: dict[str, str]  # test name -> passed | failed | skipped | error

    @property
    def median(self) -> float:
        return statistics.median(self.seconds.values())


def run(
    project: Path,
    test_file: str,
    *extra: str,
    timeout: float = 300,
    env: dict[str, str] | None = None,
    python: str | Path = sys.executable,
) -> Run:
    """Write `test_file` into `project` and run pytest there with `python` (default: this
    one), as its owner would, with `env` added to the environment (the caller's own key
    and base URL never leak in)."""
    project.mkdir(parents=True, exist_ok=True)
    (project / "test_pipeline.py").write_text(test_file, encoding="utf-8")
    report = project / "report.xml"
    shell = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "VIMMERSE_API_KEY", "VIMMERSE_BASE_URL")
    }
    env = {**shell, **(env or {})}
    done = subprocess.run(
        [
            str(python),
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"--junitxml={report}",
            *extra,
        ],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    seconds: dict[str, float] = {}
    outcomes: dict[str, str] = {}
    if report.is_file():
        for case in ET.parse(report).getroot().iter("testcase"):
            name = case.get("name", "")
            seconds[name] = float(case.get("time", "nan"))
            kinds = {child.tag for child in case}
            outcomes[name] = next(
                (
                    {"failure": "failed"}.get(k, k)
                    for k in ("failure", "error", "skipped")
                    if k in kinds
                ),
                "passed",
            )
    return Run(done.returncode, done.stdout + done.stderr, seconds, outcomes)
