"""Every request sample on the docs pages (/work/shared/api-docs), read from the page text:
the route, the method, the body as the sample sends it (JSON, a form, a multipart form
with files, or none) and the answer's fields its code goes on to read
(`response.json()["results"]`, `media_data['data']['id']`).

A sample whose URL is a variable built elsewhere (the long media walkthroughs) is left
out: its routes have simpler samples of their own.
"""

from __future__ import annotations

import ast
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DOCS = Path(os.environ.get("VIMMERSE_API_DOCS", "/work/shared/api-docs"))
PAGES = ("text.txt", "image.txt", "video.txt", "media.txt")

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
