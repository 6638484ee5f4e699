"""Every `x-` extension the spec uses is documented once, in the conventions at the top of
openapi/vimmerse.yaml, and every one documented there is used."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from tests.spec.helpers import SPEC_PATH
from vimmerse_core.spec import parse
from vimmerse_core.spec.extensions import EXTENSIONS

NAME = re.compile(r"`(x-[a-z-]+)")


def _keys(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str) and key.startswith("x-"):
                yield key
            yield from _keys(value)
    elif isinstance(node, list):
        for item in node:
            yield from _keys(item)


def _conventions(text: str) -> set[str]:
    """The extension names the header comment (the lines before the document) names."""
    head = []
    for line in text.splitlines():
        if line and not line.startswith("#") and not line.startswith("openapi:"):
            break
        head.append(line)
    return set(NAME.findall("\n".join(head)))


def test_each_extension_used_is_documented_and_each_documented_one_is_used() -> None:
    text = SPEC_PATH.read_text(encoding="utf-8")
    used = set(_keys(parse(text)))
    documented = _conventions(text)
    assert used, "the spec uses no extension at all"
    assert sorted(used - documented) == [], "used but not documented at the top of the spec"
    assert sorted(documented - used) == [], "documented but used nowhere"


def test_an_undocumented_extension_is_found() -> None:
    text = SPEC_PATH.read_text(encoding="utf-8")
    doc = parse(text)
    doc["paths"]["/x-new"] = {"get": {"x-vimmerse-new": True}}
    assert "x-vimmerse-new" in set(_keys(doc)) - _conventions(text)


def test_the_shared_reader_names_each_documented_extension() -> None:
    """vimmerse_core.spec.extensions is where every tool finds an extension's name."""
    assert sorted(EXTENSIONS) == sorted(_conventions(SPEC_PATH.read_text(encoding="utf-8")))
