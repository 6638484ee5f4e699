"""The facts the tests take from the API's docs pages, kept in the repo as data
(`openapi/docs_pages.json`, beside the spec), and the extractor that reads them off the pages.

The pages sit beside the repo (../shared/api-docs, or $VIMMERSE_API_DOCS), not in it, so
`make test` reads only the recorded data. A maintainer with the pages at hand runs
`make docs-check` (is the data still what the pages say?) or `make docs-record` (record it
again) after the pages change.

The facts: every request sample on the pages, read from the page text (the route, the
method, the body as the sample sends it: JSON, a form, a multipart form with files, or
none; and the answer's fields its code goes on to read, `response.json()["results"]`), the
JSON payloads of the v2 pages' samples, and the documented routes. A sample whose URL is a
variable built elsewhere (the long media walkthroughs) is left out: its routes have
simpler samples of their own.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The pages' usual place is beside the repo: only a maintainer's check reads them.
DOCS = Path(os.environ.get("VIMMERSE_API_DOCS") or ROOT.parent / "shared" / "api-docs")
DATA = ROOT / "openapi" / "docs_pages.json"
PAGES = ("text.txt", "image.txt", "video.txt", "media.txt")
# The v2 pages' samples send JSON; media.txt's send forms (and one has a syntax slip).
JSON_PAGES = ("text.txt", "image.txt", "video.txt")
# A JSON sample: the route's URL, then (before the next URL) `json=` or `payload = ` and a
# literal.
JSON_SAMPLE = re.compile(
    r'"https://api\.vimmerse\.net(?P<path>/[^"]+)"(?:(?!https://api).)*?'
    r"(?:json=|payload = )(?P<literal>\{[^\n]*\}(?=,?\n)|\{\n.*?\n\s*\})",
    re.DOTALL,
)

_CALL = re.compile(r"(?P<var>\w+) = requests\.(?P<verb>post|put|get|request)\(")
_URL = re.compile(r'"https?://api\.vimmerse\.net(?P<path>/[^"]*)')
_URL_LINE = re.compile(r'^url = "https?://api\.vimmerse\.net(?P<path>/[^"]*)', re.MULTILINE)
_FILE_NAMES = re.compile(r"""(?:\(\s*|\{\s*|,\s*)['"](?P<name>\w+)['"]\s*[,:]\s*\(""")
# A key quoted on one side only (`'rating: '5'`), a slip on the media page.
_HALF_QUOTED_KEY = re.compile(r"'(\w+): '")


@dataclass(frozen=True)
class Sample:
    page: str
    line: int
    method: str
    path: str  # and query; may hold `{MEDIA_ID}`
    kind: str  # "json", "form", "multipart" or "none"
    body: Any = None
    files: tuple[str, ...] = ()  # multipart file field names
    reads: tuple[tuple[str, ...], ...] = field(default=())  # key paths read from the answer

    @property
    def id(self) -> str:
        return f"{self.page}:{self.line} {self.method} {self.path}"


def _balanced(text: str, start: int) -> str:
    """The bracketed text opening at text[start] (one of `({[`), brackets included."""
    opening = text[start]
    closing = {"(": ")", "{": "}", "[": "]"}[opening]
    depth = 0
    for i in range(start, len(text)):
        if text[i] == opening:
            depth += 1
        elif text[i] == closing:
            depth -= 1
            if depth == 0:
                return text[start : i + 1]
    raise ValueError(f"unbalanced {opening!r} at {start}")


def _literal(text: str) -> Any:
    return ast.literal_eval(_HALF_QUOTED_KEY.sub(r"'\1': '", text))


def _assigned(before: str, name: str) -> str | None:
    """The bracketed value of the last `name = ...` / `name=...` assignment in `before`."""
    found = list(re.finditer(rf"^\s*{name}\s*=\s*(?=[{{\[])", before, re.MULTILINE))
    return _balanced(before, found[-1].end()) if found else None


def _reads(var: str, after: str) -> tuple[tuple[str, ...], ...]:
    keys = r"((?:\[['\"]\w+['\"]\]|\.get\(['\"]\w+['\"]\))+)"
    chains = [m[1] for m in re.finditer(rf"\b{var}\.json\(\){keys}", after)]
    for alias in re.findall(rf"^\s*(\w+) = {var}\.json\(\)\s*$", after, re.MULTILINE):
        chains += [m[1] for m in re.finditer(rf"\b{alias}{keys}", after)]
    return tuple(dict.fromkeys(tuple(re.findall(r"['\"](\w+)['\"]", c)) for c in chains))


def samples(docs: Path = DOCS) -> list[Sample]:
    found: list[Sample] = []
    for page in PAGES:
        text = (docs / page).read_text(encoding="utf-8")
        calls = list(_CALL.finditer(text))
        for i, call in enumerate(calls):
            args = _balanced(text, call.end() - 1)
            begin = calls[i - 1].end() if i else 0
            end = calls[i + 1].start() if i + 1 < len(calls) else len(text)
            before = text[begin : call.start()]
            method = call["verb"].upper()
            if method == "REQUEST":
                method = re.match(r'\(\s*"(\w+)"', args)[1]  # type: ignore[index]
            url = _URL.search(args)
            if url is None and re.match(r"\(\s*(\"\w+\",\s*)?url\b", args):
                url = list(_URL_LINE.finditer(before))[-1] if _URL_LINE.search(before) else None
            if url is None:
                continue  # a URL built from variables elsewhere on the page
            body: Any = None
            kind = "none"
            if m := re.search(r"\bjson=(?=\{)", args):
                kind, body = "json", _literal(_balanced(args, m.end()))
            elif re.search(r"\bjson=payload\b", args):
                kind, body = "json", _literal(_assigned(before, "payload") or "{}")
            elif re.search(r"\bdata=payload\b", args):
                kind, body = "form", _literal(_assigned(before, "payload") or "{}")
            files: tuple[str, ...] = ()
            if m := re.search(r"\bfiles=(?=[{\[])", args):
                files = tuple(_FILE_NAMES.findall(_balanced(args, m.end())))
            elif re.search(r"\bfiles=files\b", args):
                files = tuple(_FILE_NAMES.findall(_assigned(before, "files") or ""))
            if files:
                kind = "multipart"
            line = text.count("\n", 0, call.start()) + 1
            reads = _reads(call["var"], text[call.end() : end])
            found.append(Sample(page, line, method, url["path"], kind, body, files, reads))
    return found


def json_samples(docs: Path = DOCS) -> list[tuple[str, str, Any]]:
    """(page, path, JSON body) of each JSON payload sample on the v2 pages."""
    found = []
    for page in JSON_PAGES:
        for match in JSON_SAMPLE.finditer((docs / page).read_text(encoding="utf-8")):
            found.append((page, match["path"], ast.literal_eval(match["literal"])))
    return found


def record(docs: Path = DOCS) -> dict[str, Any]:
    """The facts as read off the pages now; `routes` is carried over from the recorded
    data (the pages show several only through URLs built from variables)."""
    return {
        "samples": [dataclasses.asdict(s) for s in samples(docs)],
        "json_samples": [list(s) for s in json_samples(docs)],
        "routes": recorded()["routes"] if DATA.exists() else [],
    }


def recorded() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DATA.read_text(encoding="utf-8"))
    return data


def recorded_samples() -> list[Sample]:
    """The pages' request samples as recorded (tuples restored from JSON's lists)."""
    return [
        Sample(
            **{
                **s,
                "files": tuple(s["files"]),
                "reads": tuple(tuple(r) for r in s["reads"]),
            }
        )
        for s in recorded()["samples"]
    ]


def documented_routes() -> set[tuple[str, str]]:
    """(method, path) of each route the pages document (lower-case method)."""
    return {(method, path) for method, path in recorded()["routes"]}


def require_in_spec(method: str, path: str) -> None:
    """Fail with one line when the spec lacks a route the pages document: the spec and the
    pages (the source of truth) disagree, so either the spec is missing it, or the API
    changed and the pages' record is stale (make docs-record with the new pages)."""
    from tests.spec.helpers import load_spec  # here: tests/spec imports this module

    route = path.split("?")[0]  # a sample's URL may carry its query
    if method.lower() not in load_spec()["paths"].get(route, {}):
        pytest.fail(
            f"the docs pages document {method.upper()} {route}, the spec has no such route "
            "(if the API changed, record the new pages: make docs-record)",
            pytrace=False,
        )


def _route_on_pages(route: tuple[str, str], text: str) -> bool:
    # A template's parameters are written many ways on the pages ({MEDIA_ID}, an f-string):
    # its literal parts in order, anything between.
    parts = [re.escape(p) for p in re.split(r"\{[^}]+\}", route[1])]
    return re.search("[^/\\s\"']*".join(parts) + r"(?![\w-])", text) is not None


def check(docs: Path = DOCS) -> list[str]:
    """How the recorded data and the pages differ (empty: they agree)."""
    problems = []
    now = record(docs)
    was = recorded()
    for key in ("samples", "json_samples"):
        if json.loads(json.dumps(now[key])) != was[key]:
            problems.append(f"{key}: the pages say otherwise (make docs-record, then review)")
    text = "\n".join((docs / p).read_text(encoding="utf-8") for p in (*PAGES, "README.md"))
    missing = [r for r in was["routes"] if not _route_on_pages((r[0], r[1]), text)]
    problems += [f"route {m.upper()} {p}: on no page" for m, p in missing]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The docs pages' facts kept as test data.")
    parser.add_argument("action", choices=("check", "record"))
    parser.add_argument("--docs", type=Path, default=DOCS, help="the pages' folder")
    args = parser.parse_args(argv)
    if not (args.docs / PAGES[0]).is_file():
        print(f"no docs pages in {args.docs}: set VIMMERSE_API_DOCS or --docs", file=sys.stderr)
        return 2
    if args.action == "record":
        text = json.dumps(record(args.docs), indent=1, ensure_ascii=False, sort_keys=True)
        DATA.write_text(text + "\n", encoding="utf-8")
        print(f"wrote {DATA.relative_to(ROOT)}")
        return 0
    problems = check(args.docs)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print("the recorded data matches the pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
