"""Jobs move from processing to success/fail on the (fake) clock; media progress to 100."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from tests.mock.helpers import AUTH, LOCAL, SPEC, T2I, app_of, asset_path, make_client, validate
from vimmerse_mock.jobs import FakeClock, new_id

ASSET = SPEC.schema("Asset")
MEDIA = SPEC.schema("Media")


def _get(client: TestClient, asset_id: str) -> dict[str, Any]:
    response = client.get(asset_path(asset_id), headers=AUTH)
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    validate(ASSET, body)
    return body


def test_async_asset_is_processing_then_success(client: TestClient, clock: FakeClock) -> None:
    duration = app_of(client).settings.duration("image")
    created = client.post(T2I, json={"prompt": "a cat", "async_mode": True}, headers=AUTH).json()
    assert created["status"] == "processing" and created["results"] == []
    clock.advance(duration - 0.01)
    assert _get(client, created["id"])["status"] == "processing"
    clock.advance(0.02)
    done = _get(client, created["id"])
    assert done["status"] == "success"
    assert len(done["results"]) == 1 and done["results"][0].startswith(LOCAL + "/files/")
    assert done["updated_at"] > done["created_at"]


def test_sync_call_answers_when_the_job_is_done(client: TestClient, clock: FakeClock) -> None:
    start = clock.now()
    body = client.post(T2I, json={"prompt": "p"}, headers=AUTH).json()
    assert body["status"] == "success" and body["results"]
    # The call waited the job's duration on the clock (the fake clock moves instead).
    assert clock.now() - start >= app_of(client).settings.duration("image")
    video = client.post(
        "/v2/video/reference-to-video",
        json={"image_urls": ["u"], "async_mode": False},
        headers=AUTH,
    ).json()
    assert video["status"] == "success" and video["mime_type"] == "video/mp4"


def test_magic_word_fails_the_job_and_refunds(client: TestClient, clock: FakeClock) -> None:
    before = client.get("/_mock/credits", headers=AUTH).json()["balance"]
    body = client.post(
        T2I,
        json={"prompt": "please mock_fail now", "async_mode": True},
        headers=AUTH,
    ).json()
    assert body["status"] == "processing"
    clock.advance(3600)
    done = _get(client, body["id"])
    assert done["status"] == "fail" and done["results"] == []
    credits = client.get("/_mock/credits", headers=AUTH).json()
    assert credits["balance"] == before
    assert [e["reason"] for e in credits["ledger"]] == ["charge", "refund"]
    # A failed asset's result URL does not exist.
    assert client.get(f"/files/assets/{body['id']}/0.png").status_code == 404


def test_failure_rate_is_seeded(tmp_path: Path) -> None:
    def outcomes(seed: int) -> list[str]:
        clock = FakeClock()
        with make_client(tmp_path / str(seed), clock, failure_rate=0.5, seed=seed) as c:
            ids = [
                c.post(T2I, json={"async_mode": True}, headers=AUTH).json()["id"] for _ in range(30)
            ]
            clock.advance(3600)
            return [c.get(asset_path(i), headers=AUTH).json()["status"] for i in ids]

    found = outcomes(1)
    assert {"success", "fail"} == set(found), "a 50% rate gives both outcomes in 30 jobs"


def test_media_progress_climbs_to_100(client: TestClient, clock: FakeClock) -> None:
    created = client.post("/media/prompt", json={"title": "t"}, headers=AUTH).json()["data"]
    validate(MEDIA, created)
    media_id = created["id"]
    assert created["progress_percentage"] == 0 and created["processing_status"] == "queue_bullet"
    seen = []
    for _ in range(12):
        status = client.get(f"/media/{media_id}/processing-status", headers=AUTH).json()["data"]
        seen.append(int(status["progress_percentage"]))
        clock.advance(1)
    assert seen == sorted(seen), "progress never goes back"
    assert seen[-1] == 100 and 0 < seen[3] < 100
    final = client.get(f"/media/{media_id}/processing-status", headers=AUTH).json()["data"]
    assert final == {"progress_percentage": "100", "processing_status": "success"}
    got = client.get(f"/media/{media_id}", headers=AUTH).json()
    media = got["data"]["data"]  # the docs' twice-wrapped shape
    validate(MEDIA, media)
    assert media["bullet_version"] == "1" and len(media["video_history"]) == 1
    assert media["result"] and media["duration_time"] == "5.0"


def test_edit_resubmits_only_when_a_generation_field_changes(
    client: TestClient, clock: FakeClock
) -> None:
    media_id = client.post("/media/prompt", json={}, headers=AUTH).json()["data"]["id"]
    clock.advance(3600)
    balance = client.get("/_mock/credits", headers=AUTH).json()["balance"]

    edited = client.put(
        f"/media/{media_id}/edit", data={"title": "New", "rating": "5"}, headers=AUTH
    ).json()["data"]
    assert edited["title"] == "New" and edited["processing_status"] == "success"
    assert client.get("/_mock/credits", headers=AUTH).json()["balance"] == balance

    # Same value as now: no resubmission either.
    same = client.put(f"/media/{media_id}/edit", data={"quantity": "1"}, headers=AUTH).json()
    assert same["data"]["processing_status"] == "success"

    resubmitted = client.put(
        f"/media/{media_id}/edit",
        data={"prompt": "a bunny", "duration": "9"},
        headers=AUTH,
    ).json()["data"]
    assert resubmitted["processing_status"] == "queue_bullet"
    assert "Prompt=a bunny" in resubmitted["pose_preset"]["Params"]
    assert client.get("/_mock/credits", headers=AUTH).json()["balance"] < balance
    clock.advance(3600)
    media = client.get(f"/media/{media_id}", headers=AUTH).json()["data"]["data"]
    assert media["bullet_version"] == "2" and media["duration_time"] == "9.0"


def test_process_resubmits_and_charges(client: TestClient, clock: FakeClock) -> None:
    media_id = client.post("/media/prompt", json={}, headers=AUTH).json()["data"]["id"]
    clock.advance(3600)
    ledger = client.get("/_mock/credits", headers=AUTH).json()["ledger"]
    response = client.post(f"/media/{media_id}/process", headers=AUTH)
    assert response.json() == {"data": {}}
    assert len(client.get("/_mock/credits", headers=AUTH).json()["ledger"]) == len(ledger) + 1
    status = client.get(f"/media/{media_id}/processing-status", headers=AUTH).json()["data"]
    assert status["processing_status"] == "queue_bullet"


def test_download_waits_for_the_first_result(client: TestClient, clock: FakeClock) -> None:
    media_id = client.post("/media/prompt", json={}, headers=AUTH).json()["data"]["id"]
    early = client.get(f"/media/{media_id}/download", headers=AUTH)
    assert early.status_code == 400 and early.json() == {"message": "MEDIA_NOT_READY"}
    clock.advance(3600)
    ok = client.get(
        f"/media/{media_id}/download?object_type=bullet_video_mp4&motion_type=Auto1", headers=AUTH
    )
    assert ok.status_code == 200 and ok.headers["content-type"] == "video/mp4"
    gif = client.get(f"/media/{media_id}/download?object_type=bullet_video_gif", headers=AUTH)
    assert gif.status_code == 200 and gif.content[:6] == b"GIF89a"
    odd = client.get(f"/media/{media_id}/download?object_type=hologram", headers=AUTH)
    assert odd.status_code == 200 and odd.headers["content-type"] == "video/mp4"
    # Digits that are not ASCII (a superscript one, found by the fuzzer) pick the first video.
    for motion in ("Auto\u00b9", "\u0663", "Auto\uff12"):
        other = client.get(
            f"/media/{media_id}/download", params={"motion_type": motion}, headers=AUTH
        )
        assert other.status_code == 200 and other.content == ok.content, motion
    # No uploaded source files on a prompt media.
    assert (
        client.get(f"/media/{media_id}/download?object_type=source", headers=AUTH).status_code
        == 404
    )


def test_failed_media_ends_at_100_with_fail(client: TestClient, clock: FakeClock) -> None:
    media = client.post("/media", data={"prompt": "MOCK_FAIL please"}, headers=AUTH).json()["data"]
    clock.advance(3600)
    status = client.get(f"/media/{media['id']}/processing-status", headers=AUTH).json()["data"]
    assert status == {"progress_percentage": "100", "processing_status": "fail"}
    response = client.get(f"/media/{media['id']}/download", headers=AUTH)
    assert response.json() == {"message": "MEDIA_FAILED"}


def test_job_ids_are_random_version_4_uuids() -> None:
    ids = [new_id() for _ in range(200)]
    assert len(set(ids)) == len(ids)
    for text in ids:
        parsed = uuid.UUID(text)
        assert (str(parsed), parsed.version, parsed.variant) == (text, 4, uuid.RFC_4122)
