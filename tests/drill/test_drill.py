"""Issue 23's drill: an API change made in the spec alone, followed by `make generate`,
reaches the SDK, the CLI and the mock with no other file touched, and `make api-diff` calls
it what it is. Each change regenerates the package from an edited copy of the spec into a
temp dir; a child Python runs that package against the stateful mock serving that spec
(tests/drill/child.py)."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.apidiff import Spec, diff
from tests.drill.changes import CHANGES, Change

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "vimmerse.yaml"

# The regenerated package comes first; the repo root last, for tests.drill.child only.
PROBE = """
import sys
sys.path.insert(0, sys.argv[1])
import vimmerse
assert vimmerse.__file__.startswith(sys.argv[1]), vimmerse.__file__
sys.path.append(sys.argv[4])
from tests.drill.child import main
main()
"""


def _spec() -> dict[str, Any]:
    doc = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    assert isinstance(doc, dict)
    return doc


def _regenerate(doc: dict[str, Any], base: Path) -> Path:
    spec = base / "vimmerse.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    out = base / "out"
    out.mkdir()
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "codegen" / "generate.py"),
            "--spec",
            str(spec),
            "--out",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, (
        f"make generate failed:\n{proc.stdout[-3000:]}{proc.stderr[-3000:]}"
    )
    return out


@pytest.mark.parametrize("change", CHANGES, ids=lambda c: c.name)
def test_a_spec_change_reaches_the_sdk_the_cli_and_the_mock(change: Change, tmp_path: Path) -> None:
    old = _spec()
    new = copy.deepcopy(old)
    facts = change.edit(new)
    verdict = diff(Spec(old), Spec(new))
    assert verdict, f"{change.name}: api-diff saw no change"
    assert any(c.breaking for c in verdict) is change.breaking, [c.describe() for c in verdict]

    package = _regenerate(new, tmp_path)
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(package), change.name, json.dumps(facts), str(ROOT)],
        cwd=tmp_path,  # not the repo root, whose folders would shadow the package
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, f"{change.name} probe failed:\n{proc.stderr[-5000:]}"
    assert json.loads(proc.stdout.splitlines()[-1])
