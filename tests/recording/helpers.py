"""Record and replay servers as real processes, and a session's transcript."""

from __future__ import annotations

import contextlib
import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from devtools.servers import HOST, ServerProcess, free_port


@contextlib.contextmanager
def mock_process(data_dir: Path, *flags: str) -> Iterator[str]:
    """`vimmerse-mock FLAGS` on a free port; yields its URL; always stops it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    argv = [
        sys.executable, "-m", "vimmerse_mock", "--host", HOST, "--port", str(port),
        "--data-dir", str(data_dir), *flags,
    ]  # fmt: skip
    with ServerProcess("mock", argv, port, data_dir / "mock.log").start("/_recordings/health") as p:
        yield p.url


def _urls_out(value: Any) -> Any:
    """Answers name files by URL on whichever server ran: compare them by their bytes."""
    if isinstance(value, str):
        return "<url>" if value.startswith(("http://", "https://")) else value
    if isinstance(value, dict):
        return {k: _urls_out(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_urls_out(v) for v in value]
    return value


class Transcript:
    """What a client was answered, consecutive repeats (a poll too early) as one."""

    def __init__(self) -> None:
        self.answers: list[tuple[str, str, int, Any]] = []

    def hook(self, response: httpx.Response) -> None:
        response.read()
        kind = response.headers.get("content-type", "")
        body: Any = (
            _urls_out(response.json())
            if "json" in kind
            else hashlib.sha256(response.content).hexdigest()
        )
        entry = (response.request.method, response.request.url.path, response.status_code, body)
        if "/files/" in entry[1]:  # a file: its address differs, its bytes must not
            entry = (entry[0], "<file>", entry[2], entry[3])
        if not self.answers or self.answers[-1] != entry:
            self.answers.append(entry)

    def polls(self) -> dict[str, list[Any]]:
        """Per path read more than once, the answers it got in order: a job's lifecycle."""
        seen: dict[str, list[Any]] = {}
        for method, path, _, body in self.answers:
            if method == "GET":
                seen.setdefault(path, []).append(body)
        return {path: bodies for path, bodies in seen.items() if len(bodies) > 1}
