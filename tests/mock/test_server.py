"""The mock as a real uvicorn process: restarts, shared databases, drops, streaming."""

from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from devtools.receiver import receiver
from tests.mock.helpers import AUTH, PNG, SPEC, T2I, asset_path, validate
from tests.mock.server import run_mock
from tests.spec.helpers import quantity_of

FAST = ("--duration", "image=0", "--duration", "video=0", "--duration", "media=0")


def test_restart_keeps_assets_media_files_and_credits(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with (
        run_mock(data, *FAST, console_script=True) as server,
        httpx.Client(base_url=server.url, headers=AUTH) as c,
    ):
        asset = c.post(T2I, json={"prompt": "p"}).json()
        assert asset["status"] == "success"
        media = c.post("/media/prompt", json={"title": "kept"}).json()["data"]
        upload = c.post("/v2/image", files={"image_file": ("a.png", PNG, "image/png")}).json()
        balance = c.get("/_mock/credits").json()["balance"]
        image = c.get(asset["results"][0]).content
    with run_mock(data, *FAST) as server, httpx.Client(base_url=server.url, headers=AUTH) as c:
        again = c.get(asset_path(asset["id"])).json()
        validate(SPEC.schema("Asset"), again)
        assert {k: v for k, v in again.items() if k != "results"} == {
            k: v for k, v in asset.items() if k != "results"
        }
        # URLs follow the server's address; the file behind them is the same.
        assert c.get(again["results"][0]).content == image
        got = c.get(f"/media/{media['id']}").json()["data"]["data"]
        assert got["title"] == "kept" and got["processing_status"] == "success"
        assert c.get(c.get(asset_path(upload["id"])).json()["results"][0]).content == PNG
        assert c.get("/_mock/credits").json()["balance"] == balance


def test_two_servers_share_one_database(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with run_mock(data, *FAST) as a, run_mock(data, *FAST) as b:
        assert a.pid != b.pid
        ca = httpx.Client(base_url=a.url, headers=AUTH)
        cb = httpx.Client(base_url=b.url, headers=AUTH)
        start = cb.get("/_mock/credits").json()["balance"]
        body = {"prompt": "p", quantity_of("text_to_image"): 2}
        asset = ca.post(T2I, json=body).json()
        media = cb.post("/media/prompt", json={}).json()["data"]
        assert cb.get(asset_path(asset["id"])).json()["status"] == "success"
        assert (
            ca.get(f"/media/{media['id']}/processing-status").json()["data"]["progress_percentage"]
            == "100"
        )
        spent = asset["credits"] + ca.get("/_mock/credits").json()["ledger"][-1]["delta"] * -1
        assert ca.get("/_mock/credits").json()["balance"] == start - spent
        assert cb.get("/_mock/credits").json() == ca.get("/_mock/credits").json()
        ca.close()
        cb.close()


# How a cut-off response surfaces depends on uvicorn's HTTP parser: h11 ends it early
# (RemoteProtocolError), httptools resets the connection (ReadError). Both mean "dropped".
DROPPED = (httpx.RemoteProtocolError, httpx.ReadError)


def test_a_dropped_connection_closes_mid_response(tmp_path: Path) -> None:
    with (
        run_mock(tmp_path / "data", *FAST, "--fault-header") as server,
        httpx.Client(base_url=server.url, headers=AUTH) as c,
    ):
        with pytest.raises(DROPPED):
            c.post(T2I, json={"prompt": "p"}, headers={"X-Mock-Fault": "drop"})
        assert c.get("/_mock/credits").json()["ledger"] == [], "dropped before: no job"
        with pytest.raises(DROPPED):
            c.post(
                T2I,
                json={"prompt": "p"},
                headers={"X-Mock-Fault": "drop-after"},
            )
        assert len(c.get("/_mock/credits").json()["ledger"]) == 1, "dropped after: charged"
        assert c.post("/v2/image/estimate-credits", json={"option": "x"}).status_code == 200


def test_webhooks_are_delivered_by_the_running_server(tmp_path: Path) -> None:
    with (
        receiver(failures=1) as hook,
        run_mock(
            tmp_path / "data", "--duration", "media=0.3", "--webhook-backoff", "0.1"
        ) as server,
    ):
        media = httpx.post(
            f"{server.url}/media/prompt", json={"webhook_url": hook.url}, headers=AUTH
        ).json()["data"]
        assert hook.next_call(timeout=20)["answered"] == 500
        call = hook.next_call(timeout=20)
        assert call["answered"] == 200
        validate(SPEC.schema("WebhookPayload"), call["body"])
        assert call["body"]["media_id"] == media["id"]


def test_a_200_mb_upload_streams_through_without_buffering(tmp_path: Path) -> None:
    size = 200 * 1024 * 1024
    source = tmp_path / "big.mp4"
    with open(source, "wb") as f:
        f.write(b"\0\0\0\x18ftypisom" + b"\x01" * 1000)
        f.truncate(size)  # sparse: cheap to create, still 200 MB on the wire
    with (
        run_mock(tmp_path / "data", *FAST) as server,
        httpx.Client(base_url=server.url, headers=AUTH, timeout=120) as c,
    ):
        c.post(
            "/v2/video", files={"video_file": ("warm.mp4", source.read_bytes()[:1000], "video/mp4")}
        )
        before = server.peak_rss()
        with open(source, "rb") as f:
            asset = c.post("/v2/video", files={"video_file": ("big.mp4", f, "video/mp4")}).json()
        grown = server.peak_rss() - before
        assert grown < 64 * 1024 * 1024, f"peak memory grew by {grown / 2**20:.0f} MB"
        digest = hashlib.sha256()
        with c.stream("GET", asset["results"][0]) as response:
            for chunk in response.iter_bytes():
                digest.update(chunk)
        assert server.peak_rss() - before < 64 * 1024 * 1024
    with open(source, "rb") as f:
        assert digest.hexdigest() == hashlib.file_digest(f, "sha256").hexdigest()
    shutil.rmtree(tmp_path)  # 400 MB of test files need not outlive the test


def _settled(server_url: str, timeout: float = 60) -> list[dict[str, Any]]:
    """The outbox once no callback is waiting or being sent (polled, with a deadline)."""
    deadline = time.monotonic() + timeout
    while True:
        rows: list[dict[str, Any]] = httpx.get(server_url + "/_mock/webhooks").json()["webhooks"]
        if all(r["state"] in ("done", "failed") for r in rows):
            return rows
        assert time.monotonic() < deadline, rows
        time.sleep(0.2)


def test_two_workers_deliver_once_to_each_healthy_receiver_beside_slow_ones(
    tmp_path: Path,
) -> None:
    jobs = 24
    with (
        receiver(behaviour="hang") as hanging,
        receiver(behaviour="trickle", trickle_every=0.3) as trickling,
        receiver() as healthy,
        run_mock(
            tmp_path / "data",
            "--workers", "2",
            "--duration", "media=0",
            "--webhook-timeout", "2",
            "--webhook-attempts", "2",
            "--webhook-backoff", "0.1",
        ) as server,
        httpx.Client(base_url=server.url, headers=AUTH) as c,
    ):  # fmt: skip
        ids = []
        for i in range(jobs):  # every fourth callback goes to a slow receiver, in one batch
            url = (hanging.url, trickling.url, healthy.url, healthy.url)[i % 4]
            media = c.post("/media/prompt", json={"webhook_url": url}).json()["data"]
            ids.append((url, media["id"]))
        rows = _settled(server.url)
        delivered = [call["body"]["media_id"] for call in healthy.drain()]
        hung, trickled = hanging.drain(), trickling.drain()
    wanted = sorted(media_id for url, media_id in ids if url == healthy.url)
    assert sorted(delivered) == wanted, "each healthy callback exactly once"
    slow = jobs // 4
    assert len(hung) == len(trickled) == 2 * slow, "the attempt limit holds"
    slow_urls = {hanging.url, trickling.url}
    assert all(r["state"] == "done" for r in rows if r["url"] not in slow_urls)
    assert [r["attempts"] for r in rows if r["url"] in slow_urls] == [2] * 2 * slow
    assert all(r["state"] == "failed" for r in rows if r["url"] in slow_urls)
