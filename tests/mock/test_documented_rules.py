"""The docs' per-option required fields, read from the spec's `if`/`then` rules: 422 naming
each missing field, nothing created or charged; with the fields, the job runs."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.mock.helpers import AUTH, SPEC, app_of, option_rules
from vimmerse_mock.spec import Operation, sample

CASES = [(op, option, fields) for op in SPEC.operations for option, fields in option_rules(op)]


def test_the_docs_rules_are_in_the_spec() -> None:
    ops = {op.operation_id: dict(option_rules(op)) for op, _, _ in CASES}
    # The examples the issue names, as the docs' tables give them.
    assert ops["edit_image"]["Inpaint"] == ["mask_url", "prompt"]
    assert ops["edit_image"]["LumaReframe"] == ["reframe_parameters"]
    assert ops["replace_image_background"]["RestyleBackground"] == ["image2_url"]


def _body(op: Operation, option: str) -> dict[str, Any]:
    schema = op.body["application/json"]["schema"]
    body = sample(schema, full=True)
    assert isinstance(body, dict)
    body.pop("webhook_url", None)
    return {**body, "option": option, "async_mode": True}


@pytest.mark.parametrize(
    ("op", "option", "fields"), CASES, ids=[f"{op.operation_id}-{o}" for op, o, _ in CASES]
)
def test_missing_conditional_field_is_422(
    client: TestClient, op: Operation, option: str, fields: list[str]
) -> None:
    complete = _body(op, option)
    before = app_of(client).store.ledger(AUTH["X-Api-Key"])
    lacking = {k: v for k, v in complete.items() if k not in fields}
    response = client.request(op.method, op.path, json=lacking, headers=AUTH)
    assert response.status_code == 422, response.text
    named = [tuple(d["loc"]) for d in response.json()["detail"]]
    assert named == [("body", f) for f in fields]
    assert app_of(client).store.ledger(AUTH["X-Api-Key"]) == before  # nothing charged

    assert client.request(op.method, op.path, json=complete, headers=AUTH).status_code == 200


def test_inpaint_without_mask_or_prompt(client: TestClient) -> None:
    response = client.post(
        "/v2/image/edit-image",
        json={"image_url": "https://example.com/a.png", "option": "Inpaint"},
        headers=AUTH,
    )
    assert response.status_code == 422
    assert {"loc": ["body", "mask_url"], "msg": "Field required", "type": "missing"} in (
        response.json()["detail"]
    )
