"""Recordings in the test kit: a session of `jobs` generations (each submitted async and
waited for) replayed by `MockAPI(recordings=...)` on its virtual clock, against the same
session on the stateful mock (`MockAPI()`), interleaved in one run.

Goal: the replayed session under 2 s. The recording is made once, in process, from the
stateful mock with jobs of 3 simulated seconds, polled every simulated second.
"""

from __future__ import annotations

import re
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import anyio
import httpx

from bench.report import Row
from vimmerse.testing import MockAPI
from vimmerse_core.spec.extensions import JOB
from vimmerse_mock.app import MockApp
from vimmerse_mock.control import VirtualClock
from vimmerse_mock.recording import Recorder, Recordings
from vimmerse_mock.settings import Settings
from vimmerse_mock.spec import Spec

GOAL_S = 2.0
_KEY = "vimmerse-dev-key"


async def _record(directory: Path, jobs: int) -> None:
    clock, spec = VirtualClock(), Spec.load()
    settings = Settings(data_dir=str(directory.parent / "upstream"), db=":memory:", webhook_poll=0)
    settings.durations["image"] = 3.0
    upstream = MockApp(settings, clock=clock, spec=spec)
    recorder = Recorder(
        "http://upstream",
        Recordings(directory),
        spec,
        clock=clock,
        transport=httpx.ASGITransport(app=upstream),
    )
    submit = spec.by_id["text_to_image"].path
    # The route that reads an asset job (x-vimmerse-job of kind asset), its id in the path.
    [read_op] = [op for op in spec.operations if (op.raw.get(JOB) or {}).get("kind") == "asset"]
    template = read_op.path
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=recorder),
        base_url="http://mock",
        headers={spec.api_key_header: _KEY},
    ) as http:
        for n in range(jobs):
            job = (await http.post(submit, json={"prompt": f"fox {n}", "async_mode": True})).json()
            while True:
                read = await http.get(re.sub(r"\{[^}]+\}", job["id"], template))
                if read.json()["status"] != "processing":
                    break
                clock.advance(1.0)


def _session(api: Any, jobs: int) -> float:
    started = time.perf_counter()
    for n in range(jobs):
        job = api.client.image.text_to_image(prompt=f"fox {n}", async_mode=True)
        if api.client.assets.wait(job.id).status != "success":
            raise RuntimeError(f"job {n} did not succeed")
    return time.perf_counter() - started


def run(jobs: int = 100, repeats: int = 3) -> tuple[list[Row], dict[str, Any]]:
    replayed: list[float] = []
    stateful: list[float] = []
    with tempfile.TemporaryDirectory(prefix="vimmerse-bench-replay-") as tmp:
        directory = Path(tmp) / "recordings"
        anyio.run(_record, directory, jobs)
        with MockAPI(recordings=directory) as replay, MockAPI(durations={"image": 3.0}) as mock:
            for _ in range(repeats):
                replay.reset()
                replayed.append(_session(replay, jobs))
                mock.reset()
                stateful.append(_session(mock, jobs))
    value, baseline = statistics.median(replayed), statistics.median(stateful)
    row = Row(
        "recordings",
        f"a replayed session of {jobs} jobs in the test kit ({repeats} runs)",
        value,
        "s",
        "the same session on the stateful mock",
        baseline,
        goal=f"< {GOAL_S:.0f} s",
        met=value < GOAL_S,
        note=f"replay {min(replayed):.2f}-{max(replayed):.2f} s, "
        f"stateful {min(stateful):.2f}-{max(stateful):.2f} s",
    )
    return [row], {"replayed": replayed, "stateful": stateful}
