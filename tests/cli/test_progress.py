"""The progress bars on stderr: what the last frame of a finished download shows."""

from __future__ import annotations

import pytest

from vimmerse_core.cli._progress import download_bars


@pytest.mark.parametrize("total", [None, 2000])
def test_a_finished_small_download_ends_without_a_stray_question_mark(
    capsys: pytest.CaptureFixture[str], total: int | None
) -> None:
    with download_bars("asset a1") as bars:
        bars(1000, total)
        bars(2000, total)
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert "2.0/2.0 kB" in last
    assert "?" not in last
