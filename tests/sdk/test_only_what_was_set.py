"""Requests carry only what the caller set: the server applies its own defaults, so a change
of them on the server is never overridden by an older client."""

from __future__ import annotations

import json
from email.parser import BytesParser
from email.policy import HTTP

import httpx
import respx

from tests.sdk.helpers import asset_json, media_json
from vimmerse import Vimmerse
from vimmerse._client import SURFACE


def test_a_json_body_has_only_the_given_fields(client: Vimmerse, api: respx.MockRouter) -> None:
    post = api.post("/v2/image/text-2-image").mock(
        return_value=httpx.Response(200, json=asset_json())
    )
    client.image.text_to_image(prompt="fox")
    assert json.loads(post.calls.last.request.content) == {"prompt": "fox"}


def test_wait_sets_only_the_async_field(client: Vimmerse, api: respx.MockRouter) -> None:
    post = api.post("/v2/image/text-2-image").mock(
        return_value=httpx.Response(200, json=asset_json(status="success"))
    )
    api.get("/asset/a1").mock(return_value=httpx.Response(200, json=asset_json()))
    client.image.text_to_image(prompt="fox", wait=True)
    assert json.loads(post.calls.last.request.content) == {"prompt": "fox", "async_mode": True}


def test_a_form_body_has_only_the_given_fields(client: Vimmerse, api: respx.MockRouter) -> None:
    post = api.post("/media").mock(return_value=httpx.Response(200, json={"data": media_json()}))
    client.media.create(prompt="walk")
    request = post.calls.last.request
    head = f"Content-Type: {request.headers['Content-Type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.content)
    fields = {
        str(part.get_param("name", header="content-disposition")): part.get_content()
        for part in message.iter_parts()
    }
    assert fields == {"prompt": "walk"}


def test_no_optional_parameter_has_a_default_of_its_own() -> None:
    # Every optional argument of every method is "not given" until the caller gives it.
    sent_by_default = [
        f"{op.tag}.{op.name}({p.name})"
        for op in SURFACE.operations()
        for p in op.params
        if not p.required and not p.declaration.endswith("= UNSET")
    ]
    assert sent_by_default == []
