"""Child processes of the bench: servers on free loopback ports, started and stopped cleanly.

Every server runs in its own session (process group), so stopping it also reaches the
children it spawns (npx runs Prism in a child node process), and output goes to a log file
(a full pipe would block the server) that is quoted when something goes wrong.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "vimmerse.yaml"
HOST = "127.0.0.1"
API_KEY = "bench-key"
READY_TIMEOUT = 90.0  # Prism's first start through npx can be slow on a cold cache
STOP_TIMEOUT = 10.0


class ServerError(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Server:
    name: str
    argv: list[str]
    port: int
    log_path: Path
    env: dict[str, str] | None = None
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except FileNotFoundError:
            return "(no output)"

    def start(self, ready_path: str) -> Server:
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                self.argv,
                cwd=ROOT,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + READY_TIMEOUT
        while True:
            if self.process.poll() is not None:
                raise ServerError(f"{self.name} exited: {self.log_tail()}")
            try:
                httpx.get(self.url + ready_path, timeout=2.0)
                return self
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise ServerError(
                    f"{self.name} not ready in {READY_TIMEOUT:.0f}s: {self.log_tail()}"
                )
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=0.1)  # the poll interval, and a liveness check

    def stop(self) -> None:
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            self.process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_mock(
    data_dir: Path,
    log_dir: Path,
    *args: str,
    env: dict[str, str] | None = None,
) -> Server:
    """The stateful mock with a bench key holding plenty of credits; extra flags in args."""
    port = free_port()
    argv = [
        sys.executable, "-m", "vimmerse_mock", "--host", HOST, "--port", str(port),
        "--data-dir", str(data_dir), "--spec", str(SPEC),
        "--key", f"{API_KEY}={10**12}", *args,
    ]  # fmt: skip
    # No webhooks are sent in the bench; the sender's poll loop would only cost CPU.
    full_env = {**os.environ, "VIMMERSE_MOCK_WEBHOOK_POLL": "0", **(env or {})}
    server = Server("mock", argv, port, log_dir / f"mock-{port}.log", full_env)
    return server.start("/_mock/health")


def start_prism(log_dir: Path) -> Server:
    port = free_port()
    argv = ["npx", "--prefix", "mock", "prism", "mock", str(SPEC), "-h", HOST, "-p", str(port)]
    # Any request answers once Prism listens (401 without a key).
    return Server("prism", argv, port, log_dir / f"prism-{port}.log").start("/asset/ready")


def start_python(module: str, log_dir: Path, *args: str) -> Server:
    """A bench helper server (`python -m bench.<module> PORT ...`)."""
    port = free_port()
    argv = [sys.executable, "-m", module, str(port), *args]
    return Server(module, argv, port, log_dir / f"{module}-{port}.log").start("/ready")


def serving_pid(server: Server) -> int:
    """The pid that answers the mock's requests (uvicorn's, with one worker)."""
    pid: int = httpx.get(server.url + "/_mock/health", timeout=5).json()["pid"]
    return pid


def run_json(argv: Sequence[str], timeout: float) -> str:
    """Run a bench child process and return its stdout (the JSON it prints)."""
    proc = subprocess.run(
        [sys.executable, *argv], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    return proc.stdout
