"""The CLI against the stateful mock, in process (typer's CliRunner): the JSON it prints,
waiting with progress, downloads, and one exit code per class of API failure."""

from __future__ import annotations

import json
import os
import re
import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from demo.run import png
from tests.cli.conftest import Cli
from tests.cli.helpers import (
    BROKE_KEY,
    assert_one_line_error,
    is_mp4,
    is_png,
)
from vimmerse_core.cli._exits import Exit


def _png(tmp_path: Path, name: str = "in.png") -> Path:
    return png(tmp_path / name, 16, 9, 200, 30)


def _json(cli: Cli, *args: str) -> Any:
    result = cli(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _upload(cli: Cli, tmp_path: Path) -> str:
    asset = _json(cli, "image", "upload", str(_png(tmp_path)))
    url = asset["results"][0]
    assert isinstance(url, str)
    return url


def test_upload_prints_the_asset_as_json(mock_cli: Cli, tmp_path: Path) -> None:
    asset = _json(mock_cli, "image", "upload", str(_png(tmp_path)))
    assert asset["status"] == "success"
    assert asset["app_name"] == "upload-image"
    assert isinstance(asset["id"], str) and asset["id"]
    [url] = asset["results"]
    assert url.startswith(mock_cli.env["VIMMERSE_BASE_URL"] or "?")
    assert urlsplit(url).path.endswith("/in.png")


def test_wait_follows_the_asset_to_success(mock_cli: Cli, tmp_path: Path) -> None:
    url = _upload(mock_cli, tmp_path)
    result = mock_cli(
        "image", "image-to-image", "--image-url", url, "--prompt", "ink", "--wait", "--json"
    )
    assert result.exit_code == 0, result.output
    asset = json.loads(result.stdout)
    assert asset["status"] == "success"
    assert asset["args"]["async_mode"] is True  # --wait asked for an immediate answer
    assert f"asset {asset['id']}" in result.stderr and "100%" in result.stderr


def test_without_wait_an_async_job_answers_processing(mock_cli: Cli, tmp_path: Path) -> None:
    url = _upload(mock_cli, tmp_path)
    asset = _json(mock_cli, "video", "crop", "--video-url", url)  # async_mode defaults to true
    assert asset["status"] == "processing"
    done = _json(mock_cli, "assets", "wait", asset["id"])
    assert done["status"] == "success"


def test_download_leaves_a_valid_image(mock_cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = mock_cli(
        "image", "text-to-image", "--prompt", "a fox", "--download", str(out), "--json"
    )
    assert result.exit_code == 0, result.output
    asset = json.loads(result.stdout)
    [saved] = [Path(p) for p in asset["downloaded"]]
    assert saved.parent == out and is_png(saved)
    assert sorted(out.iterdir()) == [saved]
    again = _json(mock_cli, "assets", "download", asset["id"], str(tmp_path / "again"))
    assert [Path(p).read_bytes() for p in again["downloaded"]] == [saved.read_bytes()]


def test_media_from_two_images_reaches_100_and_downloads_an_mp4(
    mock_cli: Cli, tmp_path: Path
) -> None:
    start, end = _png(tmp_path, "start.png"), _png(tmp_path, "end.png")
    out = tmp_path / "video"
    result = mock_cli(
        "media", "create", str(start), str(end), "--prompt", "walk", "--download", str(out)
    )
    assert result.exit_code == 0, result.output
    assert "100%" in result.stderr
    [video] = list(out.iterdir())
    assert is_mp4(video) and video.suffix == ".mp4"
    assert f"saved {video}" in result.stdout
    assert "progress_percentage  100" in result.stdout


def test_media_download_command_streams_the_file(mock_cli: Cli, tmp_path: Path) -> None:
    media = _json(mock_cli, "media", "create", str(_png(tmp_path)), "--wait")
    target = tmp_path / "clip.mp4"
    result = mock_cli("media", "download", media["id"], str(target), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"downloaded": [str(target)]}
    assert is_mp4(target)


def test_text_answers_print_the_text(mock_cli: Cli) -> None:
    result = mock_cli("text", "refine-prompt", "--prompt", "a fox")
    assert result.exit_code == 0
    assert result.stdout.strip() and not result.stdout.startswith("{")
    assert isinstance(_json(mock_cli, "text", "refine-prompt", "--prompt", "a fox"), str)


def test_credit_estimate(mock_cli: Cli) -> None:
    estimate = _json(
        mock_cli, "image", "estimate-credits", "--option", "NanoBanana", "--quantity", "3"
    )
    assert estimate["breakdown"]["quantity"] == 3
    assert estimate["total_credits"] == 3 * estimate["breakdown"]["per_image"]


def test_insufficient_credit_exits_4(mock_cli: Cli) -> None:
    result = mock_cli(
        "image", "text-to-image", "--prompt", "x", env={"VIMMERSE_API_KEY": BROKE_KEY}
    )
    assert result.exit_code == Exit.CREDITS
    assert_one_line_error(result.stderr, "not enough credit", "402")
    assert BROKE_KEY not in result.output


def test_wrong_key_exits_3(mock_cli: Cli) -> None:
    result = mock_cli(
        "image", "text-to-image", "--prompt", "x", env={"VIMMERSE_API_KEY": "wrong-key-123"}
    )
    assert result.exit_code == Exit.AUTHENTICATION
    assert_one_line_error(result.stderr, "authentication failed", "401")


def test_a_request_the_api_rejects_exits_5(mock_cli: Cli, tmp_path: Path) -> None:
    # What only the API (the mock) can check: the upload's content. (A number out of the
    # spec's range never reaches it: tests/cli/test_teaching.py.)
    text = tmp_path / "notes.png"
    text.write_text("not an image", encoding="utf-8")
    result = mock_cli("image", "upload", str(text))
    assert result.exit_code == Exit.VALIDATION
    assert_one_line_error(result.stderr, "request rejected", "422", "not an image")


def test_unknown_asset_exits_9(mock_cli: Cli) -> None:
    result = mock_cli("assets", "get", "no-such-asset")
    assert result.exit_code == Exit.NOT_FOUND
    assert_one_line_error(result.stderr, "not found", "404")


def test_a_failed_job_exits_7(mock_cli: Cli) -> None:
    result = mock_cli("image", "text-to-image", "--prompt", "MOCK_FAIL", "--wait")
    assert result.exit_code == Exit.JOB_FAILED
    assert_one_line_error(result.stderr, "job failed", "'fail'")


def test_giving_up_waiting_exits_8_with_the_id_to_resume(mock_cli: Cli, tmp_path: Path) -> None:
    result = mock_cli("--wait-timeout", "0", "media", "create", str(_png(tmp_path)), "--wait")
    assert result.exit_code == Exit.WAIT_TIMEOUT
    assert_one_line_error(result.stderr, "gave up after 0 s waiting for media ")
    [media_id] = re.findall(r"resume with `vimmerse media wait (\S+)`", result.stderr)
    assert result.stderr.lower().count("gave up") == 1  # said once, not twice over
    resumed = _json(mock_cli, "media", "wait", media_id)
    assert resumed["id"] == media_id and resumed["progress_percentage"] == 100


def test_media_download_never_overwrites_and_a_slash_means_a_folder(
    mock_cli: Cli, tmp_path: Path
) -> None:
    media = _json(mock_cli, "media", "create", str(_png(tmp_path)), "--wait")
    target = tmp_path / "clip.mp4"
    target.write_bytes(b"mine")
    again = _json(mock_cli, "media", "download", media["id"], str(target))
    [saved] = [Path(p) for p in again["downloaded"]]
    assert saved == tmp_path / "clip-1.mp4" and is_mp4(saved)
    assert target.read_bytes() == b"mine"
    folder = _json(mock_cli, "media", "download", media["id"], f"{tmp_path / 'o3'}/")
    [inside] = [Path(p) for p in folder["downloaded"]]
    assert inside.parent == tmp_path / "o3" and media["id"] in inside.name and is_mp4(inside)


def test_an_upload_from_a_pipe_arrives_whole(mock_cli: Cli, tmp_path: Path) -> None:
    # A named pipe cannot seek and fstat says 0 bytes: sent chunked, with the head sniffed.
    data = _png(tmp_path).read_bytes()
    pipe = tmp_path / "in.png"
    pipe.unlink()
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_bytes, args=(data,))
    writer.start()
    try:
        asset = _json(mock_cli, "image", "upload", str(pipe))
    finally:
        if writer.is_alive():  # the CLI never opened the pipe: let the writer's open return
            os.close(os.open(pipe, os.O_RDONLY | os.O_NONBLOCK))
        writer.join()
    copy = _json(mock_cli, "assets", "download", asset["id"], str(tmp_path / "copy"))
    assert [Path(p).read_bytes() for p in copy["downloaded"]] == [data]
