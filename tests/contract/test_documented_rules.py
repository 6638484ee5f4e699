"""Both mocks refuse what the docs' per-option tables forbid (the spec's `if`/`then`)."""

from __future__ import annotations

import httpx
import pytest

from devtools.servers import ServerProcess
from tests.contract.conftest import MOCK_KEY
from tests.mock.helpers import SPEC, option_rules
from vimmerse_mock.spec import Operation, sample

CASES = [(op, option, fields) for op in SPEC.operations for option, fields in option_rules(op)]


@pytest.mark.parametrize("server", ["prism", "stateful_mock"])
@pytest.mark.parametrize(
    ("op", "option", "fields"),
    CASES,
    ids=[f"{op.operation_id}-{option}" for op, option, _ in CASES],
)
def test_missing_conditional_field_is_422(
    request: pytest.FixtureRequest, server: str, op: Operation, option: str, fields: list[str]
) -> None:
    mock: ServerProcess = request.getfixturevalue(server)
    body = sample(op.body["application/json"]["schema"], full=True)
    assert isinstance(body, dict)
    body = {k: v for k, v in body.items() if k not in fields and k != "webhook_url"}
    body |= {"option": option, "async_mode": True}
    response = httpx.request(
        op.method, mock.url + op.path, json=body, headers={"X-Api-Key": MOCK_KEY}, timeout=30
    )
    assert response.status_code == 422, response.text
    # The stateful mock names the field in its body; Prism answers the spec's 422 example
    # and names what it found in its `sl-violations` header.
    said = response.text if server == "stateful_mock" else response.headers["sl-violations"]
    for name in fields:
        assert name in said
