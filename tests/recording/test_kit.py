"""The test kit replays recordings: `MockAPI(recordings=...)`, and the
`vimmerse_mock(recordings=...)` marker in a user's project; `--vimmerse-record` without
a key is refused rather than calling anything."""

from __future__ import annotations

import json
from pathlib import Path

import anyio
import pytest

import vimmerse
from devtools.user_project import run
from tests.recording.helpers import mock_process
from tests.recording.inprocess import asset_path, client, generate_path, recorder, stateful
from vimmerse.testing import MockAPI
from vimmerse_mock.control import VirtualClock


async def _record(directory: Path, jobs: int = 1) -> None:
    """`jobs` generations submitted async and polled each simulated second to their end."""
    clock = VirtualClock()
    upstream = stateful(directory.parent, clock, durations={"image": 3.0})
    async with client(recorder(upstream, directory, clock)) as http:
        for n in range(jobs):
            sent = {"prompt": f"a fox {n}" if n else "a fox", "async_mode": True}
            job = (await http.post(generate_path(), json=sent)).json()
            while (await http.get(asset_path(job["id"]))).json()["status"] == "processing":
                clock.advance(1.0)


def record(directory: Path, jobs: int = 1) -> Path:
    anyio.run(_record, directory, jobs)
    return directory


def test_mock_api_replays_a_directory_on_its_virtual_clock(tmp_path: Path) -> None:
    with MockAPI(recordings=record(tmp_path / "rec")) as api:
        job = api.client.image.text_to_image(prompt="a fox", async_mode=True)
        done = api.client.assets.wait(job.id)  # seconds of recorded job, no real wait
        assert done.status == "success"
        [url] = done.results or []
        assert url.startswith(api.base_url + "/_recordings/files/")
        with pytest.raises(vimmerse.NotFoundError, match=r"closest is 0001-text_to_image\.json"):
            api.client.image.text_to_image(prompt="a cat", async_mode=True)
        api.reset()  # plays again from the start
        assert api.client.assets.get(job.id).status == "processing"


API_KEY = "sk-kit-record-test-0123456789"
USER_TESTS = """
import pytest
import vimmerse


@pytest.mark.vimmerse_mock(recordings="recordings")
def test_replayed(vimmerse_mock):
    job = vimmerse_mock.client.image.text_to_image(prompt="a fox", async_mode=True)
    assert vimmerse_mock.client.assets.wait(job.id).status == "success"


@pytest.mark.vimmerse_mock(recordings="recordings")
def test_not_recorded(vimmerse_mock):
    with pytest.raises(vimmerse.NotFoundError, match="closest is"):
        vimmerse_mock.client.image.text_to_image(prompt="a cat")


def test_unmarked_gets_the_stateful_mock(vimmerse_mock):
    assert vimmerse_mock.client.image.text_to_image(prompt="a cat").status == "success"
"""


def test_the_marker_replays_a_directory_in_a_users_project(tmp_path: Path) -> None:
    project = tmp_path / "project"
    record(project / "recordings")
    result = run(project, USER_TESTS)
    assert result.returncode == 0, result.output
    assert set(result.outcomes.values()) == {"passed"}, result.output
    refused = run(project, USER_TESTS, "--vimmerse-record")  # no VIMMERSE_API_KEY there
    assert refused.returncode == 4 and "set VIMMERSE_API_KEY" in refused.output


def test_vimmerse_record_records_the_marked_tests_from_the_api_again(tmp_path: Path) -> None:
    # The stateful mock as a process stands in for the real API.
    project = tmp_path / "project"
    record(project / "recordings")
    before = {p.name: p.read_bytes() for p in (project / "recordings").glob("*.json")}
    with mock_process(tmp_path / "api", "--key", f"{API_KEY}", "--duration", "image=0.3") as api:
        env = {"VIMMERSE_API_KEY": API_KEY, "VIMMERSE_BASE_URL": api}
        recorded = run(project, USER_TESTS, "--vimmerse-record", env=env)
    assert recorded.returncode == 1, recorded.output  # the unmatched test now gets its answer
    assert recorded.outcomes["test_not_recorded"] == "failed"
    assert recorded.outcomes["test_replayed"] == "passed"
    after = {p.name: p.read_bytes() for p in (project / "recordings").glob("*.json")}
    assert after != before
    # Recorded afresh once, then added to: each marked test's calls are there.
    sent = [json.loads(body)["request"]["body"].get("json", {}) for body in after.values()]
    assert sorted(b["prompt"] for b in sent if "prompt" in b) == ["a cat", "a fox"]
    for path in (project / "recordings").rglob("*"):
        assert not path.is_file() or API_KEY.encode() not in path.read_bytes(), path
