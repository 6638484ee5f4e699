"""Run the stateful mock (`vimmerse mock`) on a free 127.0.0.1 port for as long as a
`with` block lasts. Used by the demo and by tests/cli. Starting, waiting and stopping are
devtools.servers'."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

from devtools.servers import HOST, ServerProcess, free_port

DEV_KEY = "vimmerse-dev-key"  # the mock's default key: not a real one


def vimmerse_command() -> list[str]:
    """The installed `vimmerse` console script, beside this interpreter."""
    script = Path(sys.executable).with_name("vimmerse")
    return [str(script)] if script.exists() else [sys.executable, "-m", "vimmerse"]


@contextlib.contextmanager
def running_mock(data_dir: Path, *flags: str) -> Iterator[str]:
    """Start `vimmerse mock` with its data in data_dir; yield its base URL; always stop it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    command = [
        *vimmerse_command(), "mock", "--host", HOST, "--port", str(port),
        "--data-dir", str(data_dir), *flags,
    ]  # fmt: skip
    with ServerProcess("mock", command, port, data_dir / "mock.log").start("/_mock/health") as mock:
        yield mock.url
