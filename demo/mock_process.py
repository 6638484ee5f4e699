"""Run the stateful mock (`vimmerse mock`) on a free 127.0.0.1 port for as long as a
`with` block lasts. Used by the demo and by tests/cli."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

READY_TIMEOUT = 30.0
DEV_KEY = "vimmerse-dev-key"  # the mock's default key: not a real one


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def vimmerse_command() -> list[str]:
    """The installed `vimmerse` console script, beside this interpreter."""
    script = Path(sys.executable).with_name("vimmerse")
    return [str(script)] if script.exists() else [sys.executable, "-m", "vimmerse.cli"]


def _wait_ready(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    """Poll the health route until it answers; fail fast if the mock exits."""
    deadline = time.monotonic() + READY_TIMEOUT
    pause = threading.Event()
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"the mock exited with {process.returncode}:\n{tail}")
        with contextlib.suppress(httpx.TransportError):
            if httpx.get(f"{url}/_mock/health", timeout=2).status_code == 200:
                return
        pause.wait(0.05)  # between polls, not in place of one
    raise RuntimeError(f"the mock did not answer on {url} within {READY_TIMEOUT:.0f} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextlib.contextmanager
def running_mock(data_dir: Path, *flags: str) -> Iterator[str]:
    """Start `vimmerse mock` with its data in data_dir; yield its base URL; always stop it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log = data_dir / "mock.log"
    command = [
        *vimmerse_command(), "mock", "--host", "127.0.0.1", "--port", str(port),
        "--data-dir", str(data_dir), *flags,
    ]  # fmt: skip
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        try:
            url = f"http://127.0.0.1:{port}"
            _wait_ready(url, process, log)
            yield url
        finally:
            _stop(process)
