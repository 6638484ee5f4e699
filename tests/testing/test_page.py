"""The mock's web page at `/_mock/`, rendered by a real headless Chromium."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

import vimmerse
from devtools.prereqs import CHROMIUM, check_chromium
from vimmerse.models.asset import Asset
from vimmerse.testing import MockAPI

WINDOW = (1280, 1400)


def _chromium() -> str:
    found = next(filter(None, map(shutil.which, CHROMIUM)), None)
    assert found, "\n".join(check_chromium())
    return found


def _headless(profile: Path, *args: str) -> str:
    done = subprocess.run(
        [
            _chromium(),
            "--headless",
            "--no-sandbox",  # CI runs as root
            "--disable-gpu",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            f"--window-size={WINDOW[0]},{WINDOW[1]}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


@pytest.fixture(scope="module")
def busy_mock() -> Iterator[tuple[MockAPI, Asset, Asset]]:
    """A mock with a finished, a running and a failed job, a refusal and a webhook."""
    with MockAPI() as api:
        client = api.client
        done = client.image.text_to_image(
            prompt="a red fox", webhook_url=api.webhook_url, wait=True
        )
        api.set_duration("video", 600)
        running = client.video.reference_to_video(
            image_urls=[vimmerse.asset_url(done)], prompt="slow pan", async_mode=True
        )
        with pytest.raises(vimmerse.JobFailedError):
            client.image.text_to_image(prompt="MOCK_FAIL", wait=True)
        api.fail_next("refine_prompt", 402)
        with pytest.raises(vimmerse.InsufficientCreditError):
            client.text.refine_prompt(prompt="x")
        assert api.webhooks
        yield api, done, running


def test_the_page_lists_jobs_credits_requests_and_webhooks(
    busy_mock: tuple[MockAPI, Asset, Asset], tmp_path: Path
) -> None:
    api, done, running = busy_mock
    dom = _headless(tmp_path / "profile", "--dump-dom", api.base_url + "/_mock/")
    assert f"<code>{done.id}</code>" in dom and f"<code>{running.id}</code>" in dom
    for state in ("success", "processing", "fail"):
        assert f'class="{state}"' in dom
    assert f'<img src="/files/assets/{done.id}/0.png?t=' in dom  # a thumbnail, its URL signed
    assert "refund" in dom and "charge" in dom  # the ledger
    assert "refine_prompt" in dom and ">402<" in dom  # the journal
    assert "webhook-sink" in dom and ">done<" in dom  # the delivery
    assert api.api_key not in dom


def test_a_screenshot_shows_the_page_rendered(
    busy_mock: tuple[MockAPI, Asset, Asset], tmp_path: Path
) -> None:
    api, _, _ = busy_mock
    shot = tmp_path / "mock-page.png"
    _headless(tmp_path / "profile", f"--screenshot={shot}", api.base_url + "/_mock/")
    with Image.open(shot) as picture:
        assert picture.size == WINDOW
        colours = picture.convert("RGB").getcolors(maxcolors=1_000_000) or []
    # Text, table rules and a thumbnail: far more than a blank or error page's colours.
    assert len(colours) > 200
    keep = Path(__file__).parent.parent.parent / ".vimmerse-mock" / "mock-page.png"
    keep.parent.mkdir(exist_ok=True)
    shutil.copy(shot, keep)  # left for a person to look at
