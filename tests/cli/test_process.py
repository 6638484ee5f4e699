"""The installed `vimmerse` console script as a real process against the stateful mock:
what a user at a shell gets, exit codes and files included."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Mapping
from pathlib import Path

from demo.mock_process import vimmerse_command
from demo.run import png
from tests.cli.helpers import BROKE_KEY, DEV_KEY, assert_one_line_error, is_mp4, is_png
from vimmerse_core.cli._exits import Exit


def vimmerse(
    *args: str, mock_url: str, cwd: Path, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("VIMMERSE_")}
    return subprocess.run(
        [*vimmerse_command(), *args],
        env={
            **clean,
            "VIMMERSE_BASE_URL": mock_url,
            "VIMMERSE_API_KEY": DEV_KEY,
            "VIMMERSE_POLL_INTERVAL": "0.1",
            **(env or {}),
        },
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_session_at_the_shell_leaves_real_files(mock_url: str, tmp_path: Path) -> None:
    start = png(tmp_path / "start.png", 32, 18, 10, 200)
    end = png(tmp_path / "end.png", 32, 18, 200, 10)

    upload = vimmerse("image", "upload", "start.png", "--json", mock_url=mock_url, cwd=tmp_path)
    assert upload.returncode == 0, upload.stderr
    url = json.loads(upload.stdout)["results"][0]

    image = vimmerse(
        "image", "image-to-image", "--image-url", url, "--wait", "--download", "images",
        mock_url=mock_url, cwd=tmp_path,
    )  # fmt: skip
    assert image.returncode == 0, image.stderr
    assert "100%" in image.stderr
    [picture] = list((tmp_path / "images").iterdir())
    assert is_png(picture)

    media = vimmerse(
        "media", "create", start.name, end.name, "--download", "video", "--json",
        mock_url=mock_url, cwd=tmp_path,
    )  # fmt: skip
    assert media.returncode == 0, media.stderr
    answer = json.loads(media.stdout)
    assert answer["progress_percentage"] == 100
    [video] = [tmp_path / p for p in answer["downloaded"]]
    assert is_mp4(video)


def test_errors_at_the_shell_are_one_line_with_their_exit_code(
    mock_url: str, tmp_path: Path
) -> None:
    broke = vimmerse(
        "image", "text-to-image", "--prompt", "x",
        mock_url=mock_url, cwd=tmp_path, env={"VIMMERSE_API_KEY": BROKE_KEY},
    )  # fmt: skip
    assert broke.returncode == Exit.CREDITS
    assert_one_line_error(broke.stderr, "402")
    assert broke.stdout == ""

    choice = vimmerse(
        "image", "edit", "--image-url", "u", "--option", "Blur", mock_url=mock_url, cwd=tmp_path
    )
    assert choice.returncode == Exit.USAGE
    assert_one_line_error(choice.stderr, "'Blur' is not one of")

    missing = vimmerse("image", "upload", "nothing-here.png", mock_url=mock_url, cwd=tmp_path)
    assert missing.returncode == Exit.USAGE
    assert_one_line_error(missing.stderr, "nothing-here.png")

    keyless = vimmerse(
        "assets", "get", "a1", mock_url=mock_url, cwd=tmp_path, env={"VIMMERSE_API_KEY": ""}
    )
    assert keyless.returncode == Exit.AUTHENTICATION
    assert_one_line_error(keyless.stderr, "no API key")
