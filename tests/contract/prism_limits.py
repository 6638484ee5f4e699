"""Everything the contract suite does differently for Prism, and why: the one place for it.

Prism (@stoplight/prism-cli 5.14.2) mocks from the spec alone and has a few bugs of its own.
Each entry below is shown to still hold by tests/contract/test_prism_limits.py: when a Prism
upgrade fixes one, that test fails and the entry should go.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# Schemathesis checks not run against Prism at all: {check name: reason}.
EXCLUDED_CHECKS: dict[str, str] = {
    # Prism's security validation only checks that an X-Api-Key header is present.
    "ignored_auth": "Prism accepts any X-Api-Key value, so a wrong key is never rejected",
    # RFC 9110 requires `Allow` on a 405.
    "unsupported_method": "Prism answers an undeclared method with 405 but no Allow header",
}


def _violations(response: Any) -> list[str]:
    """The messages of Prism's `sl-violations` header: why it rejected the request."""
    headers = response.headers
    # Schemathesis' responses map a header to its list of values; httpx's have get_list.
    values = (
        headers.get_list("sl-violations")
        if hasattr(headers, "get_list")
        else headers.get("sl-violations") or []
    )
    messages = []
    for value in values:
        try:
            found = json.loads(value)
        except ValueError:
            continue
        messages += [str(v.get("message", "")) for v in found if isinstance(v, dict)]
    return messages


def _rejected_only_for(*parts: str) -> Callable[[Any, Any], bool]:
    def matches(case: Any, response: Any) -> bool:
        messages = _violations(response)
        return (
            response.status_code == 422
            and bool(messages)
            and all(any(part in message for part in parts) for message in messages)
        )

    return matches


def _own_invalid_json_answer(case: Any, response: Any) -> bool:
    try:
        body = json.loads(response.content)
    except ValueError:
        return False
    error = body.get("error") if isinstance(body, dict) else None
    return (
        response.status_code == 400
        and isinstance(error, dict)
        and error.get("code") == "invalid_json"
    )


def _accepted_non_form_multipart(case: Any, response: Any) -> bool:
    media_type = case.media_type or ""
    return media_type.startswith("multipart/") and not isinstance(case.body, dict)


REPEATED_FORM_FIELDS = (
    "Prism keeps only the last of repeated form fields (multipart parts or urlencoded keys), "
    "so an array field of a form (image_urls, image_files, image) never validates as an "
    "array, even with one item: valid data gets 422 (POST /media, which takes multipart or "
    "urlencoded, has only its urlencoded arrays checked)"
)
ARRAY_FIELD_REJECTED = _rejected_only_for("must be array")


@dataclass(frozen=True)
class KnownFalseFailure:
    checks: frozenset[str]  # the schemathesis checks whose failure this explains
    matches: Callable[[Any, Any], bool]  # (case, response) -> is it this Prism bug?
    reason: str


# Failures that are Prism's fault, dropped by a filter_failure hook. Each is recognised by
# what Prism itself answers, so any other failure of the same check still fails the run.
KNOWN_FALSE_FAILURES: tuple[KnownFalseFailure, ...] = (
    KnownFalseFailure(
        frozenset({"positive_data_acceptance"}), ARRAY_FIELD_REJECTED, REPEATED_FORM_FIELDS
    ),
    KnownFalseFailure(
        frozenset({"status_code_conformance", "response_schema_conformance"}),
        _own_invalid_json_answer,
        'Prism answers a body that is not JSON with its own 400 {"error": {"code": '
        '"invalid_json"}}, whatever the spec declares (FastAPI, and the spec, say 422)',
    ),
    KnownFalseFailure(
        frozenset({"negative_data_rejection"}),
        _accepted_non_form_multipart,
        "Prism parses a multipart body that is not a form (no parts) as the empty form {}, "
        "which is valid for the multipart routes with no required field",
    ),
)


def is_known_false_failure(checks: tuple[str, ...], case: Any, response: Any) -> bool:
    return any(
        known.checks.intersection(checks) and known.matches(case, response)
        for known in KNOWN_FALSE_FAILURES
    )


# Multipart shaping, applied to every request sent to Prism.
#
# Prism parses multipart bodies with parse-multipart-data 1.5.0 and then URI-decodes the field
# names; both throw uncaught errors that kill the whole Prism process, on a part that
#   - has a filename but no Content-Type header (schemathesis sends the file part of a
#     property without an `encoding` entry that way, e.g. `image_file` of POST /v2/image),
#   - has a `;` in its field name (the parser takes the rest of the name as a filename),
#   - has a `%` in its field name that is not a valid escape (decodeURIComponent throws), or
#   - has no Content-Disposition at all (a non-object multipart body containing "\r\n\r\n").
# One such request would fail every test after it, so the requests are shaped to avoid it,
# keeping what each case tests: a file part keeps its bytes, only field names outside the
# schema are dropped (the schema allows any extra field), a non-object body stays one.
FILE_PART_CONTENT_TYPE = "application/octet-stream"
UNSAFE_NAME_CHARACTERS = frozenset(";%\r\n")


def _file_fields(schema: dict[str, Any]) -> set[str]:
    """Names of the body properties sent as file parts (a binary string or array of them)."""
    names = set()
    for name, prop in schema.get("properties", {}).items():
        if not isinstance(prop, dict):
            continue
        item = prop.get("items", prop) if prop.get("type") == "array" else prop
        if isinstance(item, dict) and item.get("format") == "binary":
            names.add(name)
    return names


def shape_multipart(case: Any) -> None:
    """Make a multipart case parseable by Prism's parser; other cases are left alone."""
    media_type = case.media_type or ""
    if not media_type.startswith("multipart/"):
        return
    body = case.body
    if isinstance(body, str):
        case.body = body.replace("\r", "")
        return
    if not isinstance(body, dict):
        return
    definition = case.operation.get_body_for_media_type(media_type)
    schema = (definition.resolved_schema if definition is not None else None) or {}
    declared = schema.get("properties", {})
    for name in list(body):
        if name not in declared and UNSAFE_NAME_CHARACTERS & set(str(name)):
            del body[name]
    chosen = dict(case.multipart_content_types or {})
    for name in _file_fields(schema) & body.keys():
        chosen.setdefault(name, FILE_PART_CONTENT_TYPE)
    case.multipart_content_types = chosen


# Why a docs page sample (tests/contract/test_pages_against_mocks.py) fails against Prism,
# recognised by Prism's answer: (matches(response), reason).
PAGE_SAMPLE_LIMITS: tuple[tuple[Callable[[Any], bool], str], ...] = (
    (lambda response: ARRAY_FIELD_REJECTED(None, response), REPEATED_FORM_FIELDS),
)


def page_sample_limit(response: Any) -> str | None:
    """The reason of the Prism limit that explains this answer to a page sample, if any."""
    return next((reason for matches, reason in PAGE_SAMPLE_LIMITS if matches(response)), None)
