"""What `make generate` prints at the end: how the client's public surface changed.

Cheap on purpose: it parses (never imports) two generated trees with `ast` and compares
method signatures. The surface is the sync client's resource methods
(`client.<resource>.<method>`, found through the client's cached properties); trees
without resources fall back to the endpoint modules' `sync` functions. Async twins and
raw-response views mirror the sync ones, so they are left out to keep it one screen.
"""

from __future__ import annotations

import ast
from pathlib import Path

MAX_LINES = 20

Surface = dict[str, str]  # "client.image.text_to_image" -> "(*, prompt: str, ...) -> Asset"


def _signature(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    args = fn.args
    args.args = [a for a in args.args if a.arg not in ("self", "cls")]
    returns = f" -> {ast.unparse(fn.returns)}" if fn.returns else ""
    return f"({ast.unparse(args)}){returns}"


def _public_methods(cls: ast.ClassDef) -> dict[str, str]:
    return {
        node.name: _signature(node)
        for node in cls.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and not node.name.startswith("_")
        and not node.decorator_list
    }


def _resources(tree: ast.Module) -> Surface:
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
    out: Surface = {}
    for cls in classes.values():
        if cls.name.startswith("Async"):
            continue
        for node in cls.body:
            # `@cached_property def image(self) -> ImageResource` names a resource.
            if not (isinstance(node, ast.FunctionDef) and isinstance(node.returns, ast.Name)):
                continue
            target = classes.get(node.returns.id)
            decorated = any(ast.unparse(d).endswith("cached_property") for d in node.decorator_list)
            if decorated and target is not None and not target.name.endswith("WithRawResponse"):
                for name, sig in _public_methods(target).items():
                    out[f"client.{node.name}.{name}"] = sig
    return out


def collect(package: Path) -> tuple[Surface, set[str]]:
    """(methods, model names) of a generated package directory; empty if it is missing."""
    methods: Surface = {}
    init = package / "api" / "__init__.py"
    if init.is_file():
        methods = _resources(ast.parse(init.read_text(encoding="utf-8")))
    if not methods:
        for module in sorted((package / "api").glob("*/*.py")):
            if module.name == "__init__.py":
                continue
            tree = ast.parse(module.read_text(encoding="utf-8"))
            for node in tree.body:
                if isinstance(node, ast.FunctionDef) and node.name == "sync":
                    name = f"api.{module.parent.name}.{module.stem}"
                    methods[name] = _signature(node)
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
    (old, old_models), (new, new_models) = collect(old_package), collect(new_package)
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
