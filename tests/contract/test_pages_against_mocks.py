"""The docs pages' own request samples, sent as each page sends them, to both mocks: each
must be answered 2xx with the fields its code reads next. The stateful mock answers all of
them; Prism all but those that a limit of Prism's, named once in prism_limits.py with its
probe in test_prism_limits.py, explains by Prism's own answer."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from devtools.servers import ServerProcess
from tests.contract import prism_limits
from tests.contract.conftest import MOCK_KEY, PRISM_KEY
from tests.contract.pages import Sample, recorded_samples, require_in_spec
from tests.contract.test_docs_examples import create_media
from tests.spec.helpers import load_spec

SAMPLES = recorded_samples()
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
MP4 = b"\x00\x00\x00\x18ftypisom" + b"\x00" * 64
# A file part of the kind the spec's multipart `encoding` declares for the field (the
# stateful mock refuses an upload whose bytes are not of that kind).
FILES = {"image": ("png", PNG, "image/png"), "video": ("mp4", MP4, "video/mp4")}


def file_for(sample: Sample, field: str) -> tuple[str, bytes, str]:
    op = load_spec()["paths"][sample.path.replace("{MEDIA_ID}", "{media_id}")][
        sample.method.lower()
    ]
    media = op["requestBody"]["content"]["multipart/form-data"]
    declared = str(media.get("encoding", {}).get(field, {}).get("contentType", "image/"))
    ext, data, mime = FILES["video" if declared.startswith("video/") else "image"]
    return f"{field}.{ext}", data, mime


def send(server: ServerProcess, key: str, sample: Sample, media_id: str) -> httpx.Response:
    require_in_spec(sample.method, sample.path.replace("{MEDIA_ID}", "{media_id}"))
    url = server.url + sample.path.replace("{MEDIA_ID}", media_id)
    kwargs: dict[str, Any] = {"headers": {"X-Api-Key": key}, "timeout": 30}
    if sample.kind == "json":
        kwargs["json"] = sample.body
    elif sample.kind in ("form", "multipart"):
        kwargs["data"] = sample.body or {}
    if sample.kind == "multipart":
        kwargs["files"] = [(name, file_for(sample, name)) for name in sample.files]
    return httpx.request(sample.method, url, **kwargs)


def failure(sample: Sample, response: httpx.Response) -> str | None:
    """Why the answer would break the sample's code, or None if it would not."""
    if not response.is_success:
        return f"{response.status_code}: {response.text[:200]}"
    if not sample.reads:
        return None
    try:
        answer = response.json()
    except ValueError:
        return "the answer is not JSON"
    for path in sample.reads:
        node = answer
        for key in path:
            if not isinstance(node, dict) or key not in node:
                return f"the answer has no {'.'.join(path)} (the sample reads it)"
            node = node[key]
    return None


def test_the_pages_have_samples_of_every_kind() -> None:
    # Guards the parametrized tests below against silently checking nothing.
    assert {s.kind for s in SAMPLES} == {"json", "form", "multipart", "none"}
    assert any(s.reads for s in SAMPLES)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s.id)
def test_the_stateful_mock_answers_the_page_sample(
    stateful_mock: ServerProcess, sample: Sample
) -> None:
    response = send(stateful_mock, MOCK_KEY, sample, create_media(stateful_mock))
    assert failure(sample, response) is None


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s.id)
def test_prism_answers_the_page_sample_unless_a_named_limit_explains_why(
    prism: ServerProcess, sample: Sample
) -> None:
    response = send(prism, PRISM_KEY, sample, "example-media")
    found = failure(sample, response)
    # Each limit's probe in test_prism_limits.py shows that Prism still has it.
    assert found is None or prism_limits.page_sample_limit(response) is not None, found
