"""Recorded answers are checked against the spec: a recording of the drift-mode mock is
reported as `vimmerse spec drift` reports (exit code 11, `--json`, patch hints), a
recording of the stateful mock as it is."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.recording.inprocess import asset_path, client, generate_path, recorder, stateful
from vimmerse_mock.control import VirtualClock

pytestmark = pytest.mark.anyio


async def _record(tmp_path: Path, **settings: object) -> Path:
    directory, clock = tmp_path / "rec", VirtualClock()
    upstream = stateful(tmp_path, clock, **settings)
    async with client(recorder(upstream, directory, clock)) as http:
        job = (
            await http.post(generate_path(), json={"prompt": "a fox", "async_mode": True})
        ).json()
        clock.advance(600)
        await http.get(asset_path(job["id"]))
    return directory


def _check(directory: Path) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-m", "vimmerse_mock", "--check-recordings", str(directory), "--json"]
    return subprocess.run(argv, capture_output=True, text=True, check=False)


async def test_drift_recorded_from_the_drift_mode_mock_exits_11(tmp_path: Path) -> None:
    found = _check(await _record(tmp_path, drift=7))
    assert found.returncode == 11, found.stderr
    report = json.loads(found.stdout)
    assert report["drift"] is True
    kinds = {f["kind"] for op in report["operations"] for f in op["findings"]}
    assert {"field_added", "enum_value_added"} & kinds
    assert report["patch"]  # the mechanical fixes, as JSON Patch


async def test_a_recording_of_the_stateful_mock_has_no_drift(tmp_path: Path) -> None:
    found = _check(await _record(tmp_path))
    assert found.returncode == 0, found.stdout
    assert json.loads(found.stdout)["drift"] is False
