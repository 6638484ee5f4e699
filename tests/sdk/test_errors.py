"""Every non-2xx answer raises a typed error carrying status, message, parsed body and response."""

from __future__ import annotations

import httpx
import pytest
import respx

from tests.sdk.helpers import API_KEY
from vimmerse import (
    APIError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    InsufficientCreditError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    ValidationIssue,
    Vimmerse,
    VimmerseError,
)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (402, InsufficientCreditError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, APIStatusError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
    ],
)
def test_status_maps_to_class(
    client: Vimmerse, api: respx.MockRouter, status: int, cls: type[APIStatusError]
) -> None:
    api.get("/asset/a1").mock(return_value=httpx.Response(status, json={"message": "NOPE"}))
    with pytest.raises(cls) as info:
        client.with_options(max_retries=0).assets.get("a1")
    err = info.value
    assert type(err) is cls
    assert isinstance(err, APIError) and isinstance(err, VimmerseError)
    assert err.status_code == status
    assert err.message == f"{status} NOPE"
    assert err.body == {"message": "NOPE"}
    assert err.response.status_code == status
    assert err.request.url.path == "/asset/a1"


def test_insufficient_credit_on_a_generation(client: Vimmerse, api: respx.MockRouter) -> None:
    api.post("/v2/image/text-2-image").mock(
        return_value=httpx.Response(402, json={"message": "INSUFFICIENT_CREDIT"})
    )
    with pytest.raises(InsufficientCreditError, match="INSUFFICIENT_CREDIT"):
        client.image.text_to_image(prompt="fox")


def test_422_carries_the_parsed_detail(client: Vimmerse, api: respx.MockRouter) -> None:
    body = {
        "detail": [
            {"loc": ["body", "prompt"], "msg": "Field required", "type": "missing"},
            {
                "loc": ["body", "quantity"],
                "msg": "Input should be less than or equal to 4",
                "type": "less_than_equal",
            },
        ]
    }
    api.post("/v2/text/refine-prompt").mock(return_value=httpx.Response(422, json=body))
    with pytest.raises(UnprocessableEntityError) as info:
        client.text.refine_prompt(prompt="")
    assert info.value.detail == [
        ValidationIssue(loc=("body", "prompt"), msg="Field required", type="missing"),
        ValidationIssue(
            loc=("body", "quantity"),
            msg="Input should be less than or equal to 4",
            type="less_than_equal",
        ),
    ]
    assert "body.prompt: Field required" in info.value.message


def test_non_json_error_body(client: Vimmerse, api: respx.MockRouter) -> None:
    api.get("/asset/a1").mock(return_value=httpx.Response(404, text="<html>gone</html>"))
    with pytest.raises(NotFoundError) as info:
        client.assets.get("a1")
    assert info.value.body == "<html>gone</html>"
    assert info.value.message == "404 <html>gone</html>"


def test_empty_error_body_uses_the_reason(client: Vimmerse, api: respx.MockRouter) -> None:
    api.get("/asset/a1").mock(return_value=httpx.Response(403))
    with pytest.raises(PermissionDeniedError) as info:
        client.assets.get("a1")
    assert info.value.body is None and info.value.message == "403 Forbidden"


def test_echoed_key_is_redacted_from_the_message(client: Vimmerse, api: respx.MockRouter) -> None:
    api.get("/asset/a1").mock(
        return_value=httpx.Response(401, json={"message": f"unknown key {API_KEY}"})
    )
    with pytest.raises(AuthenticationError) as info:
        client.assets.get("a1")
    assert API_KEY not in str(info.value)
    assert API_KEY not in repr(info.value)
    assert "<redacted>" in str(info.value)


def test_a_2xx_that_does_not_match_the_schema(client: Vimmerse, api: respx.MockRouter) -> None:
    api.get("/asset/a1").mock(return_value=httpx.Response(200, json={"unexpected": True}))
    with pytest.raises(APIResponseValidationError) as info:
        client.assets.get("a1")
    assert info.value.status_code == 200 and info.value.body == {"unexpected": True}
