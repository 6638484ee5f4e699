"""Hostile answers, written over raw sockets: what a broken or malicious API server or
result host (a CDN) may send back to the SDK.

The other half of the hostile corpus (``hostile.py`` holds the requests a server gets).
Used by tests/sdk/test_hostile_answers.py and tests/cli/test_hostile_answers.py, which run
each case on every HTTP backend the SDK has and expect one of its typed errors, with no
key in it and no file left behind.

``AnswerServer`` is a threaded loopback server (so the sync client, and an event loop's,
can both use it) that answers each path with the exact bytes it was given, then closes
the connection; an unknown path gets a 404.
"""

from __future__ import annotations

import gzip
import json
import socket
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager

HEAD_LIMIT = 65536


def answer(
    status: int,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    *,
    reason: str = "X",
) -> bytes:
    """One HTTP/1.1 answer, exactly as given (no checks); Connection: close."""
    lines = [f"HTTP/1.1 {status} {reason}"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    lines += [f"Content-Length: {len(body)}", "Connection: close"]
    return "\r\n".join(lines).encode("latin-1") + b"\r\n\r\n" + body


def json_answer(status: int, document: object) -> bytes:
    return answer(status, json.dumps(document).encode(), {"Content-Type": "application/json"})


def garbage_gzip(content_type: str = "application/json") -> bytes:
    """A 200 that says gzip and is not: every decoder fails on its first chunk."""
    return answer(
        200, b"this is not gzip at all", {"Content-Type": content_type, "Content-Encoding": "gzip"}
    )


def gzip_bomb(decoded_bytes: int, content_type: str = "image/png") -> bytes:
    """A 200 whose few bytes on the wire decode to ``decoded_bytes`` zeros."""
    body = gzip.compress(b"\0" * decoded_bytes, compresslevel=9)
    return answer(200, body, {"Content-Type": content_type, "Content-Encoding": "gzip"})


def redirect_to(location: str) -> bytes:
    """A 302 to ``location``: pointed at its own path, a redirect loop."""
    return answer(302, headers={"Location": location})


def named_file(name: str, body: bytes = b"\x89PNG\r\n\x1a\n") -> bytes:
    """A result file whose server-given name is ``name`` (Content-Disposition)."""
    return answer(
        200,
        body,
        {"Content-Type": "image/png", "Content-Disposition": f'attachment; filename="{name}"'},
    )


class _Handler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        sock: socket.socket = self.request
        sock.settimeout(10)
        head = b""
        while b"\r\n\r\n" not in head and len(head) < HEAD_LIMIT:
            chunk = sock.recv(4096)
            if not chunk:
                return
            head += chunk
        parts = head.split(b"\r\n", 1)[0].split(b" ")
        path = parts[1].decode("latin-1") if len(parts) > 1 else ""
        with self.server.lock:
            self.server.heads.append(head)
        found = self.server.answers.get(path.split("?", 1)[0])
        sock.sendall(found if found is not None else answer(404, b"{}"))


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    answers: dict[str, bytes]
    heads: list[bytes]
    lock: threading.Lock


class AnswerServer:
    """Answers each path in ``answers`` with its bytes; ``heads`` lists the requests seen."""

    def __init__(self, server: _Server) -> None:
        self._server = server
        host, port = server.server_address[:2]
        self.url = f"http://{host!s}:{port}"

    @property
    def answers(self) -> dict[str, bytes]:
        return self._server.answers

    @property
    def heads(self) -> list[bytes]:
        with self._server.lock:
            return list(self._server.heads)


@contextmanager
def serve(answers: dict[str, bytes] | None = None) -> Iterator[AnswerServer]:
    """An ``AnswerServer`` on 127.0.0.1 and a free port, stopped on exit."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.answers = dict(answers or {})
    server.heads = []
    server.lock = threading.Lock()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield AnswerServer(server)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def refused_url() -> str:
    """A loopback URL nothing listens on: connecting is refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
