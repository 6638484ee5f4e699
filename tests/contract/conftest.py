"""Session fixtures: Prism and the stateful mock, each on a free port, and their runs."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from devtools.servers import ServerProcess, free_port, start_server

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "vimmerse.yaml"
# Any value passes Prism; the stateful mock knows only the keys it is started with.
PRISM_KEY = "contract-key"
MOCK_KEY = "contract-key"
# Enough credits that a long fuzz run never sees 402 Insufficient Credit.
MOCK_CREDITS = 10**12
# Unauthenticated requests answer 401 on both mocks, which proves the server is up.
READY_PATH = "/asset/readiness-probe"


@pytest.fixture(scope="session")
def server_logs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("server-logs")


@pytest.fixture(scope="session")
def prism(server_logs: Path) -> Iterator[ServerProcess]:
    yield from _serve(start_prism(server_logs))


def start_prism(log_dir: Path) -> ServerProcess:
    port = free_port()
    argv = [
        "npx",
        "--prefix",
        "mock",
        "prism",
        "mock",
        str(SPEC),
        "-h",
        "127.0.0.1",
        "-p",
        str(port),
    ]
    return start_server("prism", argv, port=port, log_dir=log_dir, cwd=ROOT, ready_path=READY_PATH)


@pytest.fixture(scope="session")
def stateful_mock(
    tmp_path_factory: pytest.TempPathFactory, server_logs: Path
) -> Iterator[ServerProcess]:
    data_dir = tmp_path_factory.mktemp("mock-data")
    port = free_port()
    argv = [
        sys.executable,
        "-m",
        "vimmerse_mock",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--db",
        ":memory:",
        "--data-dir",
        str(data_dir),
        "--spec",
        str(SPEC),
        "--key",
        f"{MOCK_KEY}={MOCK_CREDITS}",
        # Synchronous calls wait for their job; instant jobs keep the run short.
        *("--duration", "image=0", "--duration", "video=0", "--duration", "media=0"),
    ]
    env = {
        **os.environ,
        # Generated webhook URLs must never be called: the sender is switched off.
        "VIMMERSE_MOCK_WEBHOOK_POLL": "0",
    }
    server = start_server(
        "stateful-mock",
        argv,
        port=port,
        log_dir=server_logs,
        cwd=ROOT,
        ready_path=READY_PATH,
        env=env,
    )
    yield from _serve(server)


def _serve(server: ServerProcess) -> Iterator[ServerProcess]:
    try:
        yield server
    finally:
        server.stop()
