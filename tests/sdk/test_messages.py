"""The SDK's own error messages say what went wrong in words, not only a class name."""

from __future__ import annotations

import pytest

from devtools.servers import free_port
from vimmerse import APIConnectionError, Vimmerse


@pytest.mark.parametrize("base_url", ["api.example.com", "ftp://api.example.com", "https://"])
def test_a_base_url_that_is_not_an_http_url_is_refused_up_front(base_url: str) -> None:
    with pytest.raises(ValueError, match="absolute http:// or https:// URL") as info:
        Vimmerse(api_key="k", base_url=base_url)
    assert repr(base_url.rstrip("/")) in str(info.value)


def test_connection_refused_is_named() -> None:
    client = Vimmerse(api_key="k", base_url=f"http://127.0.0.1:{free_port()}", max_retries=0)
    with client, pytest.raises(APIConnectionError) as info:
        client.assets.get("a1")
    assert str(info.value).endswith(": connection refused (ConnectError)")
