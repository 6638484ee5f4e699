"""`vimmerse spec drift` and `make proxy` as a user runs them: real processes, no network.

The stateful mock stands in for the live API (plain, or drifting with a seed); the proxy
is the pinned Prism in proxy mode, started by `devtools/proxy.py` as `make proxy` does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from devtools.servers import free_port, start_server
from tests.mock.server import Server, run_mock
from vimmerse import Vimmerse
from vimmerse_core._drift import load
from vimmerse_core._drift.proxy import report_from_prism_log
from vimmerse_core.cli._exits import Exit
from vimmerse_core.spec import read
from vimmerse_mock.drift import Change

ROOT = Path(__file__).resolve().parents[2]
KEY = "vimmerse-dev-key"
VIMMERSE = str(Path(sys.executable).parent / "vimmerse")


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with run_mock(tmp_path_factory.mktemp("plain") / "data") as server:
        yield server


def jobs(url: str) -> list[str]:
    """The ids for the reads: an asset and a media, made with the dev key (the mock's)."""
    auth = {"X-Api-Key": KEY}
    asset = httpx.post(f"{url}/v2/image/text-2-image", json={"prompt": "fox"}, headers=auth)
    media = httpx.post(f"{url}/media/prompt", json={"title": "walk"}, headers=auth)
    return [
        "--id",
        f"asset_id={asset.json()['id']}",
        "--id",
        f"media_id={media.json()['data']['id']}",
    ]


def drift_cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "VIMMERSE_API_KEY": KEY}
    return subprocess.run(
        [VIMMERSE, "--base-url", url, "spec", "drift", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_cli_against_the_plain_mock_reports_no_drift(plain: Server) -> None:
    proc = drift_cli(plain.url, *jobs(plain.url))
    assert proc.returncode == Exit.OK, proc.stdout + proc.stderr
    assert ": 0 finding(s) in 0 operation(s)" in proc.stdout
    assert "get_media (GET /media/{media_id}), 1 answer(s): as the spec says" in proc.stdout
    assert KEY not in proc.stdout + proc.stderr


def test_cli_json_lists_the_drift_the_mock_injected(tmp_path: Path) -> None:
    with run_mock(tmp_path / "data", "--drift", "21") as server:
        proc = drift_cli(server.url, *jobs(server.url), "--json")
        journal = httpx.get(f"{server.url}/_mock/drift").json()["injected"]
    assert proc.returncode == Exit.DRIFT, proc.stdout + proc.stderr
    report = json.loads(proc.stdout)
    called = {op["operation"] for op in report["operations"]}
    found = {
        (
            op["operation"],
            f["kind"],
            f["path"],
            f["value"] if f["kind"] == "enum_value_added" else "",
        )
        for op in report["operations"]
        for f in op["findings"]
    }
    assert found == {Change(**c).key() for c in journal if c["operation"] in called}
    assert report["drift"] is True and report["patch"]
    assert KEY not in proc.stdout + proc.stderr


def test_cli_refuses_the_key_over_plain_http_to_a_remote_host() -> None:
    proc = drift_cli("http://api.example.invalid")
    assert proc.returncode == Exit.AUTHENTICATION, proc.stdout + proc.stderr
    assert proc.stderr.startswith("vimmerse: ") and KEY not in proc.stderr


def planted_spec(tmp_path: Path) -> Path:
    """The spec with one lie the mock's answers will contradict: an Asset's credits as text."""
    doc: dict[str, Any] = read(ROOT / "openapi" / "vimmerse.yaml")
    doc["components"]["schemas"]["Asset"]["properties"]["credits"] = {"type": "string"}
    path = tmp_path / "planted.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return path


def test_proxy_validates_an_sdk_session_and_reports_the_planted_violation(
    plain: Server, tmp_path: Path
) -> None:
    spec, log = planted_spec(tmp_path), tmp_path / "prism.log"
    port = free_port()
    argv = [sys.executable, "-m", "devtools.proxy", "--upstream", plain.url, "--port", str(port)]
    argv += ["--spec", str(spec), "--log", str(log)]
    with (
        start_server(
            "proxy", argv, port=port, log_dir=tmp_path, ready_path="/_mock/health", cwd=ROOT
        ) as proxy,
        Vimmerse(api_key=KEY, base_url=proxy.url, max_retries=0) as client,
    ):
        asset = client.image.text_to_image(prompt="fox", async_mode=True)
        client.assets.get(asset.id)
        client.image.estimate_credits(option="NanoBanana")
    report = report_from_prism_log(load(spec), log.read_text())
    found = {(op, f.kind, f.path) for op, f in report.findings()}
    assert found == {
        ("text_to_image", "type_changed", "credits"),
        ("get_asset", "type_changed", "credits"),
    }
    assert set(report.operations) == {"text_to_image", "get_asset", "estimate_image_credits"}
    # What `make proxy` prints when it stops: the same report.
    printed = (tmp_path / f"proxy-{port}.log").read_text()
    assert f"API drift: Prism proxy to {plain.url}" in printed
    assert "~ type or nullability differs: `credits`" in printed
    # And the CLI reads the same log into the report's JSON form.
    cli = subprocess.run(
        [VIMMERSE, "spec", "drift", "--spec", str(spec), "--prism-log", str(log), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert cli.returncode == Exit.DRIFT, cli.stderr
    listed = {
        (o["operation"], f["path"])
        for o in json.loads(cli.stdout)["operations"]
        for f in o["findings"]
    }
    assert listed == {("text_to_image", "credits"), ("get_asset", "credits")}
