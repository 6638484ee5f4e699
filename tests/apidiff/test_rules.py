"""The rule table in the docs is the one the code applies."""

from __future__ import annotations

import re

import codegen.apidiff
from codegen.apidiff import RULES, Kind, Section


def _doc_rows() -> dict[str, tuple[str, bool, bool]]:
    rows: dict[str, tuple[str, bool, bool]] = {}
    for line in (codegen.apidiff.__doc__ or "").splitlines():
        cells = [c.strip() for c in line.strip().split("|")[1:-1]]
        if len(cells) == 4 and cells[1] in {s.value for s in Section}:
            kind = re.sub(r" \(.*", "", cells[0])
            rows[kind] = (
                cells[1],
                cells[2].startswith("BREAKING"),
                cells[3].startswith("BREAKING"),
            )
    return rows


def test_every_kind_has_a_rule() -> None:
    assert set(RULES) == set(Kind)


def test_docstring_table_matches_rules() -> None:
    rows = _doc_rows()
    expected = {
        k.value: (r.section.value, r.breaks_request, r.breaks_response) for k, r in RULES.items()
    }
    assert rows == expected
