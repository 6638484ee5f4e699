"""A local HTTP server that records webhook POSTs and fails the first N of them."""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class Receiver:
    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls: queue.Queue[dict[str, Any]] = queue.Queue()
        self.url = ""

    def next_call(self, timeout: float = 10) -> dict[str, Any]:
        return self.calls.get(timeout=timeout)


@contextmanager
def receiver(failures: int = 0) -> Iterator[Receiver]:
    state = Receiver(failures)
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", "0"))
            body = json.loads(self.rfile.read(length))
            with lock:
                fail = state.failures > 0
                state.failures -= 1
            state.calls.put({"path": self.path, "body": body, "answered": 500 if fail else 200})
            self.send_response(500 if fail else 200)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
