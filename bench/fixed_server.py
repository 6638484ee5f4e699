"""`python -m bench.fixed_server PORT`: answers every request with one fixed Asset JSON.

A raw asyncio server (no framework) so that its own cost per request is as small as
possible: the client-overhead benchmark then measures the clients, not the server.
HTTP/1.1 keep-alive, Content-Length bodies only (what httpx sends).
"""

from __future__ import annotations

import asyncio
import json
import sys

ASSET = {
    "id": "8f0c7d5e-2b1a-4c39-9a8e-3f6d2c1b0a99",
    "customer_id": "cus_bench",
    "primary_user_id": None,
    "args": {"prompt": "a red fox in the snow", "quantity": 2, "async_mode": True},
    "results": [
        "https://cdn.example.invalid/files/assets/8f0c7d5e/0.png",
        "https://cdn.example.invalid/files/assets/8f0c7d5e/1.png",
    ],
    "thumbnails": [],
    "status": "success",
    "mime_type": "image/png",
    "app_name": "text-to-image",
    "quantity": 2,
    "credits": 24,
    "created_at": "2025-05-06T16:35:59.840508+00:00",
    "updated_at": "2025-05-06T16:36:01.840508+00:00",
    "history": [],
}
BODY = json.dumps(ASSET).encode()
RESPONSE = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
    + f"content-length: {len(BODY)}\r\n\r\n".encode()
    + BODY
)
MAX_HEAD = 64 * 1024


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            if len(head) > MAX_HEAD:
                return
            length = 0
            for line in head.split(b"\r\n"):
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            if length:
                await reader.readexactly(length)
            writer.write(RESPONSE)
            await writer.drain()
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        pass
    finally:
        writer.close()


async def main(port: int) -> None:
    server = await asyncio.start_server(handle, "127.0.0.1", port, backlog=1024)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
