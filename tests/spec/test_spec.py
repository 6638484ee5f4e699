"""The spec is valid, complete against the docs, and its examples match its schemas."""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.contract.pages import documented_routes
from tests.spec.helpers import (
    Example,
    all_examples,
    load_spec,
    operations,
    request_schema,
    resolve,
    tags,
)

# The operations the docs describe (openapi/docs_pages.json, held to the pages by
# `make docs-check`), GET /asset/{asset_id} among them from the pages' README. A lower
# bound: the spec may hold more (a route the docs do not show yet).
DOCUMENTED = documented_routes()
SPEC_URI = "urn:vimmerse:openapi"


def test_spec_validates() -> None:
    spec = load_spec()
    validate(spec)  # raises OpenAPIValidationError with the failing location
    assert spec["openapi"].startswith("3.1.")


def test_every_documented_operation_is_in_the_spec() -> None:
    present = {(op.method, op.path) for op in operations()}
    # Fails too when the API changed and the pages' record is stale: make docs-record.
    assert sorted(DOCUMENTED - present) == [], "documented but missing from the spec"


def test_operations_have_unique_ids_and_one_declared_tag() -> None:
    # The SDK names modules after operationId and groups resources by the first tag; the
    # top-level `tags` list gives each resource and CLI group its description.
    ids = [op.node.get("operationId") for op in operations()]
    assert None not in ids
    assert len(set(ids)) == len(ids)
    declared = set(tags())
    assert len(declared) == len(tags()), "a tag is declared twice"
    bad_tags = {op.pointer: op.node.get("tags") for op in operations()}
    bad_tags = {k: v for k, v in bad_tags.items() if not v or len(v) != 1 or v[0] not in declared}
    assert bad_tags == {}
    unused = declared - {op.tag for op in operations()}
    assert unused == set(), "a declared tag has no operation"


def test_spec_has_examples_to_check() -> None:
    # Guards the parametrized test below against silently checking nothing.
    assert len(all_examples()) >= 10


def _validator(schema_pointer: str) -> Draft202012Validator:
    # Validate against the schema where it sits in the spec, so its local $refs resolve.
    resource: Resource[Any] = Resource.from_contents(load_spec(), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return Draft202012Validator(
        {"$ref": f"{SPEC_URI}{schema_pointer}"},
        registry=registry,
        format_checker=FormatChecker(),
    )


def test_example_matches_schema(example: Example) -> None:
    errors = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in _validator(example.schema_pointer).iter_errors(example.value)
    ]
    assert errors == [], f"{example.where} does not match {example.schema_pointer}"


def test_example_validator_follows_refs_and_can_fail() -> None:
    # Each object schema, reached through the same $ref machinery, must reject a bare number.
    schemas = load_spec()["components"]["schemas"]
    objects = [name for name, schema in schemas.items() if schema.get("type") == "object"]
    assert objects
    for name in objects:
        assert not _validator(f"#/components/schemas/{name}").is_valid(12345), name


def _answers(node: dict[str, Any], schema_ref: str) -> bool:
    ok = resolve(node.get("responses", {}).get("200", {}))
    schema = ok.get("content", {}).get("application/json", {}).get("schema", {})
    return bool(schema.get("$ref") == schema_ref)


def test_every_generation_route_names_the_app_estimate_credits_prices() -> None:
    # The mock charges each job what estimate-credits quotes for its x-app-name, so every
    # JSON route that answers an Asset needs one, and where its tag has an estimate route
    # that lists the apps it prices, the app must be on that list.
    generation = [
        op
        for op in operations()
        if _answers(op.node, "#/components/schemas/Asset") and request_schema(op)
    ]
    assert generation, "no generation route found: the check below would check nothing"
    estimates = [
        op for op in operations() if _answers(op.node, "#/components/schemas/CreditEstimate")
    ]
    assert estimates, "no estimate route found"
    for op in generation:
        app = op.node.get("x-app-name")
        assert app, f"{op.operation_id} has no x-app-name"
        for estimate in (e for e in estimates if e.tag == op.tag):
            apps = resolve(request_schema(estimate)["properties"]["app_name"]).get("enum")
            assert apps is None or app in apps, (
                f"{op.operation_id}: {estimate.operation_id} lacks {app}"
            )
