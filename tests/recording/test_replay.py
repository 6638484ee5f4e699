"""Replay: requests matched as the spec reads them, a job's statuses on the mock's clock,
a 404 naming the closest recording, and the stateful mock as a fallback."""

from __future__ import annotations

from pathlib import Path

import anyio
import pytest

from tests.recording.inprocess import (
    asset_path,
    client,
    generate_path,
    recorder,
    replayer,
    stateful,
)
from vimmerse_mock.control import VirtualClock

pytestmark = pytest.mark.anyio


async def _record_fox(tmp_path: Path, clock: VirtualClock) -> Path:
    """A generation submitted async and polled to its end, one poll a simulated second."""
    directory = tmp_path / "rec"
    upstream = stateful(tmp_path, clock, durations={"image": 3.0})
    async with client(recorder(upstream, directory, clock)) as http:
        job = (
            await http.post(generate_path(), json={"prompt": "a fox", "async_mode": True})
        ).json()
        while (await http.get(asset_path(job["id"]))).json()["status"] == "processing":
            clock.advance(1.0)
    return directory


async def test_a_job_replays_its_statuses_in_order_on_the_clock(tmp_path: Path) -> None:
    clock = VirtualClock()
    directory = await _record_fox(tmp_path, clock)
    clock = VirtualClock()
    async with client(replayer(directory, clock)) as http:
        # Field order and a default the recording's caller did not send do not matter.
        sent = {"async_mode": True, "quantity": 1, "prompt": "a fox"}
        job = (await http.post(generate_path(), json=sent)).json()
        early = [(await http.get(asset_path(job["id"]))).json()["status"] for _ in range(5)]
        clock.advance(10.0)
        late = [(await http.get(asset_path(job["id"]))).json()["status"] for _ in range(5)]
    assert set(early) == {"processing"}  # no simulated time passed: the job still runs
    assert late[-1] == "success" and late.index("success") > 0  # none skipped, in order


async def test_an_unmatched_request_names_the_closest_recording(tmp_path: Path) -> None:
    directory = await _record_fox(tmp_path, VirtualClock())
    async with client(replayer(directory, VirtualClock())) as http:
        answer = await http.post(generate_path(), json={"prompt": "a cat", "async_mode": True})
    assert answer.status_code == 404
    body = answer.json()
    assert body["closest"].endswith("-text_to_image.json")
    assert body["differs"] == ['body.json.prompt: recorded "a fox", sent "a cat"']
    assert body["closest"] in body["message"] and "a cat" in body["message"]


async def test_the_stateful_fallback_answers_what_was_not_recorded(tmp_path: Path) -> None:
    clock = VirtualClock()
    directory = await _record_fox(tmp_path, clock)
    fallback = stateful(tmp_path, clock)
    async with client(replayer(directory, clock, fallback=fallback)) as http:
        answer = await http.post(generate_path(), json={"prompt": "a cat"})
        recorded = await http.post(generate_path(), json={"prompt": "a fox", "async_mode": True})
    assert answer.status_code == 200 and answer.json()["args"]["prompt"] == "a cat"
    assert "x-recording" not in answer.headers
    assert recorded.headers["x-recording"].endswith("-text_to_image.json")


async def test_result_urls_point_at_the_stored_files(tmp_path: Path) -> None:
    clock = VirtualClock()
    directory = await _record_fox(tmp_path, clock)
    stored = {p.read_bytes() for p in (directory / "files").iterdir()}
    async with client(replayer(directory, clock)) as http:
        job = (
            await http.post(generate_path(), json={"prompt": "a fox", "async_mode": True})
        ).json()
        clock.advance(60)
        while (done := (await http.get(asset_path(job["id"]))).json())["status"] != "success":
            await anyio.sleep(0)
        [url] = done["results"]
        assert url.startswith("http://mock/_recordings/files/")
        assert (await http.get(url)).content in stored
