"""Run the mock as a real uvicorn process on a free 127.0.0.1 port."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

READY_TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, url: str, process: subprocess.Popen[bytes], pid: int) -> None:
        self.url = url
        self.process = process
        self.pid = pid  # the process that serves (from /_mock/health)

    def peak_rss(self) -> int:
        """VmHWM of the serving process, in bytes."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
        raise AssertionError("no VmHWM")


@contextmanager
def run_mock(data_dir: Path, *args: str, console_script: bool = False) -> Iterator[Server]:
    port = free_port()
    command = (
        [str(Path(sys.executable).parent / "vimmerse-mock")]
        if console_script
        else [sys.executable, "-m", "vimmerse_mock"]
    )
    log = open(data_dir.parent / f"mock-{port}.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [*command, "--port", str(port), "--data-dir", str(data_dir), *args],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        pid = _wait_ready(url, process)
        yield Server(url, process, pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def _wait_ready(url: str, process: subprocess.Popen[bytes]) -> int:
    """Poll the health route until it answers; fail fast if the process dies."""
    deadline = time.monotonic() + READY_TIMEOUT
    pause = threading.Event()
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the mock exited with {process.returncode}")
        try:
            response = httpx.get(f"{url}/_mock/health", timeout=2)
            if response.status_code == 200:
                return int(response.json()["pid"])
        except httpx.TransportError:
            pass
        pause.wait(0.05)  # between polls, not in place of one
    raise AssertionError("the mock did not become ready")
