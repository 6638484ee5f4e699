"""Each Prism limit in prism_limits.py still holds, and the shaping keeps Prism alive.

If a Prism upgrade fixes a limit, its test here fails: drop the entry from prism_limits.py.
"""

from __future__ import annotations

import subprocess
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
import schemathesis

from devtools.servers import ServerProcess
from tests.contract import prism_limits
from tests.contract.conftest import PRISM_KEY, SPEC, start_prism
from tests.contract.runner import ST

KEY = {"X-Api-Key": PRISM_KEY}
BOUNDARY = "contractboundary"
MULTIPART = {**KEY, "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}
PNG = b"\x89PNG\r\n\x1a\n"


def multipart(*parts: tuple[str, bytes]) -> bytes:
    """A multipart body from (part headers, content) pairs, exactly as given."""
    body = b"".join(f"--{BOUNDARY}\r\n{h}\r\n\r\n".encode() + c + b"\r\n" for h, c in parts)
    return body + f"--{BOUNDARY}--\r\n".encode()


def violations(response: httpx.Response) -> str:
    return str(response.headers.get("sl-violations", ""))


def test_excluded_checks_exist() -> None:
    # A misspelt name would exclude nothing, silently.
    help_text = subprocess.run(
        [str(ST), "run", "--help"], capture_output=True, text=True, check=True
    ).stdout
    known = help_text.split("--exclude-checks", 1)[1]
    for name in prism_limits.EXCLUDED_CHECKS:
        assert name in known, name


def test_prism_accepts_any_api_key(prism: ServerProcess) -> None:
    url = prism.url + "/v2/text/refine-prompt"
    assert httpx.post(url, json={"prompt": "x"}).status_code == 401
    assert httpx.post(url, json={"prompt": "x"}, headers={"X-Api-Key": "wrong"}).status_code == 200


def test_prism_405_has_no_allow_header(prism: ServerProcess) -> None:
    response = httpx.delete(prism.url + "/asset/some-id", headers=KEY)
    assert response.status_code == 405
    assert "allow" not in response.headers


def test_prism_reads_repeated_parts_as_one_string(prism: ServerProcess) -> None:
    part = 'Content-Disposition: form-data; name="image"; filename="{}"\r\nContent-Type: image/png'
    body = multipart((part.format("a.png"), PNG), (part.format("b.png"), PNG))
    response = httpx.post(prism.url + "/media/upload", content=body, headers=MULTIPART)
    assert response.status_code == 422
    assert "must be array" in violations(response)
    assert prism_limits.page_sample_limit(response) == prism_limits.REPEATED_FORM_FIELDS


def test_prism_reads_repeated_urlencoded_keys_as_one_string(prism: ServerProcess) -> None:
    form = [("image_urls", "https://a.example/1.png"), ("image_urls", "https://a.example/2.png")]
    response = httpx.post(prism.url + "/media", data=dict.fromkeys(["title"], "t"), headers=KEY)
    assert response.status_code == 200  # the route takes a form: only the array is the matter
    response = httpx.post(
        prism.url + "/media",
        content=urlencode(form),
        headers={**KEY, "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 422
    assert prism_limits.page_sample_limit(response) == prism_limits.REPEATED_FORM_FIELDS


def test_prism_answers_invalid_json_with_its_own_400(prism: ServerProcess) -> None:
    headers = {**KEY, "Content-Type": "application/json"}
    response = httpx.post(prism.url + "/v2/image/estimate-credits", content=b"{", headers=headers)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_json"


def test_prism_accepts_multipart_body_without_parts(prism: ServerProcess) -> None:
    body = f"--{BOUNDARY}\r\nFalse--{BOUNDARY}--\r\n".encode()
    response = httpx.post(prism.url + "/media/upload", content=body, headers=MULTIPART)
    assert response.status_code == 200


CRASHES = {
    "file part without Content-Type": multipart(
        ('Content-Disposition: form-data; name="image_file"; filename="a.png"', PNG)
    ),
    "semicolon in field name": multipart(('Content-Disposition: form-data; name="a;b"', b"1")),
    "bad percent escape in field name": multipart(
        ('Content-Disposition: form-data; name="%"', b"1")
    ),
    "part without Content-Disposition": f"--{BOUNDARY}\r\n\r\n\r\n--{BOUNDARY}--\r\n".encode(),
}


@pytest.mark.parametrize("body", CRASHES.values(), ids=CRASHES.keys())
def test_prism_dies_on_unparseable_multipart(body: bytes, tmp_path: Path) -> None:
    # A Prism of its own: this request kills the process that receives it.
    server = start_prism(tmp_path)
    try:
        with pytest.raises(httpx.TransportError):
            httpx.post(server.url + "/v2/image", content=body, headers=MULTIPART)
        assert server.process is not None
        assert server.process.wait(timeout=10) != 0, server.output()
    finally:
        server.stop()


@cache
def loaded_schema() -> Any:
    return schemathesis.openapi.from_path(SPEC)


def upload_case(body: Any, path: str = "/v2/image") -> Any:
    operation = loaded_schema()[path]["POST"]
    return operation.Case(body=body, media_type="multipart/form-data", headers=dict(KEY))


@pytest.mark.parametrize(
    "body",
    [{"image_file": PNG}, {"image_file": PNG, "a;b": "1", "%": "2"}, "\r\n\r\n"],
    ids=["file part", "unsafe extra names", "non-form body"],
)
def test_shaped_requests_leave_prism_running(prism: ServerProcess, body: Any) -> None:
    case = upload_case(body)
    prism_limits.shape_multipart(case)
    response = case.call(base_url=prism.url)
    prism.require_running()
    assert response.status_code in (200, 422)


def test_shaping_keeps_declared_fields() -> None:
    case = upload_case({"image_file": PNG, "a;b": "1", "ok": "2"})
    prism_limits.shape_multipart(case)
    assert case.body == {"image_file": PNG, "ok": "2"}
    assert case.multipart_content_types == {"image_file": prism_limits.FILE_PART_CONTENT_TYPE}
