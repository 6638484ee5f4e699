"""vimmerse.testing in a user's project: the median time per test of the README's example
file (setup, call and teardown, from pytest's junit report), against the same checks
written the usual way today, each test stubbing httpx with respx and building its client.

Goal: at most 50 ms per test. The first test carries the session's mock start-up and the
last its shutdown; the median looks past both.
"""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path
from typing import Any

from bench.report import Row
from devtools import user_project

GOAL_MS = 50.0

# The README file's single-call checks, with respx standing in for the API.
RESPX_FILE = """
import pytest
import respx

import vimmerse

URL = "https://api.vimmerse.net"


def test_no_credit() -> None:
    with respx.mock(base_url=URL) as api:
        api.post("/v2/image/text-2-image").respond(402, json={"message": "INSUFFICIENT_CREDIT"})
        with vimmerse.Vimmerse(api_key="k") as client, pytest.raises(vimmerse.InsufficientCreditError):
            client.image.text_to_image(prompt="a fox")


def test_inpaint_needs_a_mask() -> None:
    body = {"detail": [{"loc": ["body", "mask_url"], "msg": "Field required", "type": "missing"}]}
    with respx.mock(base_url=URL) as api:
        api.post("/v2/image/edit-image").respond(422, json=body)
        with vimmerse.Vimmerse(api_key="k") as client:
            with pytest.raises(vimmerse.UnprocessableEntityError):
                client.image.edit(image_url="https://example.com/a.png", option="Inpaint")
"""


def run(repeats: int = 3) -> tuple[list[Row], dict[str, Any]]:
    kit: list[float] = []
    respx: list[float] = []
    details: dict[str, Any] = {"runs": []}
    with tempfile.TemporaryDirectory(prefix="vimmerse-bench-kit-") as tmp:
        for i in range(repeats):
            ours = user_project.run(Path(tmp) / f"kit{i}", user_project.readme_example())
            theirs = user_project.run(Path(tmp) / f"respx{i}", RESPX_FILE)
            for result in (ours, theirs):
                if result.returncode != 0:
                    raise RuntimeError(result.output[-2000:])
            kit.append(ours.median * 1000)
            respx.append(theirs.median * 1000)
            details["runs"].append({"kit": ours.seconds, "respx": theirs.seconds})
    value, baseline = statistics.median(kit), statistics.median(respx)
    row = Row(
        "testing kit",
        f"median per test of the README's example file ({repeats} runs)",
        value,
        "ms",
        "respx-stubbed tests",
        baseline,
        goal=f"<= {GOAL_MS:.0f} ms",
        met=value <= GOAL_MS,
    )
    return [row], details
