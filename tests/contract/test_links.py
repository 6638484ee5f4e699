"""Every link the spec declares is followed, on both mocks, whatever the seed.

Schemathesis' stateful phase (tests/contract/test_contract.py) picks its transitions at
random, so which links a bounded run follows depends on the seed and on everything else in
the spec. Here each declared link is one deterministic test: call the source operation with
a valid request (its example, else the smallest valid body), evaluate the link's runtime
expressions on the answer exactly as schemathesis does, call the target with the values,
and run every schemathesis check on both answers. The links come from the spec, so a new
link (or a new operation answering a shared response that has links) is a new test.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
import schemathesis
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.core.transport import Response
from schemathesis.generation.case import Case
from schemathesis.generation.stateful.state_machine import StepOutput
from schemathesis.specs.openapi import expressions
from schemathesis.specs.openapi.schemas import OpenApiSchema

from devtools.servers import ServerProcess
from tests.contract import prism_limits
from tests.contract.conftest import MOCK_KEY, PRISM_KEY, SPEC
from tests.mock.helpers import request_for
from tests.spec.helpers import Link, links
from vimmerse_mock.spec import Spec

LINKS = links()
MOCK_SPEC = Spec.load(SPEC)
MOCKS = {"stateful_mock": MOCK_KEY, "prism": PRISM_KEY}


@pytest.fixture(scope="module")
def schema() -> OpenApiSchema:
    return schemathesis.openapi.from_path(SPEC)


def case_for(
    schema: OpenApiSchema, operation_id: str, values: dict[str, Any], *, prism: bool = False
) -> Case[Any]:
    """A valid call of the operation, `values` filling the parameters a link gives."""
    spec_op = MOCK_SPEC.by_id[operation_id]
    call = request_for(spec_op, {k: str(v) for k, v in values.items()})
    by_location: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}}
    for param in spec_op.parameters:
        if param.name in values:
            by_location[param.location][param.name] = values[param.name]
        elif param.location == "path":
            by_location["path"][param.name] = "x"
    operation = schema.find_operation_by_id(operation_id)
    kwargs: dict[str, Any] = {
        "path_parameters": by_location["path"],
        "query": by_location["query"],
        "headers": by_location["header"],
    }
    if "json" in call:
        return operation.Case(body=call["json"], media_type="application/json", **kwargs)
    if "data" in call:
        media_type = next(iter(spec_op.body))
        properties = spec_op.body[media_type]["schema"].get("properties", {})
        body = dict(call["data"])
        for name, (_, content, _) in call.get("files", []):
            body[name] = [content] if properties[name].get("type") == "array" else content
        if prism and media_type.startswith("multipart/"):
            # Prism never takes a multipart array as one (tests/contract/prism_limits.py):
            # leave the optional ones out, as tests/e2e does for its Prism calls.
            required = spec_op.body[media_type]["schema"].get("required", [])
            for name in [n for n in body if n not in required]:
                if properties.get(name, {}).get("type") == "array":
                    del body[name]
        return operation.Case(body=body, media_type=media_type, **kwargs)
    return operation.Case(**kwargs)


@dataclass
class Walker:
    """Calls operations on one mock, running every schemathesis check on each answer."""

    schema: OpenApiSchema
    server: ServerProcess
    key: str
    prism: bool

    def call(self, operation_id: str, values: dict[str, Any]) -> StepOutput:
        case = case_for(self.schema, operation_id, values, prism=self.prism)
        headers = {"X-Api-Key": self.key}
        prism_limits.shape_multipart(case)
        answer = case.call(base_url=self.server.url, headers=headers)
        case.validate_response(
            answer,
            headers=headers,
            transport_kwargs={"base_url": self.server.url, "headers": headers},
            excluded_checks=excluded_checks(self.prism),
        )
        assert 200 <= answer.status_code < 300, f"{case.operation.label}: {answer.status_code}"
        return StepOutput(response=Response.from_any(answer), case=case)

    def follow(self, link: Link, source: StepOutput) -> dict[str, Any]:
        """The target's parameter values: the link's runtime expressions on the answer."""
        assert str(source.response.status_code) == link.status or link.status == "default"
        values = {
            name: expressions.evaluate(expr, source) for name, expr in link.parameters.items()
        }
        assert all(v not in (None, "") for v in values.values()), f"{link}: {values}"
        return values

    def reach(self, operation_id: str, seen: frozenset[str] = frozenset()) -> dict[str, Any]:
        """Parameter values for a call of operation_id: none if it has no path parameter,
        else those of a link that leads to it, from a source reached the same way."""
        if not any(p.location == "path" for p in MOCK_SPEC.by_id[operation_id].parameters):
            return {}
        for link in LINKS:
            source = link.source.operation_id
            if link.target == operation_id and source not in seen | {operation_id}:
                answer = self.call(source, self.reach(source, seen | {operation_id}))
                return self.follow(link, answer)
        raise AssertionError(f"no link in the spec leads to {operation_id}")


def excluded_checks(prism: bool) -> list[Any]:
    """The checks the schemathesis run against this mock leaves out (Prism's limits)."""
    if not prism:
        return []
    load_all_checks()
    return list(CHECKS.get_by_names(list(prism_limits.EXCLUDED_CHECKS)))


@pytest.mark.parametrize("mock", sorted(MOCKS))
@pytest.mark.parametrize("link", LINKS, ids=str)
def test_declared_link_is_followed(
    request: pytest.FixtureRequest, schema: OpenApiSchema, mock: str, link: Link
) -> None:
    server: ServerProcess = request.getfixturevalue(mock)
    walker = Walker(schema, server, MOCKS[mock], prism=mock == "prism")
    source = link.source.operation_id
    answer = walker.call(source, walker.reach(source))
    walker.call(link.target, walker.follow(link, answer))


def test_the_spec_declares_links() -> None:
    # Guards the parametrized test above against silently checking nothing.
    assert LINKS
