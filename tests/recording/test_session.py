"""Done when (issue 27): a session of the SDK and the CLI recorded through `vimmerse-mock
--record` from a local upstream, then replayed with the upstream stopped, gives the same
answers, the statuses in the same order and byte-identical files; no file of the
recording holds a key."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

import vimmerse
from demo.run import png
from tests.cli.conftest import CLEAN_ENV, Cli
from tests.mock.helpers import PNG
from tests.recording.helpers import Transcript, mock_process

DEV_KEY = "vimmerse-dev-key"
BROKE_KEY = "recording-test-key-without-credit"
UPSTREAM_FLAGS = (
    "--key", f"{BROKE_KEY}=0", "--duration", "image=0.4", "--duration", "media=0.8",
)  # fmt: skip


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def session(url: str, out: Path, cli: Cli) -> dict[str, Any]:
    """Upload, a generation polled to its end, its files, a media waited for and
    downloaded, a 402 and a 422, through the SDK; then the CLI's wait and download."""
    transcript = Transcript()
    http = httpx.Client(event_hooks={"response": [transcript.hook]}, timeout=30)
    client = vimmerse.Vimmerse(api_key=DEV_KEY, base_url=url, http_client=http)
    broke = vimmerse.Vimmerse(api_key=BROKE_KEY, base_url=url, http_client=http)
    errors = []
    client.image.upload(io.BytesIO(PNG))
    asset = client.image.text_to_image(prompt="a fox", wait=True)
    client.assets.download(asset, out / "sdk-assets")
    media = client.media.create(image_files=[PNG], prompt="walk")
    client.media.wait(media.id)
    client.media.download(media.id, out / "sdk-media" / "m.mp4")
    with pytest.raises(vimmerse.InsufficientCreditError) as paid:
        broke.image.text_to_image(prompt="a fox")
    errors.append(paid.value.status_code)
    with pytest.raises(vimmerse.UnprocessableEntityError) as invalid:
        client.image.text_to_image(prompt="a fox", quantity=99)
    errors.append(invalid.value.status_code)
    env = {**CLEAN_ENV, "VIMMERSE_BASE_URL": url, "VIMMERSE_API_KEY": DEV_KEY}
    picture = png(out / "in.png", 16, 9, 200, 30)
    printed = []
    for args in (
        ("image", "text-to-image", "--prompt", "a cat", "--wait", "--download",
         str(out / "cli-assets"), "--json"),
        ("media", "create", str(picture), "--prompt", "run", "--wait", "--download",
         str(out / "cli-media" / "c.mp4"), "--json"),
    ):  # fmt: skip
        result = cli(*args, env=env)
        assert result.exit_code == 0, result.output
        printed.append(json.loads(result.stdout))
    http.close()
    return {
        "answers": transcript.answers,
        "polls": transcript.polls(),
        "errors": errors,
        "printed": printed,
        "files": _files(out / "sdk-assets") | _files(out / "sdk-media"),
        "cli files": _files(out / "cli-assets") | _files(out / "cli-media"),
    }


@pytest.fixture
def poll_fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIMMERSE_POLL_INTERVAL", "0.1")


@pytest.mark.usefixtures("poll_fast")
@pytest.mark.parametrize("drift", [(), ("--drift", "7")], ids=["stateful", "drift-mode"])
def test_a_recorded_session_replays_the_same_with_the_upstream_stopped(
    tmp_path: Path, app: Any, drift: tuple[str, ...]
) -> None:
    recordings = tmp_path / "recordings"
    cli = Cli(app, CLEAN_ENV)
    with (
        mock_process(tmp_path / "upstream", *UPSTREAM_FLAGS, *drift) as upstream,
        mock_process(
            tmp_path / "recorder", "--record", upstream, "--recordings", str(recordings)
        ) as recorder,
    ):
        recorded = session(recorder, tmp_path / "first", cli)
    with mock_process(tmp_path / "replayer", "--replay", str(recordings)) as replayer:
        replayed = session(replayer, tmp_path / "second", cli)

    assert recorded["errors"] == replayed["errors"] == [402, 422]
    # A job read while it ran, then once done: the same lifecycle, in the same order.
    assert recorded["polls"] and replayed["polls"] == recorded["polls"]
    assert replayed["answers"] == recorded["answers"]
    assert recorded["files"] and replayed["files"] == recorded["files"]
    assert recorded["cli files"] and replayed["cli files"] == recorded["cli files"]
    for a, b in zip(recorded["printed"], replayed["printed"], strict=True):
        assert a.keys() == b.keys()
    written = [p for p in recordings.rglob("*") if p.is_file()]
    assert any(p.parent.name == "files" for p in written)  # result files stored beside
    for path in written:
        content = path.read_bytes()
        for key in (DEV_KEY, BROKE_KEY):
            assert key.encode() not in content, f"{key} in {path}"
    # The drift-mode upstream's answers are drift: reported as `vimmerse spec drift` does.
    check = [sys.executable, "-m", "vimmerse_mock", "--check-recordings", str(recordings)]
    found = subprocess.run(check, capture_output=True, text=True, check=False)
    assert found.returncode == (11 if drift else 0), found.stdout
