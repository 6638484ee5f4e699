"""Run the mock as a real uvicorn process on a free 127.0.0.1 port (devtools.servers)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from devtools.servers import free_port, start_server


class Server:
    def __init__(self, url: str, pid: int, log_path: Path) -> None:
        self.url = url
        self.pid = pid  # the process that serves (from /_mock/health)
        self.log_path = log_path  # what the server printed

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def peak_rss(self) -> int:
        """VmHWM of the serving process, in bytes."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
        raise AssertionError("no VmHWM")


@contextmanager
def run_mock(
    data_dir: Path, *args: str, console_script: bool = False, python: Path = Path(sys.executable)
) -> Iterator[Server]:
    """The mock with its data in data_dir, its output in data_dir's parent; always stopped.
    `python`: the installation to run it from (default: this one)."""
    port = free_port()
    command = (
        [str(python.parent / "vimmerse-mock")]
        if console_script
        else [str(python), "-m", "vimmerse_mock"]
    )
    argv = [*command, "--port", str(port), "--data-dir", str(data_dir), *args]
    health = "/_mock/health"
    with start_server("mock", argv, port=port, log_dir=data_dir.parent, ready_path=health) as mock:
        pid = int(httpx.get(mock.url + health, timeout=5).json()["pid"])
        yield Server(mock.url, pid, mock.log_path)
