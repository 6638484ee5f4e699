"""Load a spec from the working copy or from a git ref.

Parsing and `$ref`s are vimmerse_core.spec's, as for every tool: YAML anchors are expanded
by the YAML loader, `$ref`s followed lazily (`Spec.resolve`) so recursive schemas cannot loop.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

from vimmerse_core.spec import Document, parse

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "vimmerse.yaml"

Json = dict[str, Any]

# Release tags look like v1.2.3 (an optional pre-release suffix is allowed).
RELEASE_TAG = re.compile(r"^v(\d+)\.(\d+)\.(\d+)(?:[-.+].*)?$")


def git(*args: str, cwd: Path = ROOT) -> str:
    proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)} failed: {proc.stderr.strip()}")
    return proc.stdout


def default_base_ref(cwd: Path = ROOT) -> str:
    """The newest release tag `v*` reachable from HEAD, else HEAD."""
    try:
        tag = git("describe", "--tags", "--abbrev=0", "--match", "v[0-9]*", cwd=cwd).strip()
    except RuntimeError:  # no release tag yet
        return "HEAD"
    return tag or "HEAD"


def text_at(ref: str, path: Path, cwd: Path = ROOT) -> str:
    """A file's text at a git ref (path relative to the repo root or absolute inside it)."""
    rel = path.resolve().relative_to(cwd.resolve()).as_posix() if path.is_absolute() else path
    return git("show", f"{ref}:{rel}", cwd=cwd)


class Spec(Document):
    """One parsed OpenAPI document (vimmerse_core.spec's), also read from a git ref."""

    @classmethod
    def at_ref(cls, ref: str, path: Path = SPEC_PATH, cwd: Path = ROOT) -> Spec:
        return cls(parse(text_at(ref, path, cwd), f"{ref}:{path.name}"), f"{ref}:{path.name}")
