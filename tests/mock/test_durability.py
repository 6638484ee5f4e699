"""A full disk or database: a 507 with Retry-After that charges nothing, no file half
written under its final name, and the temporary files a crash left removed at start-up.

The disk fills through the mock's own fault (`disk_free`, `POST /_mock/disk`): its
files' writer raises ENOSPC past the budget, and SQLite's `max_page_count` makes the
database answer "database or disk is full", as a real full disk would.
"""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from tests.mock.helpers import AUTH, SPEC, T2I, app_of, asset_path, make_client, request_for
from vimmerse_mock.disk import TMP_PREFIX, Budget, storage_full, write_atomically
from vimmerse_mock.files import Files
from vimmerse_mock.jobs import FakeClock
from vimmerse_mock.roles import role_of

UPLOAD = next(op for op in SPEC.operations if role_of(op).name == "upload")


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def _is_507(answer: object) -> None:
    status = getattr(answer, "status_code", None)
    assert status == 507, getattr(answer, "text", answer)
    assert answer.json() == {"message": "INSUFFICIENT_STORAGE"}  # type: ignore[attr-defined]
    assert int(answer.headers["retry-after"]) >= 1  # type: ignore[attr-defined]


def test_an_upload_on_a_full_disk_is_a_507_and_leaves_nothing(client: TestClient) -> None:
    app = app_of(client)
    app.set_disk_free(10)
    _is_507(client.request(**request_for(UPLOAD)))
    assert _files(app.files.root / "uploads") == [], "no partial file, no temporary file"
    assert client.get("/_mock/credits", headers=AUTH).json()["ledger"] == []
    app.set_disk_free(None)
    assert client.request(**request_for(UPLOAD)).status_code == 200, "room again: it works"


def test_a_result_on_a_full_disk_is_a_507_then_whole(client: TestClient, clock: FakeClock) -> None:
    job = client.post(T2I, json={"prompt": "x"}, headers=AUTH).json()
    clock.advance(3600)
    url = client.get(asset_path(job["id"]), headers=AUTH).json()["results"][0]
    app = app_of(client)
    client.post("/_mock/disk", json={"free": 100})
    _is_507(client.get(url))
    assert _files(app.files.root / "generated") == []
    client.post("/_mock/disk", json={"free": None})
    whole = client.get(url)
    assert whole.status_code == 200 and whole.content.startswith(b"\x89PNG")


def test_a_full_database_is_a_507_that_charges_nothing(client: TestClient) -> None:
    app = app_of(client)
    before = client.get("/_mock/credits", headers=AUTH).json()
    app.set_disk_free(0)
    # A prompt larger than a page: the job's document needs pages the database cannot add.
    _is_507(client.post(T2I, json={"prompt": "x" * 50_000}, headers=AUTH))
    app.set_disk_free(None)
    assert client.get("/_mock/credits", headers=AUTH).json() == before
    assert app.store.count("asset") == 0


def test_a_failed_write_removes_its_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "result.bin"
    target.write_bytes(b"old")
    with pytest.raises(OSError) as raised:
        write_atomically(target, [b"a" * 1000, b"b" * 1000], Budget(1500))
    assert raised.value.errno == errno.ENOSPC and storage_full(raised.value)
    assert [p.name for p in tmp_path.iterdir()] == ["result.bin"]
    assert target.read_bytes() == b"old", "the final name is never half written"


def test_an_upload_cut_by_a_full_disk_leaves_no_folder(tmp_path: Path) -> None:
    files = Files(tmp_path)
    files.disk_free = 655_360
    with pytest.raises(OSError):
        files.save_upload(io.BytesIO(b"x" * 716_808), "big.png")
    assert _files(tmp_path) == [] and list((tmp_path / "uploads").iterdir()) == []


def test_start_up_removes_the_temporary_files_their_writers_left(tmp_path: Path) -> None:
    root = tmp_path / "data"
    with make_client(tmp_path):
        pass
    generated = root / "files" / "generated"
    dead = generated / f"{TMP_PREFIX}999999999-abc"  # above any pid this machine gives
    legacy = generated / f"{TMP_PREFIX}k2j3h4"  # an older mock's name: no pid at all
    alive = generated / f"{TMP_PREFIX}{os.getppid()}-abc"  # a live worker still writing
    for tmp in (dead, legacy, alive):
        tmp.write_bytes(b"half")
    with make_client(tmp_path):
        pass
    assert not dead.exists() and not legacy.exists()
    assert alive.exists()


@pytest.mark.parametrize(
    ("exc", "full"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), True),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), True),
        (OSError(errno.EACCES, "Permission denied"), False),
        (ValueError("database or disk is full"), False),
    ],
)
def test_what_counts_as_a_full_disk(exc: BaseException, full: bool) -> None:
    assert storage_full(exc) is full
