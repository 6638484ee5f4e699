"""`python -m bench.loadgen SPEC_JSON`: a closed-loop HTTP/1.1 load generator; prints JSON.

Each of `concurrency` keep-alive connections sends one request, reads the whole answer,
and sends the next, for `warmup` then `duration` seconds; only requests that start after
the warm-up are counted. Requests are pre-rendered bytes and answers are parsed with
plain asyncio streams (no HTTP library), so the generator spends far less CPU per request
than the servers it measures: on a 2-core machine it shares the CPU with them.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from dataclasses import dataclass, field
from typing import Any

from bench.stats import percentile


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    errors: int = 0


def render(
    host: str, port: int, method: str, path: str, headers: dict[str, str], body: bytes
) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}:{port}"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    if body or method in ("POST", "PUT", "PATCH"):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """(status, keep-alive) after reading one whole response."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length, chunked, close = 0, False, False
    for line in lines[1:]:
        name, _, value = line.partition(":")
        name, value = name.strip().lower(), value.strip().lower()
        if name == "content-length":
            length = int(value)
        elif name == "transfer-encoding" and "chunked" in value:
            chunked = True
        elif name == "connection" and value == "close":
            close = True
    if chunked:
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif length:
        await reader.readexactly(length)
    return status, not close


async def worker(
    host: str, port: int, request: bytes, start: float, stop: float, tally: Tally
) -> None:
    clock = time.perf_counter
    writer: asyncio.StreamWriter | None = None
    reader: asyncio.StreamReader | None = None
    while clock() < stop:
        try:
            if writer is None or reader is None:
                reader, writer = await asyncio.open_connection(host, port)
            t0 = clock()
            writer.write(request)
            status, keep = await read_response(reader)
            t1 = clock()
            if t0 >= start:
                tally.latencies.append(t1 - t0)
                tally.statuses[status] = tally.statuses.get(status, 0) + 1
            if not keep:
                writer.close()
                writer = reader = None
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            tally.errors += 1
            if writer is not None:
                writer.close()
            writer = reader = None
            await asyncio.sleep(0.01)  # a refusing server must not turn this into a busy loop
    if writer is not None:
        writer.close()


async def run(spec: dict[str, Any]) -> dict[str, Any]:
    host, port = spec["host"], int(spec["port"])
    body = json.dumps(spec["body"]).encode() if spec.get("body") is not None else b""
    request = render(host, port, spec["method"], spec["path"], spec.get("headers", {}), body)
    tally = Tally()
    start = time.perf_counter() + float(spec["warmup"])
    stop = start + float(spec["duration"])
    await asyncio.gather(
        *(worker(host, port, request, start, stop, tally) for _ in range(int(spec["concurrency"])))
    )
    lat = tally.latencies
    return {
        "requests": len(lat),
        "rps": len(lat) / float(spec["duration"]),
        "p50_s": percentile(lat, 50),
        "p99_s": percentile(lat, 99),
        "statuses": {str(k): v for k, v in sorted(tally.statuses.items())},
        "errors": tally.errors,
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(run(json.loads(sys.argv[1])))))
