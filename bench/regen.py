"""Regeneration: `codegen/generate.py --out DIR` (what `make generate` runs, written to a temp
dir instead of generated/) against plain `openapi-python-client generate` on the same spec,
in alternating order; and determinism: two runs' trees hash alike."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import procs
from bench.report import Row
from bench.stats import median

# make generate against the plain generator on the same spec (issue 12).
REGEN_GOAL = 1.3


def tree_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _timed(argv: list[str], cwd: Path) -> float:
    # The plain generator runs ruff as its post hook: find it in this venv.
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed:\n{proc.stdout}{proc.stderr}")
    return elapsed


def run(*, repeats: int) -> tuple[list[Row], dict[str, Any]]:
    ours: list[float] = []
    plain: list[float] = []
    hashes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="vimmerse-bench-regen-") as tmp:
        base = Path(tmp)
        # At least two of our runs, so that determinism is checked.
        for i in range(max(2, repeats)):
            out = base / f"ours-{i}"
            ours_argv = [
                sys.executable,
                str(procs.ROOT / "codegen" / "generate.py"),
                "--out",
                str(out),
            ]
            plain_argv = [
                sys.executable, "-m", "openapi_python_client", "generate",
                "--path", str(procs.SPEC), "--meta", "none", "--output-path", str(base / f"plain-{i}"),
            ]  # fmt: skip
            pair = [(ours, ours_argv), (plain, plain_argv)]
            for times, argv in pair if i % 2 == 0 else pair[::-1]:
                times.append(_timed(argv, base))
            hashes.append(tree_hash(out / "vimmerse"))
        committed = tree_hash(procs.ROOT / "generated" / "vimmerse")
    same = len(set(hashes)) == 1
    details = {"ours_s": ours, "plain_s": plain, "hashes": hashes, "committed_hash": committed}
    rows = [
        Row("regeneration", f"make generate wall time, median of {len(ours)}", median(ours), "s",
            "plain openapi-python-client", median(plain),
            f"<= {REGEN_GOAL:.2f}x", median(ours) <= REGEN_GOAL * median(plain),
            note="generate.py --out: validate, surface, generate in-process, ruff fix+format (templates compiled once, cached)"),
        Row("regeneration", "determinism: distinct tree hashes over runs", len(set(hashes)), "",
            "runs", len(hashes), "1", same,
            "identical" + (" and equal to generated/" if committed == hashes[0] else
                           "; generated/ differs (stale or being edited)")),
    ]  # fmt: skip
    return rows, details
