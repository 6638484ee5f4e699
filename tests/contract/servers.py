"""Start a mock server as a child process on a free port, and stop it again.

Readiness is polled (an HTTP request until one answers); the wait between attempts is a
`wait()` on the child, so a server that dies is noticed at once. Output goes to a log file
(a pipe could fill up and block the server) and is quoted whenever something goes wrong.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx

HOST = "127.0.0.1"
READY_TIMEOUT = 60.0  # Prism's first start through npx can take a while on a cold cache
POLL_INTERVAL = 0.1
STOP_TIMEOUT = 10.0
LOG_TAIL = 8000  # characters of server output quoted in failure messages


class ServerError(RuntimeError):
    """The server died, never became ready, or is not running when it should be."""


def free_port() -> int:
    # Ask the kernel for an unused port; the server binds it a moment later.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class ManagedServer:
    name: str
    argv: list[str]
    port: int
    log_path: Path
    cwd: Path
    env: dict[str, str] | None = None
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def output(self) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return "(no output)"
        return text if len(text) <= LOG_TAIL else "...\n" + text[-LOG_TAIL:]

    def describe(self, problem: str) -> str:
        command = " ".join(self.argv)
        return f"{self.name} {problem}\ncommand: {command}\n--- {self.name} output ---\n{self.output()}"

    def start(self, ready_path: str) -> None:
        """Start the server and return once `ready_path` answers any HTTP response."""
        with self.log_path.open("wb") as log:
            # A new session makes the server its own process group, so stop() also reaches
            # the children it spawns (npx runs Prism in a child node process).
            self.process = subprocess.Popen(
                self.argv,
                cwd=self.cwd,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + READY_TIMEOUT
        while True:
            self.require_running()
            try:
                httpx.get(self.base_url + ready_path, timeout=2.0)
                return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise ServerError(self.describe(f"was not ready after {READY_TIMEOUT:.0f}s"))
            # Doubles as the poll interval and as the check that the server is still alive.
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=POLL_INTERVAL)

    def require_running(self) -> None:
        if self.process is None:
            raise ServerError(self.describe("was never started"))
        code = self.process.poll()
        if code is not None:
            raise ServerError(self.describe(f"exited with status {code}"))

    def stop(self) -> None:
        if self.process is None:
            return
        # The group id is the leader's pid; signal the group even if the leader is gone.
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            self.process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def start_server(
    name: str,
    argv: Sequence[str],
    *,
    port: int,
    log_dir: Path,
    cwd: Path,
    ready_path: str,
    env: dict[str, str] | None = None,
) -> ManagedServer:
    server = ManagedServer(
        name=name,
        argv=list(argv),
        port=port,
        log_path=log_dir / f"{name}-{port}.log",
        cwd=cwd,
        env=env,
    )
    server.start(ready_path)
    return server
