"""What `make generate` prints at the end: how the client's public surface changed.

Cheap on purpose: it reads the two generated trees' manifests (`surface.json`, written by
codegen/project.py from the surface description) and compares the sync client's method
signatures (`client.<resource>.<method>`) and model names. Async twins and raw-response
views mirror the sync ones, so they are left out to keep it one screen.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

MAX_LINES = 20
MANIFEST = "surface.json"

Surface = dict[str, str]  # "client.image.text_to_image" -> "(*, prompt: str, ...) -> Asset"


def collect(package: Path) -> tuple[Surface, set[str]] | None:
    """(methods, model names) of a generated package directory; None without a manifest."""
    manifest = package / MANIFEST
    if not manifest.is_file():
        return None
    data = json.loads(manifest.read_text(encoding="utf-8"))
    methods = {f"client.{op['tag']}.{op['name']}": op["signature"] for op in data["operations"]}
    models: set[str] = set()
    models_init = package / "models" / "__init__.py"
    if models_init.is_file():
        for node in ast.parse(models_init.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ImportFrom):
                models.update(a.asname or a.name for a in node.names)
    return methods, models


def _params(sig: str) -> dict[str, str]:
    """Parameter name -> its text, from a signature made by `_signature`."""
    fn = ast.parse(f"def f{sig}: pass").body[0]
    assert isinstance(fn, ast.FunctionDef)
    a = fn.args
    positional = [*a.posonlyargs, *a.args]
    pos_defaults: list[ast.expr | None] = [None] * (len(positional) - len(a.defaults))
    pos_defaults += a.defaults
    pairs = [*zip(positional, pos_defaults, strict=True), *zip(a.kwonlyargs, a.kw_defaults, strict=True)]  # fmt: skip
    return {
        arg.arg: ast.unparse(arg) + (f" = {ast.unparse(default)}" if default else "")
        for arg, default in pairs
    }


def _explain(old: str, new: str) -> str:
    a, b = _params(old), _params(new)
    parts = [f"+{b[n]}" for n in b if n not in a]
    parts += [f"-{n}" for n in a if n not in b]
    parts += [f"{a[n]} -> {b[n]}" for n in a if n in b and a[n] != b[n]]
    ret_a, ret_b = old.rpartition(" -> ")[2], new.rpartition(" -> ")[2]
    if ret_a != ret_b:
        parts.append(f"returns {ret_a} -> {ret_b}")
    return "; ".join(parts) or "signature reordered"


def summary(old_package: Path, new_package: Path) -> str:
    """A short report of methods added, removed and changed between two generated trees."""
    before, after = collect(old_package), collect(new_package)
    if after is None:
        return "Client surface: the new tree has no manifest."
    if before is None:
        before = ({}, set()) if not old_package.exists() else None
        if before is None:
            return "Client surface: the old tree has no manifest (made before there was one)."
    (old, old_models), (new, new_models) = before, after
    added = sorted(new.keys() - old.keys())
    removed = sorted(old.keys() - new.keys())
    changed = sorted(k for k in old.keys() & new.keys() if old[k] != new[k])
    if not (added or removed or changed or old_models != new_models):
        return "Client surface: unchanged."
    lines = [f"+ {k}{_short(new[k])}" for k in added]
    lines += [f"- {k}" for k in removed]
    lines += [f"~ {k}: {_explain(old[k], new[k])}" for k in changed]
    if len(lines) > MAX_LINES:
        lines = [*lines[: MAX_LINES - 1], f"... and {len(lines) - MAX_LINES + 1} more"]
    models = [f"+{m}" for m in sorted(new_models - old_models)]
    models += [f"-{m}" for m in sorted(old_models - new_models)]
    if models:
        shown = " ".join(models[:12]) + (f" ... ({len(models)} in all)" if len(models) > 12 else "")
        lines.append(f"models: {shown}")
    head = (
        f"Client surface: {len(added)} method(s) added, {len(removed)} removed, "
        f"{len(changed)} changed (sync client; async mirrors it)"
    )
    return "\n".join([head, *("  " + line for line in lines)])


def _short(sig: str, width: int = 90) -> str:
    return sig if len(sig) <= width else sig[: width - 3] + "..."
