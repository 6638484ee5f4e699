"""Load a spec from the working copy or from a git ref, and follow its local `$ref`s.

YAML anchors and aliases are expanded by the YAML loader itself; `$ref`s are followed
lazily (see `Spec.resolve`) so recursive schemas cannot loop.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "vimmerse.yaml"

Json = dict[str, Any]

# Release tags look like v1.2.3 (an optional pre-release suffix is allowed).
RELEASE_TAG = re.compile(r"^v(\d+)\.(\d+)\.(\d+)(?:[-.+].*)?$")


def load_yaml(text: str) -> Any:
    """Safe-load YAML with libyaml's loader when PyYAML has it: about 10x faster on our spec
    (a second of every `make generate` went to the pure-Python loader)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


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


@dataclass(frozen=True)
class Spec:
    """One parsed OpenAPI document."""

    doc: Json
    label: str = "spec"

    @classmethod
    def from_text(cls, text: str, label: str = "spec") -> Spec:
        doc = load_yaml(text)
        if not isinstance(doc, dict):
            raise ValueError(f"{label}: not an OpenAPI document")
        return cls(doc, label)

    @classmethod
    def from_file(cls, path: Path) -> Spec:
        return cls.from_text(path.read_text(encoding="utf-8"), str(path))

    @classmethod
    def at_ref(cls, ref: str, path: Path = SPEC_PATH, cwd: Path = ROOT) -> Spec:
        return cls.from_text(text_at(ref, path, cwd), f"{ref}:{path.name}")

    def lookup(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise ValueError(f"{self.label}: only local $refs are supported, got {ref!r}")
        node: Any = self.doc
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def resolve(self, node: Any) -> Any:
        """Follow `$ref` chains. OpenAPI 3.1 lets a `$ref` have sibling keywords: they win."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise ValueError(f"{self.label}: $ref cycle through {ref}")
            seen.add(ref)
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            target = self.lookup(ref)
            node = {**target, **siblings} if siblings and isinstance(target, dict) else target
        return node
