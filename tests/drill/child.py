"""The drill's probes, run in a child Python whose `vimmerse` is the package regenerated
from the changed spec (tests/drill/test_drill.py). The mock is the stateful mock in this
process (`vimmerse.testing.MockAPI`), serving that package's copy of the changed spec; the
CLI runs as a real process of the same package. Each probe asserts, then prints its facts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import httpx

import vimmerse
import vimmerse.models
from vimmerse._client import SURFACE
from vimmerse.testing import MockAPI

PACKAGE = Path(vimmerse.__file__).resolve().parent.parent


def cli(api: MockAPI, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(PACKAGE),
        "VIMMERSE_BASE_URL": api.base_url,
        "VIMMERSE_API_KEY": api.api_key,
        "VIMMERSE_POLL_INTERVAL": "0.05",
    }
    return subprocess.run(
        [sys.executable, "-m", "vimmerse", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=PACKAGE,
    )


def flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def new_enum_value(api: MockAPI, f: dict[str, Any]) -> dict[str, Any]:
    method = getattr(getattr(api.client, f["tag"]), f["method"])
    method(**{**f["example"], f["field"]: f["value"]})
    [sent] = api.requests(f["operation_id"])
    assert sent.json[f["field"]] == f["value"], sent.json
    help_ = cli(api, f["tag"], f["method"].replace("_", "-"), "--help")
    assert help_.returncode == 0 and f["value"] in help_.stdout, help_.stdout + help_.stderr
    return {"sent": sent.json[f["field"]]}


def new_ranged_field(api: MockAPI, f: dict[str, Any]) -> dict[str, Any]:
    method = getattr(getattr(api.client, f["tag"]), f["method"])
    method(**{**f["example"], f["field"]: f["high"]})
    [sent] = api.requests(f["operation_id"])
    assert sent.json[f["field"]] == f["high"], sent.json
    try:
        method(**{**f["example"], f["field"]: f["high"] + 1})
    except vimmerse.APIStatusError as exc:  # the mock holds the range
        refused = exc.status_code
    else:
        raise AssertionError("a value past the new range was accepted")
    assert refused in (400, 422), refused
    help_ = cli(api, f["tag"], f["method"].replace("_", "-"), "--help")
    assert flag(f["field"]) in help_.stdout, help_.stdout
    return {"refused": refused}


def new_response_field(api: MockAPI, f: dict[str, Any]) -> dict[str, Any]:
    model = getattr(vimmerse.models, f["model"])
    [job] = [j for j in SURFACE.manifest["jobs"].values() if j["model"] == f["model"]]
    # The generated model reads the new field and writes it back.
    example = {"id": "a", job["field"]: next(iter(job["terminal"])), f["field"]: "hello"}
    parsed = model.from_dict(example)
    assert getattr(parsed, f["field"]) == "hello"
    assert parsed.to_dict()[f["field"]] == "hello"
    return {"read": getattr(parsed, f["field"])}


def removed_operation(api: MockAPI, f: dict[str, Any]) -> dict[str, Any]:
    resource = getattr(api.client, f["tag"], None)
    assert resource is None or not hasattr(resource, f["method"]), "the SDK still has it"
    gone = cli(api, f["tag"], f["method"].replace("_", "-"), "--help")
    assert gone.returncode == 2 and "No such command" in gone.stderr, gone.stdout + gone.stderr
    answer = httpx.post(api.base_url + f["path"], json=f["example"])
    assert answer.status_code in (404, 405), answer.status_code
    return {"mock": answer.status_code}


def moved_path(api: MockAPI, f: dict[str, Any]) -> dict[str, Any]:
    method = getattr(getattr(api.client, f["tag"]), f["method"])
    method(**f["example"])
    [sent] = api.requests(f["operation_id"])
    assert sent.path == f["new_path"], sent.path
    old = httpx.post(api.base_url + f["path"], json=f["example"])
    assert old.status_code in (404, 405), old.status_code
    return {"path": sent.path}


def new_upload_route(api: MockAPI, f: dict[str, Any]) -> dict[str, Any]:
    data = b"ID3\x03\x00\x00\x00\x00\x00\x00" + bytes(range(256)) * 8
    resource = getattr(api.client, f["tag"])
    asset = getattr(resource, f["method"])(**{f["field"]: data})
    done = api.client.assets.wait(asset)
    with tempfile.TemporaryDirectory() as folder:
        [path] = api.client.assets.download(done, folder)
        assert path.read_bytes() == data
        ran = cli(api, f["tag"], f["method"].replace("_", "-"), "--help")
        assert ran.returncode == 0, ran.stderr
    return {"bytes": len(data)}


def _is_mp3(data: bytes) -> bool:
    if data.startswith(b"ID3"):  # skip an ID3v2 tag: its size is 4 syncsafe bytes
        size = (data[6] << 21) | (data[7] << 14) | (data[8] << 7) | data[9]
        data = data[10 + size :]
    return len(data) > 4 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0


def new_generation_route(api: MockAPI, f: dict[str, Any]) -> dict[str, Any]:
    method = getattr(getattr(api.client, f["tag"]), f["method"])
    asset = method(prompt="hello from the drill", wait=True)
    with tempfile.TemporaryDirectory() as folder:
        paths = api.client.assets.download(asset, folder)
        assert paths and all(_is_mp3(p.read_bytes()) for p in paths), paths
        ran = cli(
            api, f["tag"], f["method"].replace("_", "-"), "--prompt", "hi", "--wait", "--json"
        )
        assert ran.returncode == 0, ran.stderr
    return {"files": len(paths)}


def renamed_job_fields(api: MockAPI, f: dict[str, Any]) -> dict[str, Any]:
    renamed = f["renamed"]
    method = getattr(getattr(api.client, f["tag"]), f["method"])
    asset = method(**f["example"], wait=True)
    urls = vimmerse.asset_urls(asset)
    assert urls and all(not hasattr(asset, old) for old in renamed), asset.to_dict()
    [job] = [j for j in SURFACE.manifest["jobs"].values() if j["model"] == f["model"]]
    assert getattr(asset, job["fields"]["results"]) == urls
    kind = getattr(asset, job["fields"]["app-name"])
    assert api.client._pacer.expected(kind) is not None, "the wait learned no duration"
    with tempfile.TemporaryDirectory() as folder:
        paths = api.client.assets.download(asset, folder)
        assert len(paths) == len(urls) and all(p.stat().st_size for p in paths), paths
        ran = cli(api, f["tag"], f["method"].replace("_", "-"), "--help")
        assert ran.returncode == 0, ran.stderr
    return {"files": len(paths), "fields": sorted(renamed.values())}


def main() -> None:
    name, facts = sys.argv[2], json.loads(sys.argv[3])
    with MockAPI() as api:
        found = globals()[name](api, facts)
    print(json.dumps(found))


if __name__ == "__main__":
    main()
