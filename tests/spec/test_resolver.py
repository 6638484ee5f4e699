"""The one loader and resolver of the spec (vimmerse_core.spec): JSON Pointers and their
escapes, `$ref` chains and siblings, `allOf` merging, inlining, operations with their
path's parameters, and the errors a broken document gets instead of a loop or a KeyError."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import vimmerse_core
from vimmerse_core.spec import Document, SpecError, escape, parse, read, unescape

# Keys that need escaping as JSON Pointer tokens: "/" is ~1, "~" is ~0.
ODD = {"a/b": {"type": "string"}, "c~d": {"type": "integer"}, "~1": {"type": "boolean"}}


def doc(**components: Any) -> Document:
    return Document({"openapi": "3.1.0", "components": {"schemas": components}}, "test")


def ref(*tokens: str) -> dict[str, str]:
    return {"$ref": "#/components/schemas/" + "/".join(escape(t) for t in tokens)}


@pytest.mark.parametrize("name", sorted(ODD))
def test_a_pointer_unescapes_each_token(name: str) -> None:
    d = doc(Odd={"properties": ODD})
    assert d.resolve(ref("Odd", "properties", name)) == ODD[name]


def test_escape_and_unescape_are_inverse_in_the_order_rfc_6901_gives() -> None:
    # "~01" is "~1" (not "/"): ~1 is decoded before ~0.
    for token in ("a/b", "c~d", "~1", "~0/~1"):
        assert unescape(escape(token)) == token
    assert unescape("~01") == "~1"


def test_a_percent_encoded_fragment_and_a_list_index_are_followed() -> None:
    d = Document({"paths": {"/m/{id}": {"parameters": [{"name": "id"}]}}})
    assert d.pointer("#/paths/~1m~1%7Bid%7D/parameters/0") == {"name": "id"}


def test_a_chain_of_refs_ends_at_the_target_and_siblings_refine_it() -> None:
    d = doc(A=ref("B"), B=ref("C"), C={"type": "string", "description": "C's"})
    assert d.resolve(ref("A")) == d.schema("C")
    refined = d.resolve({**ref("A"), "description": "mine"})
    assert refined == {"type": "string", "description": "mine"}
    assert d.schema("C")["description"] == "C's"  # the document is not modified


def test_resolve_at_tells_where_the_chain_ended() -> None:
    d = doc(A=ref("B"), B={"type": "string"})
    node, where = d.resolve_at(ref("A"), "/somewhere")
    assert (node, where) == ({"type": "string"}, "/components/schemas/B")
    assert d.resolve_at({"type": "null"}, "/here") == ({"type": "null"}, "/here")


@pytest.mark.parametrize(
    "schemas",
    [
        {"A": ref("A")},
        {"A": ref("B"), "B": ref("A")},
        {"A": ref("B"), "B": ref("C"), "C": ref("B")},
    ],
    ids=["self", "two", "tail"],
)
def test_a_ref_cycle_is_refused_with_its_path(schemas: dict[str, Any]) -> None:
    with pytest.raises(SpecError, match=r"\$ref cycle: #/components/schemas/A ->"):
        doc(**schemas).resolve(ref("A"))


def test_a_missing_ref_names_the_token_and_where_it_was_looked_for() -> None:
    d = doc(A={"properties": {"x": {}}})
    with pytest.raises(SpecError, match=r"test: \$ref .* points at nothing: no 'y' in "):
        d.resolve(ref("A", "properties", "y"))
    with pytest.raises(SpecError, match="no 'Nope' in #/components/schemas"):
        d.resolve(ref("Nope"))
    with pytest.raises(SpecError, match="no '7' in"):
        Document({"l": [1]}).pointer("#/l/7")


def test_only_local_refs_are_followed() -> None:
    with pytest.raises(SpecError, match="only local"):
        doc().resolve({"$ref": "other.yaml#/components/schemas/A"})


def test_all_of_joins_properties_and_required_and_the_schema_keeps_its_own() -> None:
    d = doc(
        Base={"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
        Mid={"allOf": [ref("Base"), {"required": ["n"], "properties": {"n": {}}}]},
        Own={
            "title": "Own",
            "allOf": [ref("Mid"), {"title": "member's", "properties": {"id": {"type": "integer"}}}],
            "properties": {"x": {}},
            "required": ["x"],
        },
    )
    merged = d.merge_all_of(ref("Own"))
    assert merged["title"] == "Own"  # the schema's own keyword wins over a member's
    assert merged["type"] == "object"  # ... and a member's fills what it lacks
    assert list(merged["properties"]) == ["id", "n", "x"]
    assert merged["properties"]["id"] == {"type": "integer"}  # the later member's
    assert merged["required"] == ["id", "n", "x"]
    assert "allOf" not in merged


def test_a_conditional_all_of_member_is_kept_not_flattened() -> None:
    rule = {"if": {"properties": {"o": {"const": 1}}}, "then": {"required": ["p"]}}
    d = doc(R={"allOf": [rule, {"properties": {"q": {}}}], "properties": {"o": {}}})
    merged = d.merge_all_of(ref("R"))
    assert merged["allOf"] == [rule]
    assert sorted(merged["properties"]) == ["o", "q"]
    assert "if" not in merged


def test_an_all_of_that_includes_itself_is_refused() -> None:
    with pytest.raises(SpecError):
        doc(A={"allOf": [ref("A")]}).merge_all_of(ref("A"))


def test_inline_replaces_every_ref_and_refuses_a_recursive_schema() -> None:
    d = doc(
        A={"properties": {"b": ref("B"), "c": {**ref("B"), "title": "C"}}}, B={"type": "string"}
    )
    assert d.inline(ref("A")) == {
        "properties": {"b": {"type": "string"}, "c": {"type": "string", "title": "C"}}
    }
    tree = doc(Node={"properties": {"children": {"items": ref("Node")}}})
    with pytest.raises(SpecError, match="recursive"):
        tree.inline()


def test_operations_merge_their_paths_parameters_theirs_winning() -> None:
    d = Document(
        {
            "components": {
                "parameters": {"Id": {"name": "id", "in": "path", "required": True}},
                "pathItems": {"Thing": {"get": {"operationId": "shared"}}},
            },
            "paths": {
                "/t/{id}": {
                    "parameters": [
                        {"$ref": "#/components/parameters/Id"},
                        {"name": "q", "in": "query", "description": "path's"},
                    ],
                    "post": {"operationId": "make", "x-sdk-method": "create"},
                    "get": {
                        "operationId": "read",
                        "parameters": [{"name": "q", "in": "query", "description": "own"}],
                    },
                },
                "/shared": {"$ref": "#/components/pathItems/Thing"},
            },
        }
    )
    ops = {op.operation_id: op for op in d.operations()}
    assert [op.label for op in d.operations()] == ["GET /t/{id}", "POST /t/{id}", "GET /shared"]
    read_op = ops["read"]
    assert [(p["in"], p["name"]) for p in read_op.parameters] == [("path", "id"), ("query", "q")]
    assert read_op.parameter("q", "query") == {"name": "q", "in": "query", "description": "own"}
    assert ops["make"].parameter("q", "query")["description"] == "path's"  # type: ignore[index]
    assert (ops["make"].sdk_method, read_op.sdk_method) == ("create", "read")
    assert read_op.pointer == "/paths/~1t~1{id}/get"
    assert d.pointer("#" + read_op.pointer) is read_op.node
    assert d.operation("/t/{id}", "post") == ops["make"]
    with pytest.raises(SpecError, match=re.escape("no operation DELETE /t/{id}")):
        d.operation("/t/{id}", "delete")


def test_parse_reads_json_and_yaml_and_refuses_what_is_no_document(tmp_path: Path) -> None:
    data = {"openapi": "3.1.0", "info": {"title": "t"}}
    assert parse(json.dumps(data)) == data
    assert parse("openapi: 3.1.0\ninfo: {title: t}\n") == data
    assert parse("{openapi: 3.1.0, info: {title: t}}") == data  # a YAML flow mapping
    (tmp_path / "s.yaml").write_text("- a list\n", encoding="utf-8")
    with pytest.raises(SpecError, match=r"s\.yaml: not an OpenAPI document"):
        read(tmp_path / "s.yaml")
    (tmp_path / "spec.json").write_text(json.dumps(data), encoding="utf-8")
    assert Document.from_path(tmp_path / "spec.json").data == data


def test_the_spec_module_loads_without_the_client_core() -> None:
    """The mock imports the resolver on start-up: it must not pay for the client (aiohttp,
    httpx) nor for PyYAML before a spec is parsed."""
    code = (
        "import sys, vimmerse_core.spec; "
        "print(sorted(m for m in ('aiohttp', 'httpx', 'yaml', 'vimmerse_core._base_client') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_runtime_exports_every_name_it_lists_lazily() -> None:
    exported = vimmerse_core._MODULE_OF  # the lazy table
    assert sorted(vimmerse_core.__all__) == sorted(exported)
    for name in vimmerse_core.__all__:
        assert getattr(vimmerse_core, name) is not None, name
    with pytest.raises(AttributeError):
        vimmerse_core.NoSuchThing  # noqa: B018
