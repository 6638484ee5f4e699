"""Every command README.md and CONTRIBUTING.md show exists: each `make` target, each
`vimmerse` group, command and option, each `vimmerse-mock` flag (in code blocks and in
inline code)."""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from vimmerse._client import SURFACE
from vimmerse_core.cli._app import command
from vimmerse_mock.cli import parser

ROOT = Path(__file__).resolve().parents[2]
DOCS = ("README.md", "CONTRIBUTING.md")
PROGRAMS = ("make", "vimmerse", "vimmerse-mock")
_FENCED = re.compile(r"^[ \t]*```(\w*)\n(.*?)^[ \t]*```", re.S | re.M)
_INLINE = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)  # `x`, `` `x` ``
_SHELL_ENDS = {"|", "||", "&", "&&", ";", ">", "<"}


def commands(text: str) -> Iterator[list[str]]:
    """The argv of each command line the text shows for one of PROGRAMS."""
    lines = []
    for lang, body in _FENCED.findall(text):
        if lang in ("sh", "bash", "console", ""):
            lines += body.splitlines()
    prose = _FENCED.sub("", text)
    lines += [" ".join(span.split()) for _, span in _INLINE.findall(prose)]
    for line in lines:
        try:
            words = shlex.split(line, comments=True)
        except ValueError:  # a fragment such as `'.results[0]'`, not a command
            continue
        if words and words[0].rsplit("/", 1)[-1] in PROGRAMS:
            end = next((i for i, w in enumerate(words) if w in _SHELL_ENDS), len(words))
            yield [words[0].rsplit("/", 1)[-1], *words[1:end]]


def make_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    found: set[str] = set()
    for rule in re.findall(r"^([\w .$()-]+?)\s*:(?!=)", text, re.M):
        found.update(w for w in rule.split() if "$" not in w)
    return found


def _mock_flags() -> set[str]:
    return {s for a in parser()._actions for s in a.option_strings}


def _param(cmd: Any, name: str) -> Any:
    """A click parameter (typer vendors click: its classes are typer's own)."""
    return next((p for p in cmd.params if name in (*p.opts, *p.secondary_opts)), None)


def check_make(argv: list[str]) -> list[str]:
    problems = []
    targets = make_targets()
    for word in argv[1:]:
        var, eq, value = word.partition("=")
        if eq and var == "MOCK_ARGS":
            problems += check_mock(["vimmerse-mock", *shlex.split(value)])
        elif not eq and not word.startswith("-") and word not in targets:
            problems.append(f"make {word}: no such target")
    return problems


def check_mock(argv: list[str]) -> list[str]:
    flags = _mock_flags() | {"--help"}
    named = (w.split("=", 1)[0] for w in argv[1:] if w.startswith("--"))
    return [f"vimmerse-mock {flag}: no such flag" for flag in named if flag not in flags]


def check_vimmerse(argv: list[str]) -> list[str]:
    root = command(SURFACE)
    current: Any = root
    path = ["vimmerse"]
    problems: list[str] = []
    words = iter(argv[1:])
    for word in words:
        if path[1:] == ["mock"]:  # every word goes to vimmerse-mock
            return problems + check_mock(["vimmerse-mock", word, *words])
        if word.startswith("-"):
            name = word.split("=", 1)[0]
            param = _param(current, name) or _param(root, name)
            if param is None and name != "--help":
                problems.append(f"{' '.join(path)} {name}: no such option")
            elif param is not None and not param.is_flag and "=" not in word:
                next(words, None)  # its value
        elif hasattr(current, "commands"):  # a group
            sub = current.commands.get(word)
            if sub is None:
                problems.append(f"{' '.join(path)} {word}: no such command")
                return problems
            current, path = sub, [*path, word]
    return problems


CHECKS = {"make": check_make, "vimmerse": check_vimmerse, "vimmerse-mock": check_mock}


@pytest.mark.parametrize("doc", DOCS)
def test_every_command_the_doc_shows_exists(doc: str) -> None:
    shown = list(commands((ROOT / doc).read_text(encoding="utf-8")))
    assert {argv[0] for argv in shown} >= {"make", "vimmerse"}, "no commands found"
    problems = [p for argv in shown for p in CHECKS[argv[0]](argv)]
    assert problems == []


def test_the_checks_can_fail() -> None:
    text = """
```sh
make tset
vimmerse image text-to-image --promt fox   # a typo
vimmerse imag upload a.png
```
Start it with `vimmerse mock --prot 0` or `make mock MOCK_ARGS="--duraton media=3"`.
"""
    shown = list(commands(text))
    assert [p for argv in shown for p in CHECKS[argv[0]](argv)] == [
        "make tset: no such target",
        "vimmerse image text-to-image --promt: no such option",
        "vimmerse imag: no such command",
        "vimmerse-mock --prot: no such flag",
        "vimmerse-mock --duraton: no such flag",
    ]
