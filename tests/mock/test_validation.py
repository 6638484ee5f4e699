"""422 in FastAPI's shape for invalid input, 413 over the upload limit, never a 5xx."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from tests.mock.helpers import (
    AUTH,
    PNG,
    SPEC,
    T2I,
    make_client,
    ops_with_body,
    request_for,
    validate,
    with_quantity,
)
from vimmerse_mock import behaviours
from vimmerse_mock.jobs import FakeClock

ERROR_SCHEMA = SPEC.schema("HTTPValidationError")
JSON_HEADERS = {**AUTH, "content-type": "application/json"}


def _detail(response: Any) -> list[dict[str, Any]]:
    assert response.status_code == 422, response.text[:300]
    body = response.json()
    validate(ERROR_SCHEMA, body)
    assert body["detail"], "a 422 names at least one problem"
    return list(body["detail"])


def test_missing_required_field(client: TestClient) -> None:
    detail = _detail(client.post("/v2/image/image-2-image", json={"prompt": "p"}, headers=AUTH))
    assert {"loc": ["body", "image_url"], "msg": "Field required", "type": "missing"} in detail


def _member(name: str, raw: str) -> bytes:
    """A JSON object of one member, its value written as is (it may be no valid number)."""
    return f"{{{json.dumps(name)}: {raw}}}".encode()


def _wrong_values() -> list[tuple[bytes, list[Any], str]]:
    """(body, loc, error type) for bad values of the quantity route's fields, by type."""
    op, field, schema = with_quantity()
    props = op.body["application/json"]["schema"]["properties"]
    string = next(name for name, prop in props.items() if prop.get("type") == "string")
    boolean = next(name for name, prop in props.items() if prop.get("type") == "boolean")
    return [
        (_member(string, "5"), ["body", string], "string_type"),
        (_member(field, str(schema["minimum"] - 1)), ["body", field], "greater_than_equal"),
        (_member(field, str(schema["maximum"] + 1)), ["body", field], "less_than_equal"),
        (_member(field, '"two"'), ["body", field], "int_type"),
        (_member(field, "1" + "0" * 400), ["body", field], "less_than_equal"),
        (_member(field, "1e999"), ["body", field], "finite_number"),
        (_member(boolean, '"yes please"'), ["body", boolean], "bool_type"),
    ]


@pytest.mark.parametrize(("body", "loc", "kind"), _wrong_values())
def test_wrong_values(client: TestClient, body: bytes, loc: list[Any], kind: str) -> None:
    op, _, _ = with_quantity()
    response = client.post(op.path, content=body, headers=JSON_HEADERS)
    detail = _detail(response)
    assert any(d["loc"] == loc and d["type"] == kind for d in detail), detail


def test_enum_and_pattern(client: TestClient) -> None:
    detail = _detail(
        client.post(
            "/v2/video/crop-to-aspect-ratio",
            json={"video_url": "v", "aspect_ratio": "wide"},
            headers=AUTH,
        )
    )
    assert detail[0]["loc"] == ["body", "aspect_ratio"]
    assert detail[0]["type"] == "string_pattern_mismatch"
    detail = _detail(
        client.post("/v2/image/edit-image", json={"image_url": "i", "option": "Nope"}, headers=AUTH)
    )
    assert detail[0]["type"] == "enum"


@pytest.mark.parametrize(
    "raw",
    [
        b"{bad",
        b"",
        b"NaN",
        b'{"prompt": Infinity}',
        b'{"quantity": 1' + b"0" * 5000 + b"}",
        b"[" * 100_000 + b"]" * 100_000,
        b'{"prompt": "\xff\xfe"}',
        b"[1, 2, 3]",
        b'"just a string"',
    ],
)
def test_malformed_json(client: TestClient, raw: bytes) -> None:
    response = client.post("/v2/image/image-2-image", content=raw, headers=JSON_HEADERS)
    _detail(response)


JSON_OPS = [op for op in SPEC.operations if "application/json" in op.body]


@pytest.mark.parametrize("depth", [199, 500, 999])
@pytest.mark.parametrize("op", JSON_OPS, ids=lambda op: op.operation_id)
def test_deep_json_is_a_422_on_every_json_route(
    client: TestClient, op: Any, depth: int, caplog: pytest.LogCaptureFixture
) -> None:
    # Nesting the parser accepts but any recursive walk of it would not (was a 500 and a
    # 220 kB traceback), sent without a key: the estimate routes are anonymous.
    nested = b'{"prompt": ' + b"[" * depth + b"]" * depth + b"}"
    path = op.path.replace("{", "").replace("}", "")
    anonymous = {"content-type": "application/json"}
    for headers in (JSON_HEADERS, anonymous):
        response = client.request(op.method, path, content=nested, headers=headers)
        assert response.status_code < 500, response.text[:300]
        if depth > 200 and (headers is JSON_HEADERS or op.anonymous):
            assert any(d["type"] == "json_invalid" for d in _detail(response))
    assert "Traceback" not in caplog.text


def test_odd_unicode_is_accepted_and_echoed_safely(client: TestClient) -> None:
    prompt = "\ud800 lone surrogate, \u0000 nul, \U0001f600 emoji, \u202e rtl"
    raw = json.dumps({"prompt": prompt, "async_mode": True}).encode()  # \ud800 escaped
    response = client.post(T2I, content=raw, headers=JSON_HEADERS)
    assert response.status_code == 200, response.text
    assert response.json()["args"]["prompt"].startswith("\ud800")


def test_wrong_content_type(client: TestClient) -> None:
    response = client.post(
        T2I,
        content=b"prompt=x",
        headers={**AUTH, "content-type": "text/plain"},
    )
    assert _detail(response)[0]["type"] == "model_attributes_type"


def test_garbage_multipart(client: TestClient) -> None:
    headers = {**AUTH, "content-type": "multipart/form-data; boundary=zzz"}
    for raw in (b"garbage", b"--zzz\r\nnonsense\r\n\r\n", b"--zzz--", b"\x00" * 100):
        response = client.post("/v2/image", content=raw, headers=headers)
        assert response.status_code == 422, (raw, response.text)
    response = client.post(
        "/v2/image", content=b"x", headers={**AUTH, "content-type": "multipart/form-data"}
    )
    assert response.status_code == 422


def test_a_form_body_is_needed_only_where_the_spec_requires_it(client: TestClient) -> None:
    forms = [
        op
        for op in ops_with_body()
        if op.method == "POST" and "{" not in op.path and "multipart/form-data" in op.body
    ]
    assert {op.body_required for op in forms} == {True, False}  # both kinds are covered
    for op in forms:
        response = client.post(op.path, headers=AUTH)
        if op.body_required:
            detail = _detail(response)
            assert detail == [{"loc": ["body"], "msg": "Field required", "type": "missing"}]
        else:
            assert response.status_code == 200, (op.operation_id, response.text)
    # The docs post /media as a urlencoded form when there are no files: that is fine.
    assert client.post("/media", data={"prompt": "p"}, headers=AUTH).status_code == 200


def test_form_fields_are_coerced_and_checked(client: TestClient) -> None:
    detail = _detail(
        client.post("/media", data={"quantity": "many", "duration": "99"}, headers=AUTH)
    )
    kinds = {tuple(d["loc"]): d["type"] for d in detail}
    assert kinds[("body", "quantity")] == "int_parsing"
    assert kinds[("body", "duration")] == "less_than_equal"
    detail = _detail(client.post("/v2/image", data={"image_file": "not a file"}, headers=AUTH))
    assert detail[0]["loc"] == ["body", "image_file"]
    files = [("image_files", ("a.png", PNG, "image/png"))] * 3
    detail = _detail(client.post("/media", files=files, headers=AUTH))
    assert detail[0]["type"] == "too_long"


def test_a_single_value_field_sent_twice_is_refused(client: TestClient) -> None:
    # A multipart field repeated is a list (found by a 60-example fuzz run, seed 1005): the
    # mock used to keep the last value and answer 200.
    part = b'--B\r\nContent-Disposition: form-data; name="data"\r\n\r\n{}\r\n'
    image = (
        b'--B\r\nContent-Disposition: form-data; name="image"; filename="a.png"\r\n'
        b"Content-Type: image/png\r\n\r\n" + PNG + b"\r\n"
    )
    response = client.post(
        "/media/upload",
        content=part + part + image + b"--B--\r\n",
        headers={**AUTH, "Content-Type": "multipart/form-data; boundary=B"},
    )
    assert [(d["loc"], d["type"]) for d in _detail(response)] == [
        (["body", "data"], "too_many_values")
    ]


def test_upload_media_data_must_be_a_json_object(client: TestClient) -> None:
    files = [("image", ("a.png", PNG, "image/png"))]
    for data in ("{nope", "[1]", '{"pose_preset": 5}'):
        response = client.post("/media/upload", data={"data": data}, files=files, headers=AUTH)
        assert _detail(response)[0]["loc"][:2] == ["body", "data"]


def test_query_parameters_are_checked(client: TestClient, clock: FakeClock) -> None:
    media = client.post("/media/prompt", json={}, headers=AUTH).json()["data"]["id"]
    clock.advance(3600)
    detail = _detail(client.get(f"/media/{media}/download?width=abc", headers=AUTH))
    assert detail[0]["loc"] == ["query", "width"]
    detail = _detail(client.get(f"/media/{media}/download?file_size=0", headers=AUTH))
    assert detail[0]["type"] == "greater_than"


def test_upload_over_the_limit_is_413(tmp_path: Path) -> None:
    with make_client(tmp_path, max_upload_bytes=1000) as c:
        big = ("big.png", PNG + b"\0" * 2000, "image/png")
        response = c.post("/v2/image", files={"image_file": big}, headers=AUTH)
        assert response.status_code == 413
        assert response.json() == {"message": "PAYLOAD_TOO_LARGE"}

        # Without Content-Length (chunked), the streamed byte count still stops it.
        def chunks() -> Any:
            yield b"--b\r\nContent-Disposition: form-data; name=image_file; filename=a.png\r\n\r\n"
            for _ in range(10):
                yield b"\0" * 500

        response = c.post(
            "/v2/image",
            content=chunks(),
            headers={**AUTH, "content-type": "multipart/form-data; boundary=b"},
        )
        assert response.status_code == 413
        small = c.post("/v2/image", files={"image_file": ("a.png", PNG, "image/png")}, headers=AUTH)
        assert small.status_code == 200


CONTENT_TYPES = st.sampled_from(
    [
        "application/json",
        "multipart/form-data; boundary=x",
        "multipart/form-data",
        "application/x-www-form-urlencoded",
        "text/plain",
        "application/json; charset=latin-1",
        "",
    ]
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def fuzz_client(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with make_client(
        tmp_path_factory.mktemp("fuzz"), durations={"image": 0, "video": 0, "media": 0}
    ) as c:
        yield c


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    op_index=st.integers(0, len(SPEC.operations) - 1),
    content_type=CONTENT_TYPES,
    body=st.one_of(st.binary(max_size=300), JSON_VALUES.map(lambda v: repr(v).encode())),
    field_values=st.dictionaries(st.text(max_size=10), JSON_VALUES, max_size=5),
    query=st.dictionaries(
        st.sampled_from(["width", "file_size", "object_type", "video_url", "x"]),
        st.text(max_size=20),
        max_size=3,
    ),
)
def test_bad_input_never_gets_a_5xx(
    fuzz_client: TestClient,
    op_index: int,
    content_type: str,
    body: bytes,
    field_values: dict[str, Any],
    query: dict[str, str],
) -> None:
    op = SPEC.operations[op_index]
    kwargs = request_for(op)
    kwargs.pop("json", None)
    kwargs.pop("data", None)
    kwargs.pop("files", None)
    headers = dict(AUTH)
    if content_type:
        headers["content-type"] = content_type
    # Half the time a JSON object whose field names come from the operation's schema.
    schema = next(iter(op.body.values()), {}).get("schema", {}) if op.body else {}
    names = list(schema.get("properties", {}))
    if names and field_values:
        mixed = {names[i % len(names)]: v for i, v in enumerate(field_values.values())}
        body = json.dumps(mixed, allow_nan=True).encode()
    response = fuzz_client.request(
        op.method, kwargs["url"], content=body, headers=headers, params=query
    )
    assert response.status_code < 500, (op.operation_id, response.status_code, response.text[:300])
    if response.status_code == 422:
        validate(ERROR_SCHEMA, response.json())


def test_a_mock_bug_logs_a_bounded_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # A bug deep in a recursion used to log every frame: ~220 kB per request. (Two
    # functions in turn, as the old walk of a JSON value and its comprehension did: the
    # traceback folds only a line repeated alone.)
    def recurse(depth: int) -> int:
        return other(depth + 1) + 1

    def other(depth: int) -> int:
        return recurse(depth + 1) + 1

    async def broken(ctx: Any) -> Any:
        return recurse(0)

    monkeypatch.setitem(behaviours.HANDLERS, "estimate", broken)
    with make_client(tmp_path) as client:
        response = client.post("/v2/image/estimate-credits", json={"option": "x"})
    assert response.status_code == 500 and response.json() == {"message": "INTERNAL_ERROR"}
    assert "RecursionError" in caplog.text and "recurse" in caplog.text
    assert len(caplog.text) < 25_000, len(caplog.text)
