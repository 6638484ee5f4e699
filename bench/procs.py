"""Child processes of the bench: its servers, and the one-shot children that print JSON.

The servers run through devtools.servers (a free loopback port, readiness polling, output
in a log file quoted on failure, the whole process group stopped); what is the bench's own
is here: which servers, their flags, and the key with plenty of credits.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import httpx

from devtools.servers import HOST as HOST  # bench.throughput aims its load generator at it
from devtools.servers import ServerProcess, free_port, start_server
from vimmerse._client import SURFACE

API_KEY_HEADER = SURFACE.api_key_header

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "vimmerse.yaml"
API_KEY = "bench-key"
# In the header that the spec's security scheme names (a generated fact of the SDK).
AUTH = {API_KEY_HEADER: API_KEY}
READY_TIMEOUT = 90.0  # Prism's first start through npx can be slow on a cold cache

Server = ServerProcess  # what the bench modules take and annotate with


def _start(
    name: str,
    argv: Sequence[str],
    port: int,
    log_dir: Path,
    ready_path: str,
    env: dict[str, str] | None = None,
) -> Server:
    return start_server(
        name,
        argv,
        port=port,
        log_dir=log_dir,
        ready_path=ready_path,
        cwd=ROOT,
        env=env,
        ready_timeout=READY_TIMEOUT,
    )


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
    return _start("mock", argv, port, log_dir, "/_mock/health", full_env)


def start_prism(log_dir: Path) -> Server:
    port = free_port()
    argv = ["npx", "--prefix", "mock", "prism", "mock", str(SPEC), "-h", HOST, "-p", str(port)]
    # Any request answers once Prism listens (401 without a key).
    return _start("prism", argv, port, log_dir, "/asset/ready")


def start_python(module: str, log_dir: Path, *args: str) -> Server:
    """A bench helper server (`python -m bench.<module> PORT ...`)."""
    port = free_port()
    argv = [sys.executable, "-m", module, str(port), *args]
    return _start(module, argv, port, log_dir, "/ready")


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
