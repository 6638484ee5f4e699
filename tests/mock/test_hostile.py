"""The hostile-input corpus (devtools/hostile.py) against the mock over a real socket.

Every request gets an answer below 500 (no dropped connection, no 5xx); a client's
mistake or early hang-up logs no traceback; the mock's memory and log stay bounded when
the worst of it is repeated.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from devtools import hostile
from devtools.servers import HOST
from tests.mock.helpers import SPEC
from tests.mock.server import Server, run_mock

CASES = hostile.corpus(SPEC)
# Short enough that the corpus's silent clients are cut quickly, long enough for any
# honest request on a busy machine.
READ_TIMEOUT = "1"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    data = tmp_path_factory.mktemp("hostile") / "data"
    with run_mock(data, "--read-timeout", READ_TIMEOUT, "--duration", "image=0") as server:
        yield server


def _healthy(server: Server) -> None:
    assert httpx.get(server.url + "/_mock/health", timeout=10).status_code == 200


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_hostile_request_is_answered_below_500(server: Server, case: hostile.Case) -> None:
    before = len(server.log())
    answer = hostile.exchange(HOST, server.port, case)
    assert hostile.problem(case, answer) is None, hostile.problem(case, answer)
    _healthy(server)
    logged = server.log()[before:]
    assert "Traceback" not in logged and "unhandled" not in logged, logged[-3000:]


def test_repeating_the_worst_keeps_memory_and_log_bounded(server: Server) -> None:
    worst = [
        c for c in CASES if c.name in {"deep JSON, anonymous", "deep JSON objects", "gone mid-body"}
    ]
    assert len(worst) == 3
    for case, answer, _ in hostile.run(HOST, server.port, worst):  # warm-up
        assert hostile.problem(case, answer) is None
    rss, log_size = server.peak_rss(), Path(server.log_path).stat().st_size
    for case, answer, _ in hostile.run(HOST, server.port, worst * 100):
        assert hostile.problem(case, answer) is None, (case.name, hostile.problem(case, answer))
    grown_rss = server.peak_rss() - rss
    grown_log = Path(server.log_path).stat().st_size - log_size
    # A leak of even 100 kB per request would pass 30 MB; the old traceback was 220 kB.
    assert grown_rss < 32 * 2**20, f"peak RSS grew by {grown_rss / 2**20:.1f} MiB"
    assert grown_log < 16 * 1024, f"the log grew by {grown_log} bytes"
    _healthy(server)


def test_a_head_left_unfinished_on_a_kept_alive_connection_is_cut_too(server: Server) -> None:
    # The connection's first head arrives whole (no timer then); the second stops mid-way.
    with socket.create_connection((HOST, server.port), timeout=30) as sock:
        sock.sendall(b"GET /_mock/health HTTP/1.1\r\nHost: x\r\n\r\n")
        first = sock.recv(65536)
        assert first.startswith(b"HTTP/1.1 200"), first[:100]
        sock.sendall(b"GET /_mock/health HTTP/1.1\r\nHost: x\r\n")
        answer = b""
        while chunk := sock.recv(65536):  # until the mock closes the connection
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 408"), answer[:100]
