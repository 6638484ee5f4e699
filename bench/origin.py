"""`python -m bench.origin PORT`: a fixed-answer API or a slow CDN that counts its connections.

Like bench.fixed_server (raw asyncio, HTTP/1.1 keep-alive), plus:

- `GET /files/NAME?bytes=N&seconds=S`: N bytes of body, trickled evenly over S seconds
  (a slow CDN); without a query, 1 KiB at once;
- `GET /_stats`: `{"connections": opened so far, "open": open now}`, on a connection of its
  own that the count leaves out;
- anything else: bench.fixed_server's Asset JSON.
"""

from __future__ import annotations

import asyncio
import json
import sys
from urllib.parse import parse_qs, urlsplit

from bench.fixed_server import MAX_HEAD, RESPONSE

CHUNKS = 16


class Origin:
    def __init__(self) -> None:
        self.connections = 0
        self.open = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        counted = False
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                if len(head) > MAX_HEAD:
                    return
                target = head.split(b" ", 2)[1].decode()
                if target == "/_stats":
                    body = json.dumps({"connections": self.connections, "open": self.open})
                    writer.write(_answer(body.encode(), "application/json"))
                    await writer.drain()
                    continue
                if not counted:
                    counted = True
                    self.connections += 1
                    self.open += 1
                url = urlsplit(target)
                if url.path.startswith("/files/"):
                    await _trickle(writer, parse_qs(url.query))
                else:
                    writer.write(RESPONSE)
                    await writer.drain()
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            pass
        finally:
            if counted:
                self.open -= 1
            writer.close()


def _answer(body: bytes, content_type: str) -> bytes:
    head = f"HTTP/1.1 200 OK\r\ncontent-type: {content_type}\r\ncontent-length: {len(body)}\r\n\r\n"
    return head.encode() + body


async def _trickle(writer: asyncio.StreamWriter, query: dict[str, list[str]]) -> None:
    size = int(query.get("bytes", ["1024"])[0])
    seconds = float(query.get("seconds", ["0"])[0])
    head = f"HTTP/1.1 200 OK\r\ncontent-type: image/png\r\ncontent-length: {size}\r\n\r\n"
    writer.write(head.encode())
    chunk = max(1, size // CHUNKS)
    sent = 0
    while sent < size:
        part = min(chunk, size - sent)
        writer.write(b"\0" * part)
        await writer.drain()
        sent += part
        if seconds and sent < size:
            await asyncio.sleep(seconds / CHUNKS)  # the slow CDN itself, not synchronisation


async def main(port: int) -> None:
    origin = Origin()
    server = await asyncio.start_server(origin.handle, "127.0.0.1", port, backlog=1024)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
