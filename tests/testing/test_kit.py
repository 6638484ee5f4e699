"""vimmerse.testing: the `vimmerse_mock` fixture (from the package's pytest plugin) and
`MockAPI`, as a user's tests would use them."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from PIL import Image

import vimmerse
from tests.mock.helpers import MP4, PNG, aspect, parse_mp4, ratio
from vimmerse import asset_url
from vimmerse.testing import MockAPI


def _seconds(a: datetime | str, b: datetime | str) -> float:
    first = a if isinstance(a, datetime) else datetime.fromisoformat(a)
    second = b if isinstance(b, datetime) else datetime.fromisoformat(b)
    return (second - first).total_seconds()


def _detail(body: object) -> list[dict[str, Any]]:
    assert isinstance(body, dict)
    return list(body["detail"])


def test_the_fixture_starts_fresh(vimmerse_mock: MockAPI) -> None:
    client = vimmerse_mock.client
    asset = client.image.text_to_image(prompt="a fox", async_mode=True)
    vimmerse_mock.fail_next("text_to_image", 500)
    vimmerse_mock.set_credits(1)
    vimmerse_mock.reset()
    assert vimmerse_mock.requests() == []
    with pytest.raises(vimmerse.NotFoundError):
        vimmerse_mock.client.assets.get(asset.id)
    # The queued failure and the low balance are gone too.
    assert vimmerse_mock.client.image.text_to_image(prompt="a fox").status == "success"


def test_a_ten_minute_video_ends_on_the_virtual_clock(vimmerse_mock: MockAPI) -> None:
    vimmerse_mock.set_duration("video", 600)
    client = vimmerse_mock.client
    started = vimmerse_mock.now
    job = client.video.reference_to_video(
        image_urls=["https://example.com/a.png"], prompt="spin", async_mode=True
    )
    assert job.status == "processing"
    done = client.assets.wait(job)
    assert done.status == "success"
    assert _seconds(started, vimmerse_mock.now) >= 600
    assert isinstance(done.created_at, datetime) and isinstance(done.updated_at, datetime)
    assert _seconds(done.created_at, done.updated_at) == pytest.approx(600, abs=0.01)


def test_advance_finishes_a_job_for_any_client(vimmerse_mock: MockAPI) -> None:
    vimmerse_mock.set_duration("text_to_image", 300)
    plain = vimmerse.Vimmerse(api_key=vimmerse_mock.api_key, base_url=vimmerse_mock.base_url)
    with plain:
        job = plain.image.text_to_image(prompt="a fox", async_mode=True)
        vimmerse_mock.advance(299)
        assert plain.assets.get(job.id).status == "processing"
        vimmerse_mock.advance(1)
        assert plain.assets.get(job.id).status == "success"


def test_fail_next_answers_once_then_the_mock_works(vimmerse_mock: MockAPI) -> None:
    vimmerse_mock.fail_next("text_to_image", 402)
    with pytest.raises(vimmerse.InsufficientCreditError):
        vimmerse_mock.client.image.text_to_image(prompt="a fox")
    assert vimmerse_mock.client.image.text_to_image(prompt="a fox").status == "success"
    statuses = [r.status for r in vimmerse_mock.requests("text_to_image")]
    assert statuses == [402, 200]


def test_fail_next_with_a_body_and_times(vimmerse_mock: MockAPI) -> None:
    vimmerse_mock.fail_next("refine_prompt", 400, body={"message": "BAD_PROMPT"}, times=2)
    for _ in range(2):
        with pytest.raises(vimmerse.BadRequestError) as caught:
            vimmerse_mock.client.text.refine_prompt(prompt="a fox")
        assert caught.value.body == {"message": "BAD_PROMPT"}
    assert "fox" in vimmerse_mock.client.text.refine_prompt(prompt="a fox")


def test_fail_next_can_drop_the_connection(vimmerse_mock: MockAPI) -> None:
    vimmerse_mock.fail_next("text_to_image", "drop")
    with pytest.raises(vimmerse.APIConnectionError):
        vimmerse_mock.client.image.text_to_image(prompt="a fox")
    # A dropped POST is not retried: the mock saw it once, and nothing was charged.
    assert [r.status for r in vimmerse_mock.requests("text_to_image")] == ["drop"]


def test_fail_next_refuses_an_unknown_operation(vimmerse_mock: MockAPI) -> None:
    with pytest.raises(ValueError, match="text_2_image"):
        vimmerse_mock.fail_next("text_2_image", 500)


def test_set_credits_exhausts_the_balance(vimmerse_mock: MockAPI) -> None:
    price = vimmerse_mock.client.image.estimate_credits(
        app_name="text-to-image", option="AutoI", quantity=1
    ).total_credits
    vimmerse_mock.set_credits(int(price))
    vimmerse_mock.client.image.text_to_image(prompt="a fox")
    with pytest.raises(vimmerse.InsufficientCreditError):
        vimmerse_mock.client.image.text_to_image(prompt="a fox")


def test_a_failed_job_raises_and_is_refunded(vimmerse_mock: MockAPI) -> None:
    with pytest.raises(vimmerse.JobFailedError):
        vimmerse_mock.client.image.text_to_image(prompt="MOCK_FAIL a fox", wait=True)
    answer = httpx.get(
        vimmerse_mock.base_url + "/_mock/credits", headers={"X-Api-Key": vimmerse_mock.api_key}
    ).json()
    assert sum(entry["delta"] for entry in answer["ledger"]) == 0


def test_the_journal_shows_what_was_sent_without_the_key(vimmerse_mock: MockAPI) -> None:
    client = vimmerse_mock.client
    client.image.upload(PNG)
    client.image.text_to_image(prompt="a fox", quantity=2)
    upload, generation = vimmerse_mock.requests()
    assert (upload.operation, upload.method, upload.path) == ("upload_image", "POST", "/v2/image")
    assert upload.json["image_file"]["size"] == len(PNG)
    assert (generation.json["prompt"], generation.json["quantity"]) == ("a fox", 2)
    assert generation.headers["x-api-key"] == "<redacted>"
    assert vimmerse_mock.api_key not in repr(vimmerse_mock.requests())


def test_webhooks_are_captured(vimmerse_mock: MockAPI) -> None:
    asset = vimmerse_mock.client.image.text_to_image(
        prompt="a fox", webhook_url=vimmerse_mock.webhook_url, wait=True
    )
    (hook,) = vimmerse_mock.webhooks
    assert (hook.media_id, hook.status) == (asset.id, "success")


def test_a_documented_rule_is_a_422_naming_the_field(vimmerse_mock: MockAPI) -> None:
    with pytest.raises(vimmerse.UnprocessableEntityError) as caught:
        vimmerse_mock.client.image.edit(image_url="https://example.com/a.png", option="Inpaint")
    named = {tuple(d["loc"]) for d in _detail(caught.value.body)}
    assert named == {("body", "mask_url"), ("body", "prompt")}
    assert vimmerse_mock.requests("edit_image")[0].status == 422


def test_an_upload_of_the_wrong_kind_is_a_422(vimmerse_mock: MockAPI) -> None:
    with pytest.raises(vimmerse.UnprocessableEntityError) as caught:
        vimmerse_mock.client.video.upload(PNG)
    assert [d["loc"] for d in _detail(caught.value.body)] == [["body", "video_file"]]
    assert vimmerse_mock.client.video.upload(MP4).status == "success"


def test_the_async_client_waits_on_the_virtual_clock(vimmerse_mock: MockAPI) -> None:
    vimmerse_mock.set_duration("video", 600)

    async def run() -> str:
        async with vimmerse_mock.async_client() as client:
            job = await client.video.reference_to_video(
                image_urls=["https://example.com/a.png"], prompt="spin", async_mode=True
            )
            return (await client.assets.wait(job)).status

    assert anyio.run(run) == "success"


def _png(picture: Image.Image) -> bytes:
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def test_results_show_what_made_them(vimmerse_mock: MockAPI) -> None:
    client = vimmerse_mock.client
    fox = client.image.text_to_image(prompt="a red fox", wait=True)
    owl = client.image.text_to_image(prompt="a white owl", wait=True)
    fox_img = Image.open(io.BytesIO(httpx.get(asset_url(fox)).content))
    owl_img = Image.open(io.BytesIO(httpx.get(asset_url(owl)).content))
    assert fox_img.size == owl_img.size
    assert fox_img.tobytes() != owl_img.tobytes()


def test_image_to_image_is_derived_from_its_input(vimmerse_mock: MockAPI) -> None:
    # An input dark on the left, light on the right: the result keeps that.
    source = Image.new("L", (320, 180), 0)
    source.paste(255, (160, 0, 320, 180))
    upload = vimmerse_mock.client.image.upload(_png(source.convert("RGB")))
    derived = vimmerse_mock.client.image.image_to_image(
        image_url=asset_url(upload), prompt="snow", wait=True
    )
    out = Image.open(io.BytesIO(httpx.get(asset_url(derived)).content)).convert("L")
    top = out.height // 3  # above the caption
    left = out.crop((0, 0, out.width // 2, top)).getextrema()
    right = out.crop((out.width // 2, 0, out.width, top)).getextrema()
    assert isinstance(left[1], int) and isinstance(right[0], int)
    assert left[1] < right[0]  # every pixel on the left darker than any on the right


def test_a_video_has_the_requested_shape_and_length(vimmerse_mock: MockAPI) -> None:
    client = vimmerse_mock.client
    clip = client.video.reference_to_video(
        image_urls=["https://example.com/a.png"],
        prompt="spin",
        aspect_ratio="9:16",
        duration=15,
        wait=True,
    )
    info = parse_mp4(httpx.get(asset_url(clip)).content)
    assert ratio(info["width"], info["height"]) == pytest.approx(aspect("9:16"), rel=0.05)
    assert info["seconds"] == pytest.approx(15, abs=0.2)


def test_text_routes_answer_from_their_input(vimmerse_mock: MockAPI) -> None:
    text = vimmerse_mock.client.text
    assert "lighthouse" in text.refine_prompt(prompt="a lighthouse at night").lower()
    assert "fox" in text.image_to_prompt(image_url="https://example.com/red_fox.png").lower()
    assert text.refine_prompt(prompt="a cat") != text.refine_prompt(prompt="a dog")


def test_mock_api_outside_pytest(tmp_path: Path) -> None:
    with MockAPI(api_key="my-key", credits=50) as api:
        assert api.api_key == "my-key"
        upload = api.client.image.upload(PNG)
        assert httpx.get(asset_url(upload)).content == PNG
        url = api.base_url
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/_mock/health")
