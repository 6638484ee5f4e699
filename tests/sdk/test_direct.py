"""vimmerse_core._direct: API requests on the SDK's own async client, past httpx's layers, are
the requests httpx itself would build (the transport tests cover how they are sent)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from vimmerse import AsyncVimmerse
from vimmerse_core._transport import READ_WHOLE

pytestmark = pytest.mark.anyio

URL = httpx.URL("https://api.example.test/v2/asset/a1")
SHAPES: dict[str, dict[str, Any]] = {
    "get": {"method": "GET", "url": URL},
    "extra headers": {"method": "GET", "url": URL, "headers": {"X-Trace": "1", "accept": "x/y"}},
    "a host header": {"method": "GET", "url": URL, "headers": {"Host": "other.example.test"}},
    "json": {"method": "POST", "url": URL, "json": {"prompt": "ü", "n": 2}},
    "bytes": {
        "method": "PUT",
        "url": URL,
        "content": b"\x00raw",
        "headers": {"Content-Type": "a/b"},
    },
    "a length given": {
        "method": "POST",
        "url": URL,
        "content": b"ab",
        "headers": {"Content-Length": "2"},
    },
    "no body": {"method": "POST", "url": URL},
    "a timeout": {"method": "GET", "url": URL, "timeout": httpx.Timeout(3, read=7)},
    "no timeout at all": {"method": "GET", "url": URL, "timeout": None},
    "extensions": {"method": "GET", "url": URL, "extensions": {READ_WHOLE: True}},
    "params": {"method": "GET", "url": URL, "params": {"q": "a b"}},
    "a form": {"method": "POST", "url": URL, "data": {"a": "1"}},
    "files": {"method": "POST", "url": URL, "files": [("f", ("a.txt", b"hi", "text/plain"))]},
    "a url string": {"method": "GET", "url": str(URL)},
}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.parametrize("shape", SHAPES)
async def test_a_request_is_the_one_httpx_would_build(shape: str) -> None:
    async with AsyncVimmerse(api_key="k", base_url="https://api.example.test") as client:
        assert client._direct is not None
        ours = client._direct.build_request(SHAPES[shape])
        theirs = client._http.build_request(**SHAPES[shape])
    assert (ours.method, ours.url, ours.extensions) == (
        theirs.method,
        theirs.url,
        theirs.extensions,
    )
    assert headers(ours) == headers(theirs)
    if "files" not in SHAPES[shape]:  # a random multipart boundary each
        assert ours.read() == theirs.read()


def headers(request: httpx.Request) -> list[tuple[str, str]]:
    boundary = request.headers.get("content-type", "").partition("boundary=")[2]
    return sorted(
        (k, v.replace(boundary, "B") if boundary else v) for k, v in request.headers.multi_items()
    )
