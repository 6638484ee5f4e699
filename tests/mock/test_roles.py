"""Behaviour by role: what the spec says an operation is, not what it is called.

Each test changes the spec alone (a copy in a temporary directory) and serves it.
"""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from starlette.testclient import TestClient

from tests.mock.helpers import (
    AUTH,
    LOCAL,
    PNG,
    asset_path,
    gif_size,
    jpeg_size,
    parse_mp3,
    parse_png,
    settings,
)
from vimmerse_mock import formats
from vimmerse_mock.app import MockApp
from vimmerse_mock.jobs import FakeClock
from vimmerse_mock.roles import SpecError, role_of
from vimmerse_mock.spec import Spec

SPEC_FILE = Path(__file__).resolve().parents[2] / "openapi" / "vimmerse.yaml"
DOC: dict[str, Any] = yaml.safe_load(SPEC_FILE.read_text(encoding="utf-8"))
SERVED = Spec(DOC)
ASSET = "#/components/responses/Asset"
METHODS = ("get", "put", "post", "delete", "patch")


def _doc() -> dict[str, Any]:
    return copy.deepcopy(DOC)


def _client(tmp_path: Path, doc: dict[str, Any], clock: FakeClock) -> TestClient:
    return TestClient(MockApp(settings(tmp_path), clock=clock, spec=Spec(doc)), base_url=LOCAL)


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = DOC
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


# ---------------------------------------------------------------- today's operations
def _job_answers() -> set[str]:
    """The success answers of the generation routes: what "answers a job" means here."""
    return {
        str(node["responses"]["200"].get("$ref"))
        for item in DOC["paths"].values()
        for node in item.values()
        if isinstance(node, dict) and "x-vimmerse-results" in node
    }


def _expected_role(method: str, path: str, node: dict[str, Any]) -> str:
    """The role an operation has, read from the raw spec independently of roles.py."""
    if "x-vimmerse-behaviour" in node:
        return str(node["x-vimmerse-behaviour"])
    if "x-vimmerse-results" in node:
        return "generate"
    job = node.get("x-vimmerse-job")
    if job is not None:
        return _job_role(job)
    answer = node["responses"]["200"]
    content = node.get("requestBody", {}).get("content", {})
    multipart = content.get("multipart/form-data", {})
    files = [
        name
        for name, prop in _resolve(multipart.get("schema", {})).get("properties", {}).items()
        if _resolve(prop).get("format") == "binary"
    ]
    if answer.get("$ref") in _job_answers():
        if len(files) == 1:
            return "upload"
        if method == "get" and "{" in path:
            return "poll"
    schema = _resolve(_resolve(answer).get("content", {}).get("application/json", {}))
    return "text" if _resolve(schema.get("schema", {})).get("type") == "string" else "example"


def _job_role(job: dict[str, Any]) -> str:
    """x-vimmerse-job's route: a media-like job's status route, or a job's read."""
    return "media-status" if job["reads"] == "status" else "poll"


OPERATIONS = [
    (method, path, node)
    for path, item in DOC["paths"].items()
    for method, node in item.items()
    if method in METHODS
]


@pytest.mark.parametrize(
    ("method", "path", "node"), OPERATIONS, ids=[n["operationId"] for _, _, n in OPERATIONS]
)
def test_each_operation_has_the_role_the_spec_gives_it(
    method: str, path: str, node: dict[str, Any]
) -> None:
    op = SERVED.by_id[node["operationId"]]
    assert role_of(op).name == _expected_role(method, path, node)


def test_no_operation_today_is_left_to_answer_its_docs_example() -> None:
    # The fallback is for routes the mock knows nothing about: each of today's routes
    # has behaviour (the docs' example asset of a new upload was the issue's bug).
    assert [op.operation_id for op in SERVED.operations if role_of(op).name == "example"] == []


# ---------------------------------------------------------------- a new upload route
def _add_upload(doc: dict[str, Any]) -> None:
    doc["components"]["schemas"]["UploadAudioRequest"] = {
        "type": "object",
        "required": ["audio_file"],
        "properties": {"audio_file": {"type": "string", "format": "binary"}},
    }
    doc["paths"]["/v2/audio"] = {
        "post": {
            "tags": ["audio"],
            "operationId": "upload_audio",
            "requestBody": {
                "required": True,
                "content": {
                    "multipart/form-data": {
                        "schema": {"$ref": "#/components/schemas/UploadAudioRequest"}
                    }
                },
            },
            "responses": {"200": {"$ref": ASSET}},
        }
    }


def test_a_new_upload_route_gives_back_the_bytes_it_took(tmp_path: Path) -> None:
    doc = _doc()
    _add_upload(doc)
    sound = formats.mp3(0.5) + b"tail"  # not what the mock would make: these bytes only
    clock = FakeClock()
    with _client(tmp_path, doc, clock) as client:
        sent = client.post(
            "/v2/audio", files={"audio_file": ("take 1.mp3", sound, "audio/mpeg")}, headers=AUTH
        )
        assert sent.status_code == 200, sent.text
        polled = client.get(asset_path(sent.json()["id"]), headers=AUTH).json()
        assert polled["status"] == "success" and polled["mime_type"] == "audio/mpeg"
        assert polled["credits"] == 0  # an upload is free, whatever its app is called
        back = client.get(polled["results"][0])
        assert back.status_code == 200 and back.content == sound
        empty = client.post(
            "/v2/audio", files={"audio_file": ("x.mp3", b"", "audio/mpeg")}, headers=AUTH
        )
        assert empty.status_code == 400 and empty.json() == {"message": "EMPTY_FILE"}


# ---------------------------------------------------------------- a new generation route
def _add_generation(doc: dict[str, Any], results: str, path: str = "/v2/sound/speech") -> None:
    doc["tags"].append({"name": "sound", "description": "Sounds."})
    doc["paths"][path] = {
        "post": {
            "tags": ["sound"],
            "operationId": "text_to_speech",
            "x-app-name": "text-to-speech",
            "x-vimmerse-results": results,
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["prompt"],
                            "properties": {
                                "prompt": {"type": "string"},
                                "duration": {"type": "integer", "minimum": 1, "maximum": 30},
                                "async_mode": {
                                    "type": "boolean",
                                    "default": True,
                                    "x-vimmerse-role": "async",
                                },
                            },
                        }
                    }
                },
            },
            "responses": {"200": {"$ref": ASSET}},
        }
    }


def _made(tmp_path: Path, results: str, body: dict[str, Any]) -> tuple[str, bytes, dict[str, Any]]:
    """(content type, bytes) of the first result of a new route making `results`."""
    doc = _doc()
    _add_generation(doc, results)
    clock = FakeClock()
    with _client(tmp_path, doc, clock) as client:
        started = client.post("/v2/sound/speech", json=body, headers=AUTH)
        assert started.status_code == 200, started.text
        assert started.json()["status"] == "processing"
        clock.advance(3600)
        done = client.get(asset_path(started.json()["id"]), headers=AUTH).json()
        assert done["status"] == "success" and done["mime_type"] == results, done
        result = client.get(done["results"][0])
        assert result.status_code == 200
        return result.headers["content-type"], result.content, done


def test_a_new_generation_route_in_a_new_tag_makes_playable_mp3(tmp_path: Path) -> None:
    kind, data, done = _made(tmp_path, "audio/mpeg", {"prompt": "hello", "duration": 7})
    assert kind == "audio/mpeg"
    assert 7.0 <= parse_mp3(data) < 7.1
    assert done["app_name"] == "text-to-speech" and done["credits"] > 0


def test_an_estimate_prices_a_new_route_as_its_job_is_charged(tmp_path: Path) -> None:
    doc = _doc()
    _add_generation(doc, "audio/mpeg")
    with _client(tmp_path, doc, FakeClock()) as client:
        body = {"prompt": "hello", "duration": 12}
        charged = client.post("/v2/sound/speech", json=body, headers=AUTH).json()["credits"]
        quoted = client.post(
            "/v2/image/estimate-credits",
            json={"app_name": "text-to-speech", "option": "", **body},
            headers=AUTH,
        ).json()["total_credits"]
    assert quoted == charged > 0


@pytest.mark.parametrize(
    ("results", "check"),
    [
        ("image/png", lambda d: parse_png(d)[0] > 0),
        ("image/jpeg", lambda d: jpeg_size(d) == (512, 288)),
        ("image/gif", lambda d: gif_size(d)[0] > 0),
        ("text/plain", lambda d: "text-to-speech: a fox" in d.decode()),
        ("application/json", lambda d: yaml.safe_load(d)["made_by"] == "text-to-speech: a fox"),
    ],
)
def test_a_new_route_makes_a_valid_file_of_each_type_it_names(
    tmp_path: Path, results: str, check: Any
) -> None:
    kind, data, _ = _made(tmp_path, results, {"prompt": "a fox"})
    assert kind.split(";")[0] == results
    assert check(data)


def test_a_result_type_it_cannot_make_is_refused_at_start_naming_the_route(
    tmp_path: Path,
) -> None:
    doc = _doc()
    _add_generation(doc, "model/gltf-binary", "/v2/sound/model")
    with pytest.raises(SpecError, match=r"POST /v2/sound/model .*model/gltf-binary"):
        MockApp(settings(tmp_path), clock=FakeClock(), spec=Spec(doc))
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(doc), encoding="utf-8")
    argv = [sys.executable, "-m", "vimmerse_mock", "--port", "9", "--spec", str(spec)]
    argv += ["--data-dir", str(tmp_path / "data")]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    line = done.stderr.strip()
    assert done.returncode != 0 and "Traceback" not in line
    assert "\n" not in line and "POST /v2/sound/model" in line, line


def test_an_unknown_behaviour_is_refused_at_start_naming_the_route(tmp_path: Path) -> None:
    doc = _doc()
    path = next(op.path for op in SERVED.operations if role_of(op).name == "poll")
    doc["paths"][path]["get"]["x-vimmerse-behaviour"] = "teleport"
    with pytest.raises(SpecError, match=f"GET {re.escape(path)} .*'teleport'"):
        MockApp(settings(tmp_path), clock=FakeClock(), spec=Spec(doc))


# ---------------------------------------------------------------- routes moved or renamed
def test_a_moved_and_renamed_upload_keeps_its_behaviour(tmp_path: Path) -> None:
    doc = _doc()
    moved = doc["paths"].pop("/v2/image")
    moved["post"]["operationId"] = "put_picture"
    doc["paths"]["/v3/pictures"] = moved
    with _client(tmp_path, doc, FakeClock()) as client:
        sent = client.post(
            "/v3/pictures", files={"image_file": ("a.png", PNG, "image/png")}, headers=AUTH
        )
        assert sent.status_code == 200, sent.text
        assert client.get(sent.json()["results"][0]).content == PNG
        wrong = client.post(
            "/v3/pictures", files={"image_file": ("a.png", b"text", "image/png")}, headers=AUTH
        )
        assert wrong.status_code == 422


# ---------------------------------------------------------------- the mock's own routes
def test_own_routes_answer_unknown_paths_and_methods_in_the_apis_shape(
    client: TestClient,
) -> None:
    assert client.get("/_mock/").headers["content-type"].startswith("text/html")
    assert client.get("/_mock/health").json()["status"] == "ok"
    missing = client.get("/_mock/nothing-here")
    assert missing.status_code == 404 and missing.json() == {"message": "NOT_FOUND"}
    wrong = client.delete("/_mock/reset")
    assert wrong.status_code == 405 and wrong.json() == {"message": "METHOD_NOT_ALLOWED"}
    assert wrong.headers["allow"] == "POST"
    bad = client.post("/_mock/clock", content=b"[1]")
    assert bad.status_code == 400 and bad.json() == {"message": "EXPECTED_OBJECT"}


@pytest.mark.parametrize(
    ("method", "path", "node"), OPERATIONS, ids=[n["operationId"] for _, _, n in OPERATIONS]
)
def test_removing_an_operation_leaves_the_others_their_roles(
    tmp_path: Path, method: str, path: str, node: dict[str, Any]
) -> None:
    doc = _doc()
    del doc["paths"][path][method]
    if not any(m in METHODS for m in doc["paths"][path]):
        del doc["paths"][path]
    app = MockApp(settings(tmp_path), clock=FakeClock(), spec=Spec(doc))
    left = {op.operation_id: role_of(op) for op in app.spec.operations}
    assert node["operationId"] not in left
    assert left == {i: role_of(SERVED.by_id[i]) for i in left}


# ---------------------------------------------------------------- a new response field
def test_a_field_the_spec_gains_on_a_job_model_is_answered_wherever_that_model_is(
    tmp_path: Path,
) -> None:
    # The mock sets the fields its behaviours know; one the spec gained later is still
    # answered (sampled from its schema), so a client reading it and drift both see it.
    from tests.drill.changes import new_response_field, simple_operations
    from vimmerse_core.spec.extensions import RESULTS

    doc = _doc()
    added = new_response_field(doc)
    paid = next(s for s in simple_operations(doc) if RESULTS in doc["paths"][s.path][s.method])
    with _client(tmp_path, doc, FakeClock()) as client:
        made = client.post(paid.path, json=paid.example, headers=AUTH)
        assert made.status_code == 200, made.text
        assert added["field"] in made.json()
        polled = client.get(asset_path(made.json()["id"]), headers=AUTH)
        assert polled.json()[added["field"]] == "x"  # a string the spec does not constrain
    with _client(tmp_path / "before", _doc(), FakeClock()) as client:
        plain = client.post(paid.path, json=paid.example, headers=AUTH).json()
        assert added["field"] not in plain  # the test's field is the spec's doing alone
