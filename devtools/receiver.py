"""A local HTTP server that records webhook POSTs: answering 200 (after `delay` seconds),
failing the first N, hanging, or trickling its answer a byte at a time."""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

Behaviour = Literal["answer", "hang", "trickle"]


class Receiver:
    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls: queue.Queue[dict[str, Any]] = queue.Queue()
        self.url = ""
        self.released = threading.Event()  # ends hanging and trickling answers

    def next_call(self, timeout: float = 10) -> dict[str, Any]:
        return self.calls.get(timeout=timeout)

    def drain(self) -> list[dict[str, Any]]:
        """Every call recorded so far."""
        out = []
        while True:
            try:
                out.append(self.calls.get_nowait())
            except queue.Empty:
                return out


@contextmanager
def receiver(
    failures: int = 0,
    behaviour: Behaviour = "answer",
    trickle_every: float = 0.2,
    delay: float = 0.0,
) -> Iterator[Receiver]:
    state = Receiver(failures)
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", "0"))
            body = json.loads(self.rfile.read(length))
            with lock:
                fail = state.failures > 0
                state.failures -= 1
            answered = {"answer": 500 if fail else 200, "hang": 0, "trickle": 0}[behaviour]
            state.calls.put(
                {
                    "path": self.path,
                    "body": body,
                    "answered": answered,
                    "headers": {k.lower(): v for k, v in self.headers.items()},
                }
            )
            if behaviour == "hang":
                state.released.wait()
                return
            if behaviour == "trickle":  # a byte of the head at a time, never finishing
                self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                while not state.released.wait(trickle_every):
                    try:
                        self.wfile.write(b"x")
                        self.wfile.flush()
                    except OSError:
                        return
                return
            if delay:  # recorded already: a sender that dies now has delivered it
                state.released.wait(delay)
            self.send_response(answered)
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
        state.released.set()
        server.shutdown()
        server.server_close()
