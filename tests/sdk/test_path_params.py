"""Path parameters stay one segment of the operation's own route, or are refused unsent."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.sdk.helpers import API_KEY, BASE_URL
from vimmerse import AsyncVimmerse, InvalidPathParameterError, NotFoundError, Vimmerse
from vimmerse._client import SURFACE
from vimmerse_core._surface import Operation


def _path_only_operations() -> list[Operation]:
    """Operations every required parameter of which is in the path (callable with ids alone)."""
    return [
        op
        for op in SURFACE.operations()
        if any(p.location == "path" for p in op.params)
        and all(p.location == "path" for p in op.params if p.required)
    ]


OPERATIONS = _path_only_operations()


def _recording_client(sent: list[httpx.Request]) -> Vimmerse:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(404, json={"message": "not here"})

    transport = httpx.MockTransport(answer)
    return Vimmerse(
        api_key=API_KEY,
        base_url=BASE_URL,
        http_client=httpx.Client(transport=transport),
        max_retries=0,
    )


def _arguments(op: Operation, value: str) -> dict[str, Any]:
    arguments: dict[str, Any] = {p.name: value for p in op.params if p.location == "path"}
    if op.downloads:  # nothing is written: the answer is a 404, or nothing is sent
        arguments["dest"] = "never-written"
    return arguments


def _call(client: Any, op: Operation, value: str) -> None:
    getattr(getattr(client, op.tag), op.name)(**_arguments(op, value))


def test_there_are_operations_to_check() -> None:
    assert OPERATIONS


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.python_id)
@pytest.mark.parametrize("value", ["", ".", ".."])
def test_a_value_that_moves_the_url_is_refused_unsent(op: Operation, value: str) -> None:
    sent: list[httpx.Request] = []
    with (
        _recording_client(sent) as client,
        pytest.raises(InvalidPathParameterError, match="non-empty id"),
    ):
        _call(client, op, value)
    assert sent == []


@pytest.mark.anyio
@pytest.mark.parametrize("value", ["", ".."])
async def test_the_async_client_refuses_them_too(value: str) -> None:
    op = OPERATIONS[0]
    async with AsyncVimmerse(api_key=API_KEY, base_url=BASE_URL, max_retries=0) as client:
        with pytest.raises(InvalidPathParameterError, match="non-empty id"):
            await getattr(getattr(client, op.tag), op.name)(**_arguments(op, value))


@given(value=st.text(min_size=1).filter(lambda v: v not in (".", "..")))
def test_any_other_value_is_one_segment_of_the_route(value: str) -> None:
    for op in OPERATIONS:
        sent: list[httpx.Request] = []
        with _recording_client(sent) as client, pytest.raises(NotFoundError):
            _call(client, op, value)
        (request,) = sent
        route = op.path.split("/")
        path = request.url.raw_path.decode("ascii").split("?")[0]
        segments = path[len(httpx.URL(BASE_URL).raw_path.decode().rstrip("/")) :].split("/")
        assert len(segments) == len(route), (op.path, value, path)
        for want, got in zip(route, segments, strict=True):
            assert unquote(got) == value if want.startswith("{") else got == want
