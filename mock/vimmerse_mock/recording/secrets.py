"""What must never reach a recording, read from the spec: not from header or field names.

- the headers, query parameters and cookies of the spec's `securitySchemes` (the API
  key's header), and `Authorization`/`Cookie`, which carry credentials in any scheme;
- userinfo in any URL (`https://user:pass@host/...`);
- any field or parameter whose schema says `format: password` (OpenAPI's mark of a secret).

`Secrets.scrub_text` is the last guard: the key value itself (and its URL-encoded form)
is cut from every file before it is written, whatever carried it (VCR.py users keep
finding filtered headers back in rewritten cassettes; this never depends on a filter).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

REDACTED = "<redacted>"
# Credentials whatever the scheme: RFC 9110's Authorization, RFC 6265's Cookie.
_ALWAYS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
_URL = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s\"'<>]+")


def _schemas(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _schemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from _schemas(value)


class Secrets:
    """The secret headers, query parameters and fields of one (inlined) spec document."""

    def __init__(self, doc: Mapping[str, Any]) -> None:
        headers: set[str] = set(_ALWAYS)
        query: set[str] = set()
        schemes = (doc.get("components") or {}).get("securitySchemes") or {}
        for scheme in schemes.values():
            if not isinstance(scheme, Mapping) or scheme.get("type") != "apiKey":
                continue
            where, name = scheme.get("in"), str(scheme.get("name", "")).lower()
            (query if where == "query" else headers).add(name)
        fields: set[str] = set()
        for node in _schemas(doc.get("paths") or {}):
            for name, sub in (node.get("properties") or {}).items():
                if isinstance(sub, dict) and sub.get("format") == "password":
                    fields.add(str(name))
            schema = node.get("schema")
            if "in" in node and isinstance(schema, dict) and schema.get("format") == "password":
                where, name = node["in"], str(node.get("name", "")).lower()
                (query if where == "query" else headers).add(name)
        self.headers = frozenset(headers)
        self.query = frozenset(query)
        self.fields = frozenset(fields)
        self._values: set[str] = set()

    def remember(self, value: str) -> None:
        """A secret value seen in a request (the caller's key): cut from every file."""
        if len(value) >= 4:  # shorter would cut ordinary text; no real key is that short
            self._values.update({value, quote(value, safe="")})

    def remember_headers(self, headers: Iterable[tuple[str, str]]) -> None:
        for name, value in headers:
            if name.lower() in self.headers and value.strip():
                self.remember(value.strip())

    def headers_of(self, headers: Iterable[tuple[str, str]]) -> dict[str, str]:
        """The headers a recording keeps: secret ones left out, URLs scrubbed."""
        kept: dict[str, str] = {}
        for name, value in headers:
            low = name.lower()
            if low in self.headers:
                continue
            kept[low] = self.url_text(value) if low not in kept else kept[low] + ", " + value
        return kept

    def query_of(self, pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for name, value in pairs:
            if name.lower() not in self.query:
                out.setdefault(name, []).append(self.url_text(value))
        return out

    def value(self, value: Any) -> Any:
        """A JSON value with secret fields redacted and URL userinfo removed."""
        if isinstance(value, dict):
            return {k: REDACTED if k in self.fields else self.value(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.value(v) for v in value]
        if isinstance(value, str):
            return self.url_text(value)
        return value

    def url_text(self, text: str) -> str:
        return _URL.sub(lambda m: without_userinfo(m.group(0)), text) if "@" in text else text

    def scrub_text(self, text: str) -> str:
        """The last guard, on the serialised file: no remembered secret survives."""
        for secret in sorted(self._values, key=len, reverse=True):
            text = text.replace(secret, REDACTED)
        return text

    def scrub_bytes(self, content: bytes) -> bytes:
        """The same guard on a stored file (a result, an answer that is not text)."""
        for secret in sorted(self._values, key=len, reverse=True):
            content = content.replace(secret.encode(), REDACTED.encode())
        return content


def without_userinfo(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
