"""Per-call options of every method, with openai-python's names and meanings.

``extra_headers``, ``extra_query`` and ``extra_body`` send what the SDK does not know yet (a
field the API added since the SDK was generated); an extra wins over a field or header of the
same name. ``timeout`` replaces the client's for that one call, its total deadline included.

Extras only ever go to the API's host: result downloads from the CDN never carry them, so a
header holding a key cannot leak there.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from ._deadline import DEADLINE, Deadline, total_for
from ._header_values import check_key
from ._logs import SENSITIVE_HEADERS, redact_headers, register_secret

__all__ = [
    "NOT_GIVEN",
    "PER_CALL",
    "Body",
    "CallContext",
    "Headers",
    "NotGiven",
    "Query",
    "RequestOptions",
    "per_call_declarations",
]

Headers = Mapping[str, str]
Query = Mapping[str, object]
Body = Mapping[str, object]


class NotGiven:
    """Sentinel for "use the client's value" (a timeout of None means no timeout at all)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN = NotGiven()


def coerce_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _headers_repr(headers: Headers | None) -> str:
    return repr(None if headers is None else redact_headers(headers))


def _without(mapping: Mapping[str, Any], names: Mapping[str, Any], *, fold: bool) -> dict[str, Any]:
    # Header names are case-insensitive: "content-type" replaces "Content-Type".
    drop = {n.lower() for n in names} if fold else set(names)
    return {k: v for k, v in mapping.items() if (k.lower() if fold else k) not in drop}


def _form_value(value: object) -> Any:
    """A field of a urlencoded form as httpx encodes it: lists repeat the field, objects
    travel as JSON text."""
    if isinstance(value, list | tuple):
        return [_form_value(v) for v in value if v is not None]
    if isinstance(value, Mapping):
        return json.dumps(value)
    return value


def _parts(name: str, value: object) -> list[tuple[str, tuple[None, bytes, str]]]:
    """The multipart parts of one field: a list repeats it, booleans and objects are JSON."""
    values = value if isinstance(value, list | tuple) else [value]
    parts = []
    for item in values:
        if item is None:
            continue
        text = json.dumps(item) if isinstance(item, bool | Mapping) else str(item)
        parts.append((name, (None, text.encode(), "text/plain")))
    return parts


@attrs.frozen(kw_only=True)
class RequestOptions:
    """What one call adds to or changes about the request its method builds.

    The one definition of the per-call options: every generated method takes these fields,
    with these annotations, defaults and help (``per_call_declarations``)."""

    # metadata["help"] documents each option in every generated method's docstring.
    extra_headers: Headers | None = attrs.field(
        default=None,
        repr=_headers_repr,
        metadata={
            "help": "headers to add to this request, replacing any of the same name; sent to"
            " the API's host only."
        },
    )
    extra_query: Query | None = attrs.field(
        default=None,
        metadata={
            "help": "query parameters to add to this request, replacing any of the same name."
        },
    )
    extra_body: Body | None = attrs.field(
        default=None,
        metadata={
            "help": "fields to add to the body (JSON, or form and multipart fields), replacing"
            " any of the same name: for what the API takes that this SDK does not know yet."
        },
    )
    timeout: float | httpx.Timeout | NotGiven | None = attrs.field(
        default=NOT_GIVEN,
        metadata={
            "help": "this call's timeout instead of the client's (seconds or an"
            " ``httpx.Timeout``; None: none); its longest phase also bounds the call in all,"
            " retries included."
        },
    )

    def __attrs_post_init__(self) -> None:
        # A key passed per call is as secret as the client's: logs scrub it too, and one
        # that cannot be a header value is refused here, before the transport prints it.
        for name, value in (self.extra_headers or {}).items():
            if name.lower() in SENSITIVE_HEADERS:
                register_secret(value)
                check_key(value, f"The {name} header")

    @property
    def http_timeout(self) -> httpx.Timeout | None:
        """The call's own timeout, None when it keeps the client's."""
        return None if isinstance(self.timeout, NotGiven) else coerce_timeout(self.timeout)

    def for_polls(self) -> RequestOptions:
        """What the polls of a ``wait=True`` call carry: the headers and the timeout; the
        extra query and body were the submit's."""
        return RequestOptions(extra_headers=self.extra_headers, timeout=self.timeout)

    def apply(self, kwargs: Mapping[str, Any]) -> dict[str, Any]:
        """A request builder's httpx kwargs with the extras merged in."""
        args = dict(kwargs)
        if self.extra_headers:
            headers = _without(args.get("headers") or {}, self.extra_headers, fold=True)
            args["headers"] = {**headers, **self.extra_headers}
        if self.extra_query:
            args["params"] = {**(args.get("params") or {}), **self.extra_query}
        if self.extra_body:
            self._merge_body(args, self.extra_body)
        return args

    @staticmethod
    def _merge_body(args: dict[str, Any], extra: Body) -> None:
        if "json" in args:
            if not isinstance(args["json"], Mapping):
                raise TypeError("extra_body needs a JSON object body; this operation sends none")
            args["json"] = {**args["json"], **extra}
        elif "files" in args:
            # Multipart: the extras become parts beside the files, replacing any part of
            # the same name (as parts, not `data`: httpx sends data alone urlencoded).
            kept = [part for part in args["files"] if part[0] not in extra]
            args["files"] = kept + [p for k, v in extra.items() for p in _parts(k, v)]
        elif "data" in args:  # urlencoded: the extras join (and replace) the fields
            data = _without(args["data"] or {}, extra, fold=False)
            args["data"] = {
                **data,
                **{k: _form_value(v) for k, v in extra.items() if v is not None},
            }
        else:  # no body of its own: the extras are the body, as JSON (as openai-python does)
            args["json"] = dict(extra)
            args["headers"] = {**(args.get("headers") or {}), "Content-Type": "application/json"}


NO_OPTIONS = RequestOptions()

# The options' names, in the order every method declares them.
PER_CALL: tuple[str, ...] = tuple(f.name for f in attrs.fields(RequestOptions))


def per_call_declarations() -> tuple[tuple[str, str], ...]:
    """(declaration, help) of each option, as a generated method's signature and docstring
    print them: "timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN"."""
    return tuple(
        (f"{f.name}: {f.type} = {f.default!r}", str(f.metadata["help"]))
        for f in attrs.fields(RequestOptions)
    )


@attrs.frozen
class CallContext:
    """One call, resolved once at its top from the client's settings and the call's
    ``RequestOptions``, and passed down explicitly (``_call`` -> ``_send`` -> the retry loop,
    the body reads and, in the request's extensions, the transport).

    Attributes:
        options: what the call adds to its request (the extras).
        timeout: its HTTP timeout, in one shape: the call's, else the client's, else the
            caller's ``http_client``'s.
        deadline: the whole call's, from ``timeout`` (``_deadline``), started when made.
        raw: answer ``RawResponse`` (``with_raw_response``) instead of the parsed model.
        poll: a wait's poll, which goes ahead of other queued requests (``_slots.Slots``).
        max_download_bytes: the most bytes a file it downloads may have (None: no cap).
    """

    options: RequestOptions
    timeout: httpx.Timeout
    deadline: Deadline
    raw: bool = False
    poll: bool = False
    max_download_bytes: int | None = None

    @classmethod
    def resolve(
        cls,
        call: RequestOptions,
        client_timeout: httpx.Timeout,
        *,
        raw: bool = False,
        poll: bool = False,
        max_download_bytes: int | None = None,
    ) -> CallContext:
        timeout = call.http_timeout or client_timeout
        deadline = Deadline(total_for(timeout))
        return cls(call, timeout, deadline, raw, poll, max_download_bytes)

    def extensions(self) -> dict[str, Any]:
        """A request's extensions: its timeout as httpx reads it, and its deadline."""
        return {"timeout": self.timeout.as_dict(), DEADLINE: self.deadline}
