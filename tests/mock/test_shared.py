"""A mock a team shares: the control key, Host and Origin checks, per-key views, and
result files that need their owner's key or the URL the mock handed out."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from tests.mock.helpers import AUTH, KEY, SPEC, T2I, asset_path, make_client, request_for
from vimmerse_mock.cli import parser, settings_from
from vimmerse_mock.guard import CONTROL_HEADER
from vimmerse_mock.jobs import FakeClock
from vimmerse_mock.roles import role_of
from vimmerse_mock.settings import Settings

CONTROL = "team-control-key"
OTHER = "other-team-key"
OTHER_AUTH = {"X-Api-Key": OTHER}
WRITES = [
    ("/_mock/reset", {}),
    ("/_mock/durations", {"image": 1}),
    ("/_mock/clock", {"advance": 1}),
    ("/_mock/fail-next", {"operation": "text_to_image"}),
    ("/_mock/disk", {"free": None}),
]


@pytest.fixture
def shared(tmp_path: Path, clock: FakeClock) -> Iterator[TestClient]:
    keys = {KEY: None, OTHER: None}
    with make_client(tmp_path, clock, control_key=CONTROL, keys=keys) as c:
        yield c


@pytest.fixture
def local(tmp_path: Path, clock: FakeClock) -> Iterator[TestClient]:
    with make_client(tmp_path, clock, keys={KEY: None, OTHER: None}) as c:
        yield c


@pytest.mark.parametrize(("path", "body"), WRITES)
def test_writes_that_touch_every_key_need_the_control_key(
    shared: TestClient, path: str, body: dict[str, object]
) -> None:
    for headers in ({}, AUTH, {CONTROL_HEADER: "wrong"}):
        refused = shared.post(path, json=body, headers=headers)
        assert refused.status_code == 401, (headers, refused.text)
        assert refused.headers["www-authenticate"].startswith("Basic")
    assert shared.post(path, json=body, headers={CONTROL_HEADER: CONTROL}).status_code == 200


def test_an_anonymous_reset_wipes_nothing(shared: TestClient) -> None:
    job = shared.post(T2I, json={"prompt": "x"}, headers=AUTH).json()
    assert shared.post("/_mock/reset").status_code == 401
    assert shared.get(asset_path(job["id"]), headers=AUTH).status_code == 200


def test_the_page_needs_the_control_key_a_browser_can_send(shared: TestClient) -> None:
    assert shared.get("/_mock/").status_code == 401
    assert shared.get("/_mock/", headers=AUTH).status_code == 401
    basic = "Basic " + base64.b64encode(f"anyone:{CONTROL}".encode()).decode()
    page = shared.get("/_mock/", headers={"Authorization": basic})
    assert page.status_code == 200 and "Vimmerse mock" in page.text


def test_the_health_probe_stays_open(shared: TestClient) -> None:
    assert shared.get("/_mock/health", headers={"Host": "rebound.example"}).status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example", "Content-Type": "text/plain"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
        {"Origin": "null"},
    ],
)
def test_cross_origin_browser_requests_are_refused_without_a_control_key(
    local: TestClient, headers: dict[str, str]
) -> None:
    local.post("/_mock/durations", json={"image": 7})
    answer = local.post("/_mock/durations", content=b'{"image": 99}', headers=headers)
    assert answer.status_code == 403 and answer.json() == {"message": "CROSS_ORIGIN"}
    assert local.get("/_mock/requests", headers=headers).status_code == 403
    assert local.post("/_mock/reset", headers=headers).status_code == 403
    assert local.get("/_mock/clock").status_code == 200


def test_same_origin_and_typed_in_requests_pass(local: TestClient) -> None:
    same = {"Origin": "http://127.0.0.1", "Sec-Fetch-Site": "same-origin"}
    assert local.post("/_mock/durations", json={"image": 3}, headers=same).status_code == 200
    assert local.get("/_mock/", headers={"Sec-Fetch-Site": "none"}).status_code == 200


@pytest.mark.parametrize(
    "host", ["rebound.example", "rebound.example:80", "127.0.0.1.evil.example"]
)
def test_an_unknown_host_header_is_refused(local: TestClient, host: str) -> None:
    for method, path in (("POST", "/_mock/reset"), ("GET", "/_mock/"), ("GET", "/_mock/requests")):
        answer = local.request(method, path, headers={"Host": host})
        assert answer.status_code == 403 and answer.json() == {"message": "UNKNOWN_HOST"}


@pytest.mark.parametrize("host", ["localhost:8000", "[::1]:8000", "127.0.0.2", "mock.team.example"])
def test_loopback_and_configured_hosts_are_served(tmp_path: Path, host: str) -> None:
    with make_client(tmp_path, control_hosts="mock.team.example") as client:
        assert client.get("/_mock/clock", headers={"Host": host}).status_code == 200


def _two_tenants(client: TestClient, receiver_url: str) -> tuple[str, str]:
    mine = client.post(T2I, json={"prompt": "mine", "webhook_url": receiver_url}, headers=AUTH)
    theirs = client.post(
        T2I, json={"prompt": "theirs", "webhook_url": receiver_url + "?t"}, headers=OTHER_AUTH
    )
    return mine.json()["id"], theirs.json()["id"]


def test_each_key_sees_its_own_journal_and_webhooks(shared: TestClient) -> None:
    sink = "http://127.0.0.1/_mock/webhook-sink"
    mine, theirs = _two_tenants(shared, sink)
    journal = shared.get("/_mock/requests", headers=AUTH).json()["requests"]
    assert [e["json"]["prompt"] for e in journal if e["json"]] == ["mine"]
    hooks = shared.get("/_mock/webhooks", headers=AUTH).json()["webhooks"]
    assert [h["ref"] for h in hooks] == [mine]
    everything = shared.get("/_mock/webhooks", headers={CONTROL_HEADER: CONTROL}).json()
    assert {h["ref"] for h in everything["webhooks"]} == {mine, theirs}
    assert shared.get("/_mock/requests").status_code == 401, "no key, no view"


def test_the_sink_shows_each_key_its_own_deliveries(shared: TestClient, clock: FakeClock) -> None:
    mine, theirs = _two_tenants(shared, "http://127.0.0.1/_mock/webhook-sink")
    clock.advance(3600)
    for job, auth in ((mine, AUTH), (theirs, OTHER_AUTH)):
        shared.post(
            "/_mock/webhook-sink", json={"customer_id": _customer(shared, job, auth), "x": job}
        )
    seen = shared.get("/_mock/webhook-sink", headers=AUTH).json()["deliveries"]
    assert [d["json"]["x"] for d in seen] == [mine]


def _customer(client: TestClient, job: str, auth: dict[str, str]) -> str:
    return str(client.get(asset_path(job), headers=auth).json()["customer_id"])


def _result_url(client: TestClient, clock: FakeClock) -> tuple[str, str]:
    job = client.post(T2I, json={"prompt": "x", "async_mode": True}, headers=AUTH).json()
    clock.advance(3600)
    done = client.get(asset_path(job["id"]), headers=AUTH).json()
    return job["id"], done["results"][0]


def test_a_result_needs_its_url_or_its_owner_key(shared: TestClient, clock: FakeClock) -> None:
    job, url = _result_url(shared, clock)
    assert "?t=" in url, "the URL handed out carries its capability token"
    bare = url.split("?", 1)[0]
    assert shared.get(url).status_code == 200
    assert shared.get(bare, headers=AUTH).status_code == 200, "the owner's key opens it"
    assert shared.get(bare).status_code == 404, "an id alone opens nothing"
    assert shared.get(bare, headers=OTHER_AUTH).status_code == 404
    assert shared.get(bare + "?t=" + "0" * 32).status_code == 404
    forged = url.replace(f"/{job}/0.", f"/{job}/1.")
    assert shared.get(forged).status_code == 404, "a token is for one path"


def test_an_upload_needs_the_url_the_mock_answered(local: TestClient) -> None:
    upload = next(op for op in SPEC.operations if role_of(op).name == "upload")
    answer = local.request(**request_for(upload)).json()
    url = answer["results"][0]
    assert local.get(url).status_code == 200
    assert local.get(url.split("?", 1)[0], headers=AUTH).status_code == 404


def test_the_control_key_comes_from_a_flag_or_the_environment_and_is_never_shown(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("VIMMERSE_MOCK_CONTROL_KEY", "s3cret-control")
    with pytest.raises(SystemExit):
        parser().parse_args(["--help"])
    shown = capsys.readouterr().out
    assert "--control-key" in shown and "s3cret-control" not in shown
    from_env = settings_from(parser().parse_args([]), Settings.from_env())
    assert from_env.control_key == "s3cret-control" and from_env.shared
    argv = ["--control-key", "other", "--webhook-hosts", "hooks.example", "--control-hosts", "m"]
    flagged = Settings.from_env(settings_from(parser().parse_args(argv)).to_env())
    assert (flagged.control_key, flagged.webhook_hosts, flagged.control_hosts) == (
        "other",
        "hooks.example",
        "m",
    )
