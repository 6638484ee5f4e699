"""Each kind of change is found, once, in the right place, and classified by the rule table."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from codegen.apidiff import Spec, diff

from .helpers import Doc, base, changes_after, op, req, res, summary

BODY = "request body"
R200 = "response 200"
QUERY = "query parameter"


def _set(d: Doc, key: str, value: object) -> None:
    d[key] = value


def _add_required_seed(doc: Doc) -> None:
    req(doc)["properties"]["seed"] = {"type": "integer"}
    req(doc)["required"].append("seed")


def _rename_mode(doc: Doc) -> None:
    props = req(doc)["properties"]
    props["speed"] = props.pop("mode")


def _rename_response_field(doc: Doc) -> None:
    props = res(doc)["properties"]
    props["link"] = props.pop("url")


def _rename_param(doc: Doc) -> None:
    op(doc)["parameters"][0]["name"] = "max"


def _add_operation(doc: Doc) -> None:
    doc["paths"]["/others"] = {"get": {**op(doc, "/things/{id}", "get"), "operationId": "list"}}
    doc["paths"]["/others"]["get"]["parameters"] = []


Case = tuple[str, Callable[[Doc], object], list[tuple[str, str, str, bool]]]

CASES: list[Case] = [
    # operations
    ("operation removed", lambda d: d["paths"].pop("/things/{id}"),
     [("operation removed", "", "", True)]),
    ("operation added", _add_operation, [("operation added", "", "", False)]),
    ("operationId renamed on the same route",
     lambda d: _set(op(d, "/things/{id}", "get"), "operationId", "fetch_thing"),
     [("operation renamed", "", "", True)]),
    ("SDK method renamed", lambda d: _set(op(d), "x-sdk-method", "create"),
     [("operation renamed", "", "", True)]),
    ("operation moved", lambda d: d["paths"].__setitem__("/v2/things", d["paths"].pop("/things")),
     [("operation moved", "", "", True)]),
    ("operation deprecated", lambda d: _set(op(d), "deprecated", True),
     [("deprecated", "", "", False)]),
    # request body fields
    ("optional request field added",
     lambda d: _set(req(d)["properties"], "seed", {"type": "integer"}),
     [("optional field added", BODY, "seed", False)]),
    ("required request field added",
     _add_required_seed,
     [("required field added", BODY, "seed", True)]),
    ("request field removed", lambda d: req(d)["properties"].pop("count"),
     [("field removed", BODY, "count", True)]),
    ("request field renamed", _rename_mode, [("field renamed", BODY, "mode", True)]),
    ("request field made required", lambda d: req(d)["required"].append("mode"),
     [("made required", BODY, "mode", True)]),
    ("request field made optional", lambda d: _set(req(d), "required", []),
     [("made optional", BODY, "prompt", False)]),
    ("request type widened", lambda d: _set(req(d)["properties"], "count", {"type": "number", "minimum": 1, "default": 1}),
     [("type widened", BODY, "count", False)]),
    ("request item type changed", lambda d: _set(req(d)["properties"]["tags"], "items", {"type": "integer"}),
     [("type changed", BODY, "tags[]", True)]),
    ("request type changed", lambda d: _set(req(d)["properties"], "prompt", {"type": "array", "items": {"type": "string"}}),
     [("type changed", BODY, "prompt", True)]),
    ("request enum value removed", lambda d: _set(req(d)["properties"]["mode"], "enum", ["fast"]),
     [("allowed values removed", BODY, "mode", True)]),
    ("request enum value added", lambda d: req(d)["properties"]["mode"]["enum"].append("turbo"),
     [("allowed values added", BODY, "mode", False)]),
    ("request restricted to an enum", lambda d: _set(req(d)["properties"]["prompt"], "enum", ["a", "b"]),
     [("restricted to allowed values", BODY, "prompt", True)]),
    ("request default changed", lambda d: _set(req(d)["properties"]["mode"], "default", "slow"),
     [("default changed", BODY, "mode", False)]),
    ("request made non-nullable", lambda d: _set(req(d)["properties"], "note", {"type": "string"}),
     [("made non-nullable", BODY, "note", True)]),
    ("request made nullable", lambda d: _set(req(d)["properties"], "prompt", {"type": ["string", "null"]}),
     [("made nullable", BODY, "prompt", False)]),
    ("request content type changed",
     lambda d: _set(op(d)["requestBody"], "content", {"multipart/form-data": op(d)["requestBody"]["content"]["application/json"]}),
     [("content type changed", BODY, "", True)]),
    ("request content type added",
     lambda d: op(d)["requestBody"]["content"].update({"multipart/form-data": op(d)["requestBody"]["content"]["application/json"]}),
     [("content type added", BODY, "", False)]),
    ("request body made optional", lambda d: _set(op(d)["requestBody"], "required", False),
     [("made optional", BODY, "", False)]),
    # parameters
    ("query parameter removed", lambda d: op(d)["parameters"].pop(0),
     [("field removed", QUERY, "limit", True)]),
    ("query parameter renamed", _rename_param, [("field renamed", QUERY, "limit", True)]),
    ("required query parameter added",
     lambda d: op(d)["parameters"].append({"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}),
     [("required field added", QUERY, "q", True)]),
    ("parameter made required", lambda d: _set(op(d)["parameters"][0], "required", True),
     [("made required", QUERY, "limit", True)]),
    ("parameter type narrowed", lambda d: _set(op(d)["parameters"][0], "schema", {"type": "boolean"}),
     [("type changed", QUERY, "limit", True)]),
    # responses
    ("response field removed", lambda d: res(d)["properties"].pop("size"),
     [("field removed", R200, "size", True), ("field removed", R200, "size", True)]),
    ("response field added", lambda d: _set(res(d)["properties"], "seed", {"type": "integer"}),
     [("optional field added", R200, "seed", False)] * 2),
    ("response field renamed", _rename_response_field, [("field renamed", R200, "url", True)] * 2),
    ("response field made nullable", lambda d: _set(res(d)["properties"], "size", {"type": ["integer", "null"]}),
     [("made nullable", R200, "size", True)] * 2),
    ("response field made non-nullable", lambda d: _set(res(d)["properties"], "url", {"type": "string"}),
     [("made non-nullable", R200, "url", False)] * 2),
    ("response field made optional", lambda d: _set(res(d), "required", []),
     [("made optional", R200, "id", True)] * 2),
    ("response enum value removed", lambda d: _set(res(d)["properties"]["status"], "enum", ["ok"]),
     [("allowed values removed", R200, "status", False)] * 2),
    ("response enum lifted", lambda d: res(d)["properties"]["status"].pop("enum"),
     [("no longer restricted to allowed values", R200, "status", True)] * 2),
    ("response type widened", lambda d: _set(res(d)["properties"], "size", {"type": "number"}),
     [("type widened", R200, "size", True)] * 2),
    ("response shape changed", lambda d: _set(op(d, "/things/{id}", "get")["responses"]["200"]["content"]["application/json"], "schema", {"type": "array", "items": {"$ref": "#/components/schemas/Res"}}),
     [("response shape changed", R200, "", True)]),
    ("response body dropped", lambda d: op(d, "/things/{id}", "get")["responses"]["200"].pop("content"),
     [("response shape changed", R200, "", True)]),
    ("success response removed", lambda d: _set(op(d, "/things/{id}", "get")["responses"], "201", op(d, "/things/{id}", "get")["responses"].pop("200")),
     [("success response removed", R200, "", True), ("response status added", "response 201", "", False)]),
    ("success response added, same body", lambda d: _set(op(d)["responses"], "201", op(d)["responses"]["200"]),
     [("response status added", "response 201", "", False)]),
    # a released client reads every 2xx with the body it knows
    ("success response added, no body", lambda d: _set(op(d)["responses"], "202", {"description": "queued"}),
     [("success response added", "response 202", "", True)]),
    ("error response removed", lambda d: op(d)["responses"].pop("422"),
     [("error response removed", "response 422", "", False)]),
    # nested: the recursive `parent` field reaches Res again without looping
    ("nested format changed to binary", lambda d: _set(res(d)["properties"]["id"], "format", "binary"),
     [("type changed", R200, "id", True)] * 2),
    # the generator parses date-time (date, uuid) into its own type: a released client
    # fails on any other string
    ("format changed to date-time", lambda d: _set(res(d)["properties"]["id"], "format", "date-time"),
     [("type changed", R200, "id", True)] * 2),
]  # fmt: skip


@pytest.mark.parametrize(("edit", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_change_is_classified(
    edit: Callable[[Doc], object], expected: list[tuple[str, str, str, bool]]
) -> None:
    # Res is answered by both operations, so response changes appear once per operation.
    assert summary(changes_after(edit)) == expected


@pytest.mark.parametrize(("schema", "breaking"), [("Req", True), ("Res", False)])
def test_narrowing_breaks_requests_only(schema: str, breaking: bool) -> None:
    old, new = base(), base()
    old["components"]["schemas"][schema]["properties"]["size2"] = {"type": ["string", "integer"]}
    new["components"]["schemas"][schema]["properties"]["size2"] = {"type": "string"}
    found = {(c.kind.value, c.field, c.breaking) for c in diff(Spec(old), Spec(new))}
    assert found == {("type narrowed", "size2", breaking)}


def test_identical_specs_have_no_changes() -> None:
    assert diff(Spec(base()), Spec(base())) == []


def test_nullable_spellings_are_equivalent() -> None:
    def respell(doc: Doc) -> None:
        req(doc)["properties"]["note"] = {"anyOf": [{"type": "string"}, {"type": "null"}]}
        res(doc)["properties"]["url"] = {"type": "string", "nullable": True}

    assert changes_after(respell) == []


def test_ref_and_inline_schemas_compare_by_content() -> None:
    def inline(doc: Doc) -> None:
        op(doc)["requestBody"]["content"]["application/json"]["schema"] = req(doc)

    assert changes_after(inline) == []


def test_anchored_fragment_change_reaches_every_alias() -> None:
    old, new = base(), base()
    # An alias is the same object as its anchor once loaded: edit the loaded spec's fragment.
    new["x-fragments"]["count"]["default"] = 2
    req(new)["properties"]["count"] = new["x-fragments"]["count"]
    found = summary(diff(Spec(old), Spec(new)))
    assert found == [("default changed", BODY, "count", False)]


def test_nested_response_field_change_names_the_path() -> None:
    def nest(doc: Doc) -> None:
        res(doc)["properties"]["meta"] = {
            "type": "object",
            "properties": {"w": {"type": "integer"}},
        }

    old_doc = base()
    nest(old_doc)
    new_doc = base()
    nest(new_doc)
    res(new_doc)["properties"]["meta"]["properties"]["w"]["type"] = "string"
    found = summary(diff(Spec(old_doc), Spec(new_doc)))
    assert found == [("type changed", R200, "meta.w", True)] * 2


def test_ambiguous_renames_stay_removals_and_additions() -> None:
    def swap_two(doc: Doc) -> None:
        props = req(doc)["properties"]
        props["a"], props["b"] = props.pop("prompt"), props.pop("note")
        props["note2"] = {"type": "string"}  # same schema as prompt: two candidates
        req(doc)["required"] = []

    kinds = [c.kind.value for c in changes_after(swap_two)]
    assert "field renamed" in kinds  # note -> b is unambiguous
    assert kinds.count("field removed") == 1  # prompt: a or note2?
    assert kinds.count("optional field added") == 2


def test_real_spec_against_itself_is_clean() -> None:
    from codegen.apidiff.spec import SPEC_PATH

    spec = Spec.from_path(SPEC_PATH)
    assert diff(spec, spec) == []
