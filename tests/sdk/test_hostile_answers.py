"""Hostile answers (devtools/hostile_answers.py) against the SDK over real sockets, on each
of its three backends: the sync client, the async client on httpx's pool and on aiohttp.

Whatever comes back, the caller gets one of the SDK's typed errors, with the key nowhere in
it (message, args, ``.body``, ``.response``, the request it names, the chained causes), and
a download that fails leaves no file behind, partial or whole.
"""

from __future__ import annotations

import asyncio
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from devtools import hostile_answers as hostile
from vimmerse import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncVimmerse,
    AuthenticationError,
    DownloadError,
    DownloadTooLargeError,
    InternalServerError,
    InvalidAPIKeyError,
    InvalidBaseURLError,
    NoFreeNameError,
    UndecodableAnswerError,
    Vimmerse,
    VimmerseError,
)
from vimmerse._client import SURFACE
from vimmerse_core import _defaults

KEY = "sk-LIVE-hostile-0123456789"
BACKENDS = ("sync", "httpx", "aiohttp")
Action = Callable[[Any], Any]  # a client -> its call's result (awaitable on async clients)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    name: str = request.param
    monkeypatch.setenv("VIMMERSE_HTTP_BACKEND", "httpx" if name == "httpx" else "aiohttp")
    return name


@pytest.fixture
def server() -> Iterator[hostile.AnswerServer]:
    with hostile.serve() as running:
        yield running


def run(backend: str, base_url: str, action: Action, **options: Any) -> Any:
    """``action`` on a client of ``backend``, closed afterwards."""
    options = {"api_key": KEY, "base_url": base_url, "max_retries": 0, **options}
    if backend == "sync":
        with Vimmerse(**options) as client:
            return action(client)

    async def main() -> Any:
        async with AsyncVimmerse(**options) as client:
            return await action(client)

    return asyncio.run(main())


def failure(backend: str, base_url: str, action: Action, **options: Any) -> BaseException:
    try:
        run(backend, base_url, action, **options)
    except BaseException as exc:  # what escaped, whatever it is, is what is checked
        return exc
    raise AssertionError("the call succeeded")


def assert_no_key(exc: BaseException, key: str = KEY) -> None:
    """The key is nowhere a caller or a traceback can see."""
    seen = ["".join(traceback.format_exception(exc)), repr(exc), repr(exc.args)]
    seen.append(repr(getattr(exc, "body", None)))
    response = getattr(exc, "response", None)
    if response is not None:
        seen += [response.text, repr(response.content)]
    request = getattr(exc, "request", None)
    if request is not None:
        seen.append(repr(request.headers.raw))
    for text in seen:
        assert key not in text and key.strip() not in text, text[:2000]


def asset(results: list[str]) -> bytes:
    return hostile.json_answer(200, {"id": "a1", "status": "success", "results": results})


def result(server: hostile.AnswerServer, answer: bytes, path: str = "/out/0.png") -> None:
    """Asset ``a1`` has one result, at ``path`` on the server, which answers ``answer``."""
    server.answers["/asset/a1"] = asset([server.url + path])
    server.answers[path] = answer


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def get_asset(asset_id: str) -> Action:
    return lambda client: client.assets.get(asset_id)


def download(asset_id: str, dest: Path, **kwargs: Any) -> Action:
    return lambda client: client.assets.download(asset_id, dest, **kwargs)


# -- answers that do not decode, and redirect loops ------------------------------------------


def test_a_gzip_answer_that_is_not_gzip_is_an_unreadable_answer(
    backend: str, server: hostile.AnswerServer
) -> None:
    server.answers["/asset/a1"] = hostile.garbage_gzip()
    exc = failure(backend, server.url, get_asset("a1"))
    assert isinstance(exc, UndecodableAnswerError), repr(exc)
    assert isinstance(exc, APIResponseValidationError) and exc.status_code == 200
    assert "Content-Encoding: gzip" in exc.message
    assert_no_key(exc)


def test_an_error_answer_that_is_not_gzip_is_still_its_status_error(
    backend: str, server: hostile.AnswerServer
) -> None:
    server.answers["/asset/a1"] = hostile.garbage_gzip().replace(b"200 X", b"500 X", 1)
    exc = failure(backend, server.url, get_asset("a1"))
    assert isinstance(exc, InternalServerError) and exc.status_code == 500, repr(exc)
    assert_no_key(exc)


def test_a_result_that_is_not_gzip_is_a_download_error_leaving_no_file(
    backend: str, server: hostile.AnswerServer, tmp_path: Path
) -> None:
    result(server, hostile.garbage_gzip("image/png"))
    exc = failure(backend, server.url, download("a1", tmp_path))
    assert type(exc) is DownloadError, repr(exc)
    assert "/out/0.png" in str(exc) and exc.url.endswith("/out/0.png")
    assert files_in(tmp_path) == []


def test_a_redirect_loop_on_a_result_is_a_download_error_leaving_no_file(
    backend: str, server: hostile.AnswerServer, tmp_path: Path
) -> None:
    result(server, hostile.redirect_to("/loop"), "/loop")
    exc = failure(backend, server.url, download("a1", tmp_path))
    assert type(exc) is DownloadError, repr(exc)
    assert "redirected too many times" in str(exc)
    assert files_in(tmp_path) == []


@pytest.mark.parametrize("location", ["file:///etc/passwd", "http://[::1", "gopher://x/"])
def test_a_redirect_to_an_unusable_url_is_a_typed_error_leaving_no_file(
    backend: str, server: hostile.AnswerServer, tmp_path: Path, location: str
) -> None:
    result(server, hostile.redirect_to(location))
    exc = failure(backend, server.url, download("a1", tmp_path))
    assert isinstance(exc, VimmerseError), repr(exc)
    assert files_in(tmp_path) == []


def test_a_result_url_that_is_no_url_is_a_download_error(
    backend: str, server: hostile.AnswerServer, tmp_path: Path
) -> None:
    server.answers["/asset/a1"] = asset(["http://[::1"])
    exc = failure(backend, server.url, download("a1", tmp_path))
    assert type(exc) is DownloadError, repr(exc)
    assert files_in(tmp_path) == []


# -- the download size cap -------------------------------------------------------------------

CAP = 64 * 1024


def test_a_gzip_bomb_stops_at_the_cap_leaving_no_file(
    backend: str, server: hostile.AnswerServer, tmp_path: Path
) -> None:
    result(server, hostile.gzip_bomb(64 * CAP), "/bomb.png")  # ~4 kB on the wire
    exc = failure(backend, server.url, download("a1", tmp_path), max_download_bytes=CAP)
    assert isinstance(exc, DownloadTooLargeError), repr(exc)
    assert exc.limit == CAP and f"{CAP:,}" in str(exc)
    assert files_in(tmp_path) == []


def test_the_cap_is_set_per_call_too(
    backend: str, server: hostile.AnswerServer, tmp_path: Path
) -> None:
    result(server, hostile.gzip_bomb(2 * CAP))
    exc = failure(backend, server.url, download("a1", tmp_path, max_download_bytes=CAP))
    assert isinstance(exc, DownloadTooLargeError), repr(exc)
    assert files_in(tmp_path) == []
    # The same file within a call's larger cap, on a client with the small one, is kept.
    [path] = run(
        backend,
        server.url,
        download("a1", tmp_path, max_download_bytes=2 * CAP),
        max_download_bytes=CAP,
    )
    assert path.stat().st_size == 2 * CAP


def test_a_declared_length_past_the_cap_is_refused_before_writing(
    backend: str, server: hostile.AnswerServer, tmp_path: Path
) -> None:
    result(server, hostile.answer(200, b"\0" * (CAP + 1), {"Content-Type": "image/png"}))
    exc = failure(backend, server.url, download("a1", tmp_path), max_download_bytes=CAP)
    assert isinstance(exc, DownloadTooLargeError) and "declares" in str(exc), repr(exc)
    assert files_in(tmp_path) == []


def test_downloads_are_capped_by_default() -> None:
    client = Vimmerse(api_key=KEY, base_url="http://127.0.0.1:1")
    assert client.options.max_download_bytes == _defaults.MAX_DOWNLOAD_BYTES is not None
    assert client.with_options(max_download_bytes=None).options.max_download_bytes is None


# -- no free name ----------------------------------------------------------------------------


def test_a_run_of_results_with_one_name_past_the_free_names_is_a_download_error(
    backend: str, server: hostile.AnswerServer, tmp_path: Path
) -> None:
    # 1,002 results named alike: the first 1,000 take every name there is (taken here
    # beforehand, which is the same for the name search), the next finds none left.
    result(server, hostile.named_file("same.png"), "/same")
    (tmp_path / "a1-same.png").write_bytes(b"")
    for n in range(1, 1000):
        (tmp_path / f"a1-same-{n}.png").write_bytes(b"")
    before = files_in(tmp_path)
    exc = failure(backend, server.url, download("a1", tmp_path))
    assert isinstance(exc, NoFreeNameError) and isinstance(exc, FileExistsError), repr(exc)
    assert isinstance(exc, DownloadError)
    assert files_in(tmp_path) == before  # no temp file left either


# -- the key in answers that echo it ---------------------------------------------------------


def test_a_status_error_that_echoes_the_key_holds_it_nowhere(
    backend: str, server: hostile.AnswerServer
) -> None:
    echo = {"message": f"bad key {KEY}", "detail": [KEY], "key": {KEY: KEY}}
    server.answers["/asset/a1"] = hostile.json_answer(401, echo)
    exc = failure(backend, server.url, get_asset("a1"))
    assert isinstance(exc, AuthenticationError), repr(exc)
    assert exc.body == {
        "message": "bad key <redacted>",
        "detail": ["<redacted>"],
        "key": {"<redacted>": "<redacted>"},
    }
    assert exc.response.json() == exc.body
    assert_no_key(exc)


def test_an_unreadable_answer_that_echoes_the_key_holds_it_nowhere(
    backend: str, server: hostile.AnswerServer
) -> None:
    server.answers["/asset/a1"] = hostile.json_answer(200, {"id": 7, "echo": KEY})
    exc = failure(backend, server.url, get_asset("a1"))
    assert isinstance(exc, APIResponseValidationError), repr(exc)
    assert KEY not in exc.excerpt
    assert_no_key(exc)


# -- keys that cannot be a header value ------------------------------------------------------

BAD_KEYS = {
    "CR at the end": (KEY + "\r", "carriage return"),
    "CRLF at the end": (KEY + "\r\n", "carriage return"),
    "LF inside": (KEY[:8] + "\n" + KEY[8:], "line feed"),
    "non-ASCII": (KEY + "é", "non-ASCII"),
    "NUL": (KEY + "\0x", "control character"),
    "space in front": (" " + KEY, "starts with a space"),
}


@pytest.mark.parametrize(("key", "problem"), BAD_KEYS.values(), ids=BAD_KEYS.keys())
def test_a_key_that_cannot_be_a_header_value_is_refused_when_the_client_is_built(
    backend: str, server: hostile.AnswerServer, key: str, problem: str
) -> None:
    exc = failure(backend, server.url, get_asset("a1"), api_key=key)
    assert isinstance(exc, InvalidAPIKeyError) and isinstance(exc, ValueError), repr(exc)
    assert problem in str(exc) and "base_url" not in str(exc)
    assert_no_key(exc, key)
    assert server.heads == []  # nothing was sent


def test_a_bad_key_from_the_environment_is_refused_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIMMERSE_API_KEY", KEY + "\r")
    with pytest.raises(InvalidAPIKeyError, match="carriage return") as caught:
        Vimmerse(base_url="http://127.0.0.1:1")
    assert_no_key(caught.value)


def test_a_bad_key_in_a_call_s_own_header_is_refused_unsent(
    backend: str, server: hostile.AnswerServer
) -> None:
    header = SURFACE.api_key_header
    bad = {header: KEY + "\n"}
    exc = failure(backend, server.url, lambda c: c.assets.get("a1", extra_headers=bad))
    assert isinstance(exc, InvalidAPIKeyError), repr(exc)
    assert_no_key(exc)
    assert server.heads == []


def test_a_line_break_in_any_other_header_of_a_call_is_a_typed_error_unsent(
    backend: str, server: hostile.AnswerServer
) -> None:
    injected = {"X-Note": "a\r\nInjected: 1"}
    exc = failure(backend, server.url, lambda c: c.assets.get("a1", extra_headers=injected))
    assert isinstance(exc, APIConnectionError), repr(exc)
    assert server.heads == []


def test_a_base_url_that_is_no_url_is_a_typed_error_when_built() -> None:
    for client_class in (Vimmerse, AsyncVimmerse):
        with pytest.raises(InvalidBaseURLError, match="absolute http") as caught:
            client_class(api_key=KEY, base_url="http://[::1")
        assert isinstance(caught.value, ValueError)


# -- no connection ---------------------------------------------------------------------------


def test_a_refused_connection_says_so_and_is_no_timeout(backend: str) -> None:
    exc = failure(backend, hostile.refused_url(), get_asset("a1"))
    assert isinstance(exc, APIConnectionError), repr(exc)
    assert not isinstance(exc, APITimeoutError), repr(exc)
    assert "connection refused" in str(exc)
