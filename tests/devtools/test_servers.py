"""devtools.servers: a server that dies or never answers is reported with its output, and
stop() ends the server's whole process group (the children it spawned too)."""

from __future__ import annotations

import os
import select
import sys
import time
from pathlib import Path

import httpx
import pytest

from devtools.servers import ServerError, ServerProcess, free_port, start_server

# A server that first starts a child of its own (as npx starts Prism's node) and prints its
# pid, then answers every GET with 200.
SERVER = """
import http.server, subprocess, sys
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
print("child", child.pid, flush=True)

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()

http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
"""


def _exits_within(pidfd: int, seconds: float) -> bool:
    """Whether the process behind pidfd ends within `seconds` (a pidfd reads ready on exit)."""
    ready, _, _ = select.select([pidfd], [], [], seconds)
    return bool(ready)


def test_stop_ends_the_server_and_the_children_it_spawned(tmp_path: Path) -> None:
    port = free_port()
    argv = [sys.executable, "-c", SERVER, str(port)]
    with start_server("probe", argv, port=port, log_dir=tmp_path, ready_path="/") as server:
        assert httpx.get(server.url + "/").status_code == 200
        child = os.pidfd_open(int(server.output().split()[1]))
        assert not _exits_within(child, 0)
        assert server.process is not None
    try:
        assert server.process.returncode is not None
        assert _exits_within(child, 10), "the server's child outlived stop()"
    finally:
        os.close(child)


def test_a_server_that_exits_is_reported_at_once_with_its_output(tmp_path: Path) -> None:
    port = free_port()
    argv = [sys.executable, "-c", "print('cannot start: port taken'); raise SystemExit(3)"]
    server = ServerProcess("dies", argv, port, tmp_path / "dies.log", ready_timeout=60)
    started = time.monotonic()
    with pytest.raises(ServerError) as info:
        server.start("/")
    assert time.monotonic() - started < 10, "a dead server must not wait out ready_timeout"
    message = str(info.value)
    assert "dies exited with status 3" in message
    assert "cannot start: port taken" in message


def test_a_server_that_never_answers_is_stopped_and_reported(tmp_path: Path) -> None:
    port = free_port()  # nothing listens there
    argv = [sys.executable, "-c", "import time; time.sleep(600)"]
    server = ServerProcess("silent", argv, port, tmp_path / "silent.log", ready_timeout=0.5)
    with pytest.raises(ServerError, match="silent was not ready after"):
        server.start("/")
    assert server.process is not None and server.process.returncode is not None
