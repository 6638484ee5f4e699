"""Client configuration: key, base URL, timeouts, headers, options, lifecycle, redaction."""

from __future__ import annotations

import gc
import logging

import httpx
import pytest
import respx

from tests.sdk.helpers import API_KEY, BASE_URL, asset_json
from vimmerse import (
    DEFAULT_TIMEOUT,
    AsyncVimmerse,
    InsecureTransportError,
    MissingAPIKeyError,
    Vimmerse,
    __version__,
)
from vimmerse_core import _logs


def test_missing_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VIMMERSE_API_KEY", raising=False)
    with pytest.raises(MissingAPIKeyError, match="VIMMERSE_API_KEY"):
        Vimmerse()
    with pytest.raises(MissingAPIKeyError):
        AsyncVimmerse(api_key="")


def test_key_and_base_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIMMERSE_API_KEY", "env-key")
    monkeypatch.setenv("VIMMERSE_BASE_URL", "https://eu.example.test/")
    client = Vimmerse()
    assert client.api_key == "env-key"
    assert client.base_url == "https://eu.example.test"


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VIMMERSE_BASE_URL", raising=False)
    client = Vimmerse(api_key="k")
    assert client.base_url == "https://api.vimmerse.net"
    assert client.max_retries == 2
    assert client.timeout == DEFAULT_TIMEOUT
    assert (DEFAULT_TIMEOUT.connect, DEFAULT_TIMEOUT.read) == (5.0, 600.0)


def test_every_request_carries_key_user_agent_and_default_headers(api: respx.MockRouter) -> None:
    route = api.get("/asset/a1").mock(return_value=httpx.Response(200, json=asset_json()))
    client = Vimmerse(api_key=API_KEY, base_url=BASE_URL, default_headers={"X-Trace": "t1"})
    client.assets.get("a1")
    headers = route.calls.last.request.headers
    assert headers["X-Api-Key"] == API_KEY
    assert headers["User-Agent"] == f"vimmerse-python/{__version__}"
    assert headers["X-Trace"] == "t1"


def test_base_url_path_prefix_is_kept(api: respx.MockRouter) -> None:
    with respx.mock(base_url="https://proxy.test/vimmerse") as router:
        route = router.get("/asset/a1").mock(return_value=httpx.Response(200, json=asset_json()))
        Vimmerse(api_key="k", base_url="https://proxy.test/vimmerse/").assets.get("a1")
        assert route.called


def test_timeout_is_applied_per_request(api: respx.MockRouter) -> None:
    route = api.get("/asset/a1").mock(return_value=httpx.Response(200, json=asset_json()))
    client = Vimmerse(api_key="k", base_url=BASE_URL)
    client.with_options(timeout=12.5).assets.get("a1")
    assert route.calls.last.request.extensions["timeout"] == httpx.Timeout(12.5).as_dict()
    client.assets.get("a1")
    assert route.calls.last.request.extensions["timeout"] == DEFAULT_TIMEOUT.as_dict()


def test_with_options_overrides_and_shares_the_pool(api: respx.MockRouter) -> None:
    route = api.get("/asset/a1").mock(return_value=httpx.Response(200, json=asset_json()))
    client = Vimmerse(api_key="k1", base_url=BASE_URL, default_headers={"A": "1"})
    other = client.with_options(api_key="k2", max_retries=5, default_headers={"B": "2"})
    assert other.max_retries == 5 and client.max_retries == 2
    assert other._http is client._http
    other.assets.get("a1")
    sent = route.calls.last.request.headers
    assert (sent["X-Api-Key"], sent["A"], sent["B"]) == ("k2", "1", "2")
    other.close()
    assert not client._http.is_closed  # a copy never closes the shared pool
    client.close()
    assert client._http.is_closed


def test_context_manager_closes_its_own_pool() -> None:
    with Vimmerse(api_key="k") as client:
        pass
    assert client._http.is_closed


def test_caller_supplied_http_client_is_used_and_left_open(api: respx.MockRouter) -> None:
    route = api.get("/asset/a1").mock(return_value=httpx.Response(200, json=asset_json()))
    http = httpx.Client(headers={"X-From-Caller": "yes"})
    with Vimmerse(api_key="k", base_url=BASE_URL, http_client=http) as client:
        client.assets.get("a1")
    assert route.calls.last.request.headers["X-From-Caller"] == "yes"
    assert not http.is_closed
    with pytest.raises(TypeError):
        Vimmerse(api_key="k", http_client=httpx.AsyncClient())  # type: ignore[arg-type]


@pytest.mark.parametrize("url", ["http://api.example.com", "http://10.0.0.5:8000"])
def test_key_is_never_sent_over_plain_http_to_a_remote_host(url: str) -> None:
    with pytest.raises(InsecureTransportError):
        Vimmerse(api_key="k", base_url=url)
    with pytest.raises(InsecureTransportError):
        Vimmerse(api_key="k").with_options(base_url=url)


@pytest.mark.parametrize(
    "url", ["http://localhost:4010", "http://127.0.0.1:4010", "http://[::1]:4010"]
)
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    assert Vimmerse(api_key="k", base_url=url).base_url == url


def test_plain_http_needs_an_explicit_opt_in() -> None:
    client = Vimmerse(api_key="k", base_url="http://api.example.com", allow_insecure_http=True)
    assert client.base_url == "http://api.example.com"


def test_repr_redacts_the_key() -> None:
    client = Vimmerse(api_key=API_KEY)
    assert API_KEY not in repr(client) and "<redacted>" in repr(client)
    assert API_KEY not in repr(AsyncVimmerse(api_key=API_KEY))


def test_logs_never_contain_the_key(
    client: Vimmerse, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.get(f"/asset/{API_KEY}").mock(return_value=httpx.Response(200, json=asset_json()))
    with caplog.at_level(logging.DEBUG, logger="vimmerse"):
        client.assets.get(API_KEY)  # even a key pasted into a URL is scrubbed
    assert caplog.records, "expected request logs"
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "X-Api-Key" in text or "x-api-key" in text
    assert API_KEY not in text
    assert "<redacted>" in text


def test_vimmerse_log_env_enables_logging(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("vimmerse")
    monkeypatch.setattr(_logs, "_configured", False)
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    monkeypatch.setenv("VIMMERSE_LOG", "debug")
    _logs.setup_logging()
    assert logger.level == logging.DEBUG and len(logger.handlers) == 1
    monkeypatch.setattr(_logs, "_configured", False)
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    monkeypatch.setenv("VIMMERSE_LOG", "")
    _logs.setup_logging()
    assert logger.level == logging.NOTSET and logger.handlers == []


def test_redact_headers() -> None:
    assert _logs.redact_headers({"X-Api-Key": "s", "Accept": "a"}) == {
        "X-Api-Key": "<redacted>",
        "Accept": "a",
    }


def _set_cookie_then_echo(api: respx.MockRouter) -> list[str | None]:
    sent: list[str | None] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.get("cookie"))
        return httpx.Response(200, json=asset_json(), headers={"Set-Cookie": "lb=node-7; Path=/"})

    api.get("/asset/a1").mock(side_effect=answer)
    return sent


def test_the_clients_we_build_keep_no_cookies(api: respx.MockRouter) -> None:
    sent = _set_cookie_then_echo(api)
    with Vimmerse(api_key=API_KEY, base_url=BASE_URL) as client:
        client.assets.get("a1")
        client.assets.get("a1")
    assert sent == [None, None]


@pytest.mark.anyio
async def test_the_async_client_keeps_no_cookies(api: respx.MockRouter) -> None:
    sent = _set_cookie_then_echo(api)
    async with AsyncVimmerse(api_key=API_KEY, base_url=BASE_URL) as client:
        await client.assets.get("a1")
        await client.assets.get("a1")
    assert sent == [None, None]


def test_a_callers_http_client_keeps_its_cookies(api: respx.MockRouter) -> None:
    sent = _set_cookie_then_echo(api)
    with Vimmerse(api_key=API_KEY, base_url=BASE_URL, http_client=httpx.Client()) as client:
        client.assets.get("a1")
        client.assets.get("a1")
    assert sent == [None, "lb=node-7"]


def test_sync_answers_leave_no_reference_cycles_for_the_garbage_collector() -> None:
    # As the async client's (tests/sdk/test_transport.py): httpx's bound stream is replaced.
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=asset_json()))
    http = httpx.Client(transport=transport)
    with Vimmerse(api_key=API_KEY, base_url=BASE_URL, http_client=http) as client:
        client.assets.get("a1")
        gc.collect()
        gc.disable()
        try:
            for _ in range(5):
                client.assets.get("a1")
            left_to_the_collector = gc.collect()
        finally:
            gc.enable()
    assert left_to_the_collector == 0


def test_the_key_travels_in_the_header_of_the_specs_security_scheme() -> None:
    from tests.spec.helpers import load_spec

    (scheme,) = load_spec()["components"]["securitySchemes"].values()
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=asset_json())

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with Vimmerse(api_key=API_KEY, base_url=BASE_URL, http_client=http) as client:
        client.assets.get("a1")
    assert sent[0].headers[scheme["name"]] == API_KEY
