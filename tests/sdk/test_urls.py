"""vimmerse_core._urls: an API URL joined without re-parsing is the URL httpx would parse."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vimmerse_core._urls import BaseURL

BASES = [
    "http://127.0.0.1:4010",
    "https://api.vimmerse.net",
    "https://api.example.test/prefix/v1",
    "http://[::1]:8080/a%20b",
    "http://localhost:80",  # not canonical (httpx drops the default port): parsed each time
    "https://API.Example.test/x?q=1",  # a query: parsed each time
]
# Characters httpx keeps, quotes, or treats specially (dots, percent, controls, non-ASCII).
PATHS = st.text(alphabet="aZ09-._~!$&'()*+,;=:@/%2eE? #[]\\é\t", max_size=30)


def parsed(base: str, path: str) -> httpx.URL:
    return httpx.URL(f"{base}/{path.lstrip('/')}")


@pytest.mark.parametrize("base", BASES)
@given(path=PATHS)
def test_a_joined_url_is_the_parsed_one(base: str, path: str) -> None:
    try:
        expected = parsed(base, path)
    except httpx.InvalidURL:
        with pytest.raises(httpx.InvalidURL):
            BaseURL(base).join(path)
        return
    joined = BaseURL(base).join(path)
    assert str(joined) == str(expected)
    assert joined.raw_path == expected.raw_path
    assert (joined.host, joined.port, joined.netloc) == (
        expected.host,
        expected.port,
        expected.netloc,
    )


def test_a_generated_path_is_not_parsed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    base = BaseURL("https://api.example.test/v1")

    def no_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(httpx._urls, "urlparse", no_parse)
    joined = base.join("/asset/8f0c7d5e-2b1a%2F4c39")
    assert str(joined) == "https://api.example.test/v1/asset/8f0c7d5e-2b1a%2F4c39"
