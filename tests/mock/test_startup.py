"""Start-up on paths it cannot use: one line naming the path, a failing exit, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def _start(*args: str) -> subprocess.CompletedProcess[str]:
    # The check comes before uvicorn binds: port 9 is never listened on.
    argv = [sys.executable, "-m", "vimmerse_mock", "--port", "9", *args]
    return subprocess.run(argv, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(
    "what",
    [
        "data dir is a file",
        "data dir under a file",
        "not a database",
        "database under a file",
        "spec not YAML",
    ],
)
def test_a_path_it_cannot_use_is_named_without_a_traceback(tmp_path: Path, what: str) -> None:
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x87\x00not sqlite, not yaml: {[" * 200)
    data = str(tmp_path / "data")
    args, named = {
        "data dir is a file": (["--data-dir", str(junk)], str(junk)),
        "data dir under a file": (["--data-dir", f"{junk}/data"], f"{junk}/data"),
        "not a database": (["--data-dir", data, "--db", str(junk)], str(junk)),
        "database under a file": (["--data-dir", data, "--db", f"{junk}/x.db"], f"{junk}/x.db"),
        "spec not YAML": (["--data-dir", data, "--spec", str(junk)], str(junk)),
    }[what]
    done = _start(*args)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr + done.stdout, done.stderr
    line = done.stderr.strip()
    assert line.startswith("vimmerse-mock: ") and named in line and "\n" not in line, line
