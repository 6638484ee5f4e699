"""The stateful mock restarted in the middle of a job (SQLite file database): the job, its
webhook and its files are all there afterwards, and the SDK's `wait` returns the result.

A dedicated server: its jobs must outlast a restart, so they are slower than the session
mock's, and stopping it must not disturb the other tests.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from devtools.receiver import receiver
from tests.e2e.support import (
    FAST_POLL,
    KEY,
    READY_PATH,
    STATEFUL,
    Target,
    start_stateful,
    sync_client,
)
from tests.e2e.test_flows import check_mp4, check_pngs
from vimmerse import APIConnectionError, webhooks

JOB_SECONDS = 4.0  # longer than a stop and a start of the mock


def test_jobs_survive_a_restart(tmp_path: Path, e2e_logs: Path) -> None:
    data_dir = tmp_path / "data"  # the database is the default file <data_dir>/mock.sqlite3
    server = start_stateful(
        e2e_logs, data_dir, dict.fromkeys(("image", "video", "media"), JOB_SECONDS)
    )
    target = Target(STATEFUL, server, KEY)
    try:
        with receiver() as hooks, sync_client(target) as client:
            media = client.media.create_from_prompt(title="e2e restart", webhook_url=hooks.url)
            asset = client.image.text_to_image(prompt="e2e restart", async_mode=True)
            assert int(str(client.media.get_processing_status(media.id).progress_percentage)) < 100
            assert client.assets.get(asset.id).status == "processing"

            server.stop()
            stopped_at = datetime.now(UTC)
            with pytest.raises(APIConnectionError):
                client.assets.get(asset.id)  # nothing listens: the mock is really down
            server.start(READY_PATH)
            assert (data_dir / "mock.sqlite3").is_file()

            done = client.media.wait(media.id, poll_interval=FAST_POLL, max_wait_seconds=30)
            assert done.id == media.id and done.title == "e2e restart"
            assert done.processing_status == "success"
            finished = client.assets.wait(asset.id, poll_interval=FAST_POLL, max_wait_seconds=30)
            assert finished.status == "success"
            # Both were still running when the server went down.
            assert datetime.fromisoformat(str(done.updated_at)) > stopped_at
            assert finished.updated_at and finished.updated_at > stopped_at

            payload = webhooks.parse(hooks.next_call(timeout=30)["body"])
            assert (payload.media_id, payload.status) == (media.id, "success")
            check_mp4(client.media.download(media.id, tmp_path / "after.mp4"), "16:9")
            check_pngs(client.assets.download(finished, tmp_path / "images"), 1, "16:9")
    finally:
        server.stop()
