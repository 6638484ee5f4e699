"""The key is in no recorded file, even from an upstream that echoes it back, after a
record, a rewrite and a merge; nor is URL userinfo or a field the spec marks secret."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from starlette.requests import Request
from starlette.responses import JSONResponse

from tests.recording.inprocess import asset_path, client, recorder, spec
from vimmerse_mock.control import VirtualClock
from vimmerse_mock.recording.secrets import REDACTED, Secrets

pytestmark = pytest.mark.anyio
KEY = "sk-recording-test-0123456789abcdef"


async def echo(scope: Any, receive: Any, send: Any) -> None:
    """A hostile upstream: every answer repeats the key, in a body field, a header and URLs."""
    request = Request(scope, receive)
    key = request.headers.get(spec().api_key_header, "")
    body = {
        "id": "a1",
        "status": "success",
        "args": {"echo": key},
        "results": [f"http://user:{key}@files.invalid/a1/0.png"],
    }
    await JSONResponse(body, headers={"x-echo": key, "location": f"https://u:{key}@h.invalid/"})(
        scope, receive, send
    )


def _assert_no_key(directory: Path) -> int:
    files = [p for p in directory.rglob("*") if p.is_file()]
    for path in files:
        assert KEY.encode() not in path.read_bytes(), path
        assert path.parent != directory or b"user:" not in path.read_bytes(), path
    return len(files)


async def test_the_key_never_reaches_a_file_after_record_rewrite_and_merge(tmp_path: Path) -> None:
    directory, clock = tmp_path / "rec", VirtualClock()
    for kw in ({}, {"rewrite": True}, {}):  # record, rewrite, then merge a second session
        async with client(recorder(echo, directory, clock, **kw), key=KEY) as http:
            answer = await http.get(asset_path("a1"))
            assert answer.json()["args"]["echo"] == KEY  # the caller still gets the answer
    assert len(list(directory.glob("*.json"))) == 2  # the rewrite started afresh, the merge added
    assert _assert_no_key(directory) == 3  # and the result file beside
    text = next(directory.glob("*.json")).read_text()
    assert REDACTED in text and "files.invalid/a1/0.png" in text


def test_fields_and_parameters_the_spec_marks_password_are_redacted() -> None:
    doc = copy.deepcopy(spec().doc)
    op = next(iter(next(iter(doc["paths"].values())).values()))
    op.setdefault("parameters", []).append(
        {"name": "X-Token", "in": "header", "schema": {"type": "string", "format": "password"}}
    )
    doc["paths"]["/secret"] = {
        "post": {"requestBody": {"content": {"application/json": {"schema": {
            "properties": {"pin": {"type": "string", "format": "password"}}}}}}}
    }  # fmt: skip
    secrets = Secrets(doc)
    assert secrets.headers_of([("X-Token", "t0k3n"), ("Accept", "*/*")]) == {"accept": "*/*"}
    assert secrets.value({"pin": "1234", "other": ["x"]}) == {"pin": REDACTED, "other": ["x"]}


def test_the_recorder_needs_a_directory(tmp_path: Path) -> None:
    found = subprocess.run(
        [sys.executable, "-m", "vimmerse_mock", "--record", "http://127.0.0.1:9"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert found.returncode == 2 and "--record needs --recordings DIR" in found.stderr
