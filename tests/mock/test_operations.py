"""Every operation in the spec, driven from the spec: valid calls answer spec-valid bodies."""

from __future__ import annotations

import re
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.mock.helpers import AUTH, SPEC, T2I, asset_path, pointer, request_for, validate
from vimmerse_mock.jobs import FakeClock


def _check_response(op: Any, response: Any) -> None:
    assert response.status_code == 200, (op.operation_id, response.status_code, response.text[:300])
    content = (op.response(200) or {})["content"]
    media_type = response.headers["content-type"].split(";")[0]
    assert media_type in content, (op.operation_id, media_type)
    if media_type == "application/json":
        validate(content[media_type]["schema"], response.json())
    else:
        assert response.content, op.operation_id


def test_every_operation_answers_a_valid_call_with_a_spec_valid_response(
    client: TestClient, clock: FakeClock
) -> None:
    # Operations without path parameters first; their responses' links give the ids
    # that the others need (asset_id, media_id), exactly as the spec declares them.
    needs_ids = [op for op in SPEC.operations if any(p.location == "path" for p in op.parameters)]
    first = [op for op in SPEC.operations if op not in needs_ids]
    ids: dict[str, dict[str, str]] = {}
    for op in first:
        response = client.request(**request_for(op))
        _check_response(op, response)
        for link in (op.response(200) or {}).get("links", {}).values():
            for name, expression in link.get("parameters", {}).items():
                value = pointer(response.json(), expression)
                ids.setdefault(link["operationId"], {})[name] = str(value)
    clock.advance(3600)  # every job is over
    assert needs_ids, "the spec has operations with path parameters"
    for op in needs_ids:
        assert op.operation_id in ids, f"no link in the spec leads to {op.operation_id}"
        response = client.request(**request_for(op, ids[op.operation_id]))
        _check_response(op, response)


def test_every_operation_needs_a_key_unless_its_security_allows_anonymous(
    client: TestClient,
) -> None:
    for op in SPEC.operations:
        kwargs = request_for(op)
        for headers in ({}, {"X-Api-Key": "not-a-key"}):
            kwargs["headers"] = headers
            response = client.request(**kwargs)
            if op.anonymous:
                assert response.status_code == 200, op.operation_id
            else:
                assert response.status_code == 401, op.operation_id
                assert response.json() == {"message": "UNAUTHORIZED"}
                validate(op.json_schema(401) or {}, response.json())


def _concrete(template: str) -> str:
    return re.sub(r"\{[^}]+\}", "some-id", template)


@pytest.mark.parametrize("template", sorted(SPEC.raw["paths"]))
def test_wrong_method_is_405_with_allow(client: TestClient, template: str) -> None:
    url = _concrete(template)
    methods = ("get", "put", "post", "delete", "patch", "options")
    own = {m.upper() for m in SPEC.raw["paths"][template] if m in methods}
    # A URL may match several templates (/media/upload and /media/{media_id}): a method
    # that none of them has is 405, and Allow lists this path's own methods.
    anywhere = set(own)
    for other, item in SPEC.raw["paths"].items():
        regex = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(other)) + "$"
        if re.match(regex, url):
            anywhere |= {m.upper() for m in item if m in methods}
    for wrong in (m.upper() for m in methods if m.upper() not in anywhere):
        response = client.request(wrong, url, headers=AUTH)
        assert response.status_code == 405
        assert set(response.headers["allow"].split(", ")) == own
    assert response.json() == {"message": "METHOD_NOT_ALLOWED"}


@pytest.mark.parametrize("url", ["/", "/nope", "/v2/image/unknown", "/media/x/y/z", "/asset/"])
def test_unknown_paths_are_404(client: TestClient, url: str) -> None:
    for method in ("GET", "POST"):
        response = client.request(method, url, headers=AUTH)
        assert response.status_code == 404
        assert response.json() == {"message": "NOT_FOUND"}


def test_unknown_ids_are_404(client: TestClient) -> None:
    for op in SPEC.operations:
        if not any(p.location == "path" for p in op.parameters):
            continue
        kwargs = request_for(op, {"asset_id": "missing", "media_id": "missing"})
        response = client.request(**kwargs)
        assert response.status_code == 404, op.operation_id
        assert response.json() == {"message": "NOT_FOUND"}
        validate(op.json_schema(404) or {}, response.json())


def test_another_keys_jobs_are_not_found(tmp_path: Any, clock: FakeClock) -> None:
    from tests.mock.helpers import make_client

    with make_client(tmp_path, clock, keys={"a": None, "b": None}) as c:
        asset = c.post(T2I, json={"prompt": "p"}, headers={"X-Api-Key": "a"})
        media = c.post("/media/prompt", json={}, headers={"X-Api-Key": "a"})
        assert c.get(asset_path(asset.json()["id"]), headers={"X-Api-Key": "a"}).status_code == 200
        assert c.get(asset_path(asset.json()["id"]), headers={"X-Api-Key": "b"}).status_code == 404
        media_id = media.json()["data"]["id"]
        assert c.get(f"/media/{media_id}", headers={"X-Api-Key": "b"}).status_code == 404
