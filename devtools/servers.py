"""Start a server as a child process on a free loopback port, and stop it again.

The one helper behind every server the repo runs for itself: the mocks and Prism in the
tests (tests/contract, tests/e2e, tests/mock, tests/cli), the bench's servers
(bench/procs.py) and the demo's mock (demo/mock_process.py). What a caller runs (its argv,
flags, environment) stays with the caller.

- Readiness is polled (an HTTP request until any answer comes); the pause between attempts
  is a `wait()` on the child, so a server that dies is noticed at once.
- Output goes to a log file (a pipe could fill up and block the server) whose tail is quoted
  whenever something goes wrong.
- The server runs in its own session (process group), so `stop()` also reaches the children
  it spawns (npx runs Prism in a child node process): SIGTERM to the group, then SIGKILL.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self

import httpx

HOST = "127.0.0.1"
READY_TIMEOUT = 60.0  # Prism's first start through npx can take a while on a cold cache
POLL_INTERVAL = 0.1
STOP_TIMEOUT = 10.0
LOG_TAIL = 8000  # characters of server output quoted in failure messages


class ServerError(RuntimeError):
    """The server died, never became ready, or is not running when it should be."""


def free_port() -> int:
    """An unused loopback port (the kernel's pick); the server binds it a moment later."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class ServerProcess:
    """A server run as `argv`, listening on HOST:`port`, its output in `log_path`.

    Use `start()` (or `start_server`), then `stop()`; as a context manager it stops on exit.
    """

    name: str
    argv: list[str]
    port: int
    log_path: Path
    cwd: Path | None = None
    env: Mapping[str, str] | None = None
    ready_timeout: float = READY_TIMEOUT
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def output(self) -> str:
        """The tail of what the server printed."""
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return "(no output)"
        return text if len(text) <= LOG_TAIL else "...\n" + text[-LOG_TAIL:]

    def describe(self, problem: str) -> str:
        command = " ".join(self.argv)
        return f"{self.name} {problem}\ncommand: {command}\n--- {self.name} output ---\n{self.output()}"

    def start(self, ready_path: str) -> Self:
        """Start the server and return once `ready_path` answers any HTTP response.

        Raises ServerError (with the output's tail) if the server exits first or is not
        ready within `ready_timeout`; the server is stopped before anything is raised.
        """
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                self.argv,
                cwd=self.cwd,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: see stop()
            )
        try:
            self._wait_ready(self.process, ready_path)
        except BaseException:  # a dead leader may leave children; Ctrl-C must not leak it
            self.stop()
            raise
        return self

    def _wait_ready(self, process: subprocess.Popen[bytes], ready_path: str) -> None:
        deadline = time.monotonic() + self.ready_timeout
        while True:
            self.require_running()
            try:
                httpx.get(self.url + ready_path, timeout=2.0)
                return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise ServerError(self.describe(f"was not ready after {self.ready_timeout:.0f}s"))
            # Doubles as the poll interval and as the check that the server is still alive.
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=POLL_INTERVAL)

    def require_running(self) -> None:
        if self.process is None:
            raise ServerError(self.describe("was never started"))
        code = self.process.poll()
        if code is not None:
            raise ServerError(self.describe(f"exited with status {code}"))

    def stop(self) -> None:
        """SIGTERM to the server's process group; SIGKILL if it has not exited in time."""
        if self.process is None:
            return
        # The group id is the leader's pid; signal the group even if the leader is gone.
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
        except ProcessLookupError:  # nothing left in the group: the server has exited
            self.process.poll()  # reap it, without blocking
            return
        try:
            self.process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_server(
    name: str,
    argv: Sequence[str],
    *,
    port: int,
    log_dir: Path,
    ready_path: str,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    ready_timeout: float = READY_TIMEOUT,
) -> ServerProcess:
    """Start `argv` (which must listen on `port`), logging to `log_dir/<name>-<port>.log`,
    and return it once `ready_path` answers."""
    server = ServerProcess(
        name=name,
        argv=list(argv),
        port=port,
        log_path=log_dir / f"{name}-{port}.log",
        cwd=cwd,
        env=env,
        ready_timeout=ready_timeout,
    )
    return server.start(ready_path)
