"""Answers from a newer server: enum values, fields and omissions the spec lacks parse, keep
their data and give it back in ``to_dict()``; ``wait()`` runs on through unknown statuses."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest
import respx

from tests.sdk.helpers import FakeTime
from vimmerse import AsyncVimmerse, JobFailedError, JobProgress, Vimmerse
from vimmerse._client import SURFACE
from vimmerse.models.asset import Asset
from vimmerse.models.asset_status import check_asset_status, parse_asset_status
from vimmerse.models.media import Media

# What a newer server might answer: a status and fields the spec lacks, an explicit null,
# nested models with their own unknowns, and most optional fields left out.
NEWER_ASSET: dict[str, Any] = {
    "id": "a1",
    "status": "queued",
    "seed": 42,
    "primary_user_id": None,
    "mime_type": None,
    "credits": 2.5,
    "created_at": "2025-04-01T18:57:37.355064+00:00",
    "args": {"prompt": "fox", "new_knob": [1, 2]},
    "history": [{"status": "archived", "note": None, "extra": {"deep": True}}],
}

NEWER_MEDIA: dict[str, Any] = {
    "id": "m1",
    "is_transition": "Maybe",
    "processing_status": "rendering",
    "submit_params": {"pipeline_preset": "Turbo", "sound_effects": None, "gpu": "h100"},
    "pose_preset": [{"MotionType": "Orbit", "Strength": 3}],
    "file_map": [{"FileType": "Hologram", "FileName": "a.glb"}],
    "brand_new": {"x": 1},
}


def asset(status: str, **extra: Any) -> httpx.Response:
    return httpx.Response(200, json={**NEWER_ASSET, "status": status, **extra})


def check_newer_asset(got: Asset) -> None:
    assert got.status == "queued"
    assert got["seed"] == 42 and got.additional_keys == ["seed"]
    assert got.results is None and got.customer_id is None  # left out: None, not Unset
    assert got.primary_user_id is None
    assert got.credits == 2.5
    assert got.args is not None and got.args["new_knob"] == [1, 2]
    assert len(got.results or []) == 0  # typed `list[str] | None`: mypy accepts this
    assert got.to_dict() == NEWER_ASSET  # absent stays absent, null stays null, nested too
    assert "Unset" not in repr(got) and "UNSET" not in repr(got)


def test_get_keeps_what_the_spec_lacks(client: Vimmerse, api: respx.MockRouter) -> None:
    original = copy.deepcopy(NEWER_ASSET)
    api.get("/asset/a1").mock(return_value=httpx.Response(200, json=NEWER_ASSET))
    check_newer_asset(client.assets.get("a1"))
    assert original == NEWER_ASSET  # parsing took nothing from the caller's data


def test_raw_parse_keeps_what_the_spec_lacks(client: Vimmerse, api: respx.MockRouter) -> None:
    api.get("/asset/a1").mock(return_value=httpx.Response(200, json=NEWER_ASSET))
    raw = client.with_raw_response.assets.get("a1")
    parsed = raw.parse()
    assert isinstance(parsed, Asset)
    check_newer_asset(parsed)


@pytest.mark.anyio
async def test_async_get_keeps_what_the_spec_lacks(
    async_client: AsyncVimmerse, api: respx.MockRouter
) -> None:
    api.get("/asset/a1").mock(return_value=httpx.Response(200, json=NEWER_ASSET))
    async with async_client:
        check_newer_asset(await async_client.assets.get("a1"))
        raw = await async_client.with_raw_response.assets.get("a1")
        parsed = raw.parse()
        assert isinstance(parsed, Asset)
        check_newer_asset(parsed)


def test_media_fields_typed_as_enums_accept_new_values(
    client: Vimmerse, api: respx.MockRouter
) -> None:
    api.get("/media/m1").mock(return_value=httpx.Response(200, json={"data": NEWER_MEDIA}))
    media = client.media.get("m1")
    assert isinstance(media, Media)
    assert media.is_transition == "Maybe"
    assert media.submit_params is not None and media.submit_params.pipeline_preset == "Turbo"
    assert media.title is None and media.result is None
    assert media.to_dict() == NEWER_MEDIA
    assert "Unset" not in repr(media)


def test_request_enums_stay_closed_and_answer_enums_open() -> None:
    with pytest.raises(TypeError):
        check_asset_status("queued")
    assert parse_asset_status("queued") == "queued"
    assert parse_asset_status("success") == "success"
    with pytest.raises(TypeError):  # a value of another type is drift of another kind
        parse_asset_status(None)


@pytest.mark.parametrize("sent", ["2025-04-01 18:57:37+00:00", "2025-04-01T18:57:37Z"])
def test_to_dict_gives_back_the_servers_spelling_of_a_date(sent: str) -> None:
    got = Asset.from_dict({"id": "a1", "status": "success", "updated_at": sent})
    assert got.updated_at is not None and got.updated_at.year == 2025
    assert got.to_dict()["updated_at"] == sent
    got.updated_at = got.updated_at.replace(year=2026)  # changed: printed from the value
    assert got.to_dict()["updated_at"] == "2026-04-01T18:57:37+00:00"


def test_a_model_made_by_hand_sends_only_what_was_set() -> None:
    made = Asset(id="a1", status="success", credits=1.0)
    assert made.to_dict() == {"id": "a1", "status": "success", "credits": 1.0}


# -- wait: any status the spec does not mark terminal is a job still running ---------------


def terminal(outcome: str) -> str:
    """A status the spec's x-vimmerse-terminal gives this outcome (done | failed)."""
    return next(s for s, o in sorted(SURFACE.job("asset")["terminal"].items()) if o == outcome)


def test_wait_polls_through_unknown_statuses_to_the_end(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    done = terminal("done")
    route = api.get("/asset/a1").mock(
        side_effect=[asset("queued"), asset("warming_up"), asset(done)]
    )
    seen: list[JobProgress[object]] = []
    got = client.assets.wait("a1", poll_interval=1.0, on_progress=seen.append)
    assert got.status == done and got["seed"] == 42
    assert route.call_count == 3
    assert [p.status for p in seen] == ["queued", "warming_up", done]


def test_wait_ends_on_a_failed_status_with_the_raw_answer(
    client: Vimmerse, api: respx.MockRouter
) -> None:
    api.get("/asset/a1").mock(side_effect=[asset("queued"), asset(terminal("failed"))])
    with pytest.raises(JobFailedError) as caught:
        client.assets.wait("a1")
    assert caught.value.job_id == "a1"
    assert isinstance(caught.value.result, Asset) and caught.value.result["seed"] == 42


@pytest.mark.parametrize("status,outcome", sorted(SURFACE.job("asset")["terminal"].items()))
def test_every_terminal_status_of_the_spec_ends_the_wait(
    client: Vimmerse, api: respx.MockRouter, status: str, outcome: str
) -> None:
    api.get("/asset/a1").mock(side_effect=[asset("queued"), asset(status)])
    if outcome == "failed":
        with pytest.raises(JobFailedError):
            client.assets.wait("a1")
    else:
        assert client.assets.wait("a1").status == status


@pytest.mark.anyio
async def test_async_wait_polls_through_unknown_statuses(
    async_client: AsyncVimmerse, api: respx.MockRouter
) -> None:
    done = terminal("done")
    api.get("/asset/a1").mock(side_effect=[asset("queued"), asset("later"), asset(done)])
    seen: list[str] = []
    async with async_client:
        got = await async_client.assets.wait("a1", on_progress=lambda p: seen.append(p.status))
    assert got.status == done and seen == ["queued", "later", done]


def media_status(percent: int, status: str) -> httpx.Response:
    return httpx.Response(
        200, json={"data": {"progress_percentage": percent, "processing_status": status}}
    )


def test_media_wait_runs_on_through_unknown_statuses(
    client: Vimmerse, api: respx.MockRouter
) -> None:
    done = next(s for s, o in SURFACE.job("media")["terminal"].items() if o == "done")
    api.get("/media/m1/processing-status").mock(
        side_effect=[
            media_status(10, "gpu_queue"),
            media_status(60, "rendering"),
            media_status(90, done),
        ]
    )
    api.get("/media/m1").mock(return_value=httpx.Response(200, json={"data": NEWER_MEDIA}))
    seen: list[str] = []
    media = client.media.wait("m1", on_progress=lambda p: seen.append(p.status))
    assert seen == ["gpu_queue", "rendering", done]
    assert media.to_dict() == NEWER_MEDIA


@pytest.mark.anyio
async def test_async_media_wait_runs_on_through_unknown_statuses(
    async_client: AsyncVimmerse, api: respx.MockRouter
) -> None:
    failed = next(s for s, o in SURFACE.job("media")["terminal"].items() if o == "failed")
    api.get("/media/m1/processing-status").mock(
        side_effect=[media_status(10, "gpu_queue"), media_status(40, failed)]
    )
    async with async_client:
        with pytest.raises(JobFailedError):
            await async_client.media.wait("m1")
