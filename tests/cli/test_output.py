"""What a command prints: timestamps in one form in the summary, whichever kind of object
(the pages show assets' with a "T", media's with a space and at times no offset), and the
API's own strings under --json."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from tests.spec.helpers import load_spec
from vimmerse.models.asset import Asset
from vimmerse.models.media import Media
from vimmerse_core.cli._output import print_human, print_json

# Any date and time the pages write: "T" or a space, fractions, an offset or none.
ANY_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)?")
SHOWN = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d([+-]\d\d:\d\d)?")


def _objects() -> Iterator[tuple[str, Any]]:
    """The spec's examples of answers (the pages'), as the SDK's models: an asset is bare,
    a media sits under "data" (once or twice)."""
    for name, example in load_spec()["components"]["examples"].items():
        value = example["value"]
        if "data" not in value:
            yield name, Asset.from_dict(value)
            continue
        while isinstance(value, dict) and set(value) == {"data"}:
            value = value["data"]
        yield name, Media.from_dict(value)


def _timestamps(data: dict[str, Any]) -> dict[str, str]:
    return {k: v for k, v in data.items() if isinstance(v, str) and ANY_TIMESTAMP.fullmatch(v)}


def test_the_examples_hold_both_kinds() -> None:
    kinds = {type(obj) for _, obj in _objects() if _timestamps(obj.to_dict())}
    assert kinds == {Asset, Media}


@pytest.mark.parametrize(("name", "obj"), list(_objects()), ids=[n for n, _ in _objects()])
def test_the_summary_shows_every_timestamp_in_one_form(
    name: str, obj: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    stamps = _timestamps(obj.to_dict())
    print_human(obj, None)
    lines = dict(line.split(None, 1) for line in capsys.readouterr().out.splitlines())
    for key in stamps:
        assert SHOWN.fullmatch(lines[key].strip()), (name, key, lines[key])


@pytest.mark.parametrize(("name", "obj"), list(_objects()), ids=[n for n, _ in _objects()])
def test_json_keeps_the_apis_strings(
    name: str, obj: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    print_json(obj, None)
    assert _timestamps(json.loads(capsys.readouterr().out)) == _timestamps(obj.to_dict())
