"""The docs' example requests are valid for the spec and accepted by both mocks.

Two sources: the request `examples` in the spec (transcribed from the docs), and the JSON
payloads of the Python samples on the docs pages themselves, read straight from the page
text so a transcription slip cannot hide (recorded in openapi/docs_pages.json by
`make docs-record`; `make docs-check` holds the record to the pages).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from devtools.servers import ServerProcess
from tests.contract.conftest import MOCK_KEY, PRISM_KEY
from tests.contract.pages import recorded, require_in_spec
from tests.spec.helpers import load_spec, media_examples, operations

SPEC_URI = "urn:vimmerse:openapi"


def spec_request_examples() -> list[Any]:
    return [
        pytest.param(
            op.method, op.path, ctype, example.value, id=f"{op.method} {op.path} {example.name}"
        )
        for op in operations()
        for kind, ctype, example in media_examples(op)
        if kind == "request"
    ]


def page_samples() -> list[Any]:
    return [
        pytest.param(path, body, id=f"{page} {path}")
        for page, path, body in recorded()["json_samples"]
    ]


def request_schema(method: str, path: str, media_type: str) -> Draft202012Validator:
    escaped_path = path.replace("~", "~0").replace("/", "~1")
    escaped_type = media_type.replace("/", "~1")
    pointer = f"#/paths/{escaped_path}/{method}/requestBody/content/{escaped_type}/schema"
    resource: Resource[Any] = Resource.from_contents(load_spec(), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return Draft202012Validator({"$ref": SPEC_URI + pointer}, registry=registry)


def send(
    server: ServerProcess, key: str, method: str, path: str, media_type: str, body: Any
) -> httpx.Response:
    url = server.url + path.replace("{media_id}", "example-media")
    headers = {"X-Api-Key": key}
    if media_type == "application/json":
        return httpx.request(method, url, json=body, headers=headers, timeout=30)
    headers["Content-Type"] = media_type
    return httpx.request(method, url, content=urlencode(body), headers=headers, timeout=30)


def test_examples_found() -> None:
    # Guards the parametrized tests against silently checking nothing.
    assert spec_request_examples()
    assert len(page_samples()) >= 10  # the docs pages' samples: a fixed text, not the spec


@pytest.mark.parametrize(("method", "path", "media_type", "body"), spec_request_examples())
def test_spec_example_is_valid(method: str, path: str, media_type: str, body: Any) -> None:
    errors = [e.message for e in request_schema(method, path, media_type).iter_errors(body)]
    assert errors == []


@pytest.mark.parametrize(("path", "body"), page_samples())
def test_docs_page_sample_is_valid(path: str, body: Any) -> None:
    require_in_spec("post", path)
    errors = [e.message for e in request_schema("post", path, "application/json").iter_errors(body)]
    assert errors == []


@pytest.mark.parametrize("mock", ["stateful_mock", "prism"])
@pytest.mark.parametrize(("method", "path", "media_type", "body"), spec_request_examples())
def test_mocks_accept_spec_example(
    request: pytest.FixtureRequest, mock: str, method: str, path: str, media_type: str, body: Any
) -> None:
    server: ServerProcess = request.getfixturevalue(mock)
    key = MOCK_KEY if mock == "stateful_mock" else PRISM_KEY
    if "{media_id}" in path and mock == "stateful_mock":
        path = path.replace("{media_id}", create_media(server))
    response = send(server, key, method.upper(), path, media_type, body)
    assert response.status_code == 200, response.text


@pytest.mark.parametrize(("path", "body"), page_samples())
def test_stateful_mock_accepts_docs_page_sample(
    stateful_mock: ServerProcess, path: str, body: Any
) -> None:
    require_in_spec("post", path)
    response = send(stateful_mock, MOCK_KEY, "POST", path, "application/json", body)
    assert response.status_code == 200, response.text


def create_media(server: ServerProcess) -> str:
    response = httpx.post(
        server.url + "/media/prompt",
        json={"title": "for an edit"},
        headers={"X-Api-Key": MOCK_KEY},
    )
    assert response.status_code == 200, response.text
    media_id: str = response.json()["data"]["id"]
    return media_id
