"""The docs pages' facts kept as data (openapi/docs_pages.json) and the maintainer's
check that holds them to the pages (`make docs-check`), shown on pages made here: the
real ones sit outside the repo."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from tests.contract import pages

SAMPLE_PAGE = """
import requests
response = requests.post(
    "https://api.vimmerse.net/v2/text/prompt",
    json={"mode": "scene"},
)
print(response.json()["data"]["prompt"])
"""


def _pages(tmp_path: Path, text: str = SAMPLE_PAGE) -> Path:
    for name in (*pages.PAGES, "README.md"):
        (tmp_path / name).write_text(text if name == "text.txt" else "", encoding="utf-8")
    return tmp_path


def test_the_record_holds_samples_routes_and_payloads() -> None:
    data = pages.recorded()
    assert data["samples"] and data["json_samples"] and data["routes"]
    # Read back as the extractor makes them.
    again = [json.loads(json.dumps(dataclasses.asdict(s))) for s in pages.recorded_samples()]
    assert again == data["samples"]


def test_the_extractor_reads_a_sample_off_a_page(tmp_path: Path) -> None:
    [sample] = pages.samples(_pages(tmp_path))
    assert (sample.method, sample.path, sample.kind) == ("POST", "/v2/text/prompt", "json")
    assert sample.body == {"mode": "scene"}
    assert sample.reads == (("data", "prompt"),)
    assert pages.json_samples(tmp_path) == [("text.txt", "/v2/text/prompt", {"mode": "scene"})]


def test_the_check_reports_pages_that_say_otherwise(tmp_path: Path) -> None:
    problems = pages.check(_pages(tmp_path))
    assert any(p.startswith("samples:") for p in problems)
    assert any(p.startswith("json_samples:") for p in problems)
    assert any(p.startswith("route ") for p in problems)  # the made pages lack them


def test_a_route_template_is_found_however_the_page_writes_its_parameter() -> None:
    route = ("put", "/media/{media_id}/edit")
    assert pages._route_on_pages(route, 'url = f"https://api.vimmerse.net/media/{MEDIA_ID}/edit"')
    assert pages._route_on_pages(route, "PUT https://api.vimmerse.net/media/abc123/edit")
    assert not pages._route_on_pages(route, "https://api.vimmerse.net/media/abc/edit-more")
    assert not pages._route_on_pages(route, "https://api.vimmerse.net/media/abc/process")


def test_the_command_refuses_a_folder_without_pages(tmp_path: Path) -> None:
    assert pages.main(["check", "--docs", str(tmp_path)]) == 2
