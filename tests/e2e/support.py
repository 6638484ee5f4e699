"""Servers, clients and the traffic log shared by the end-to-end tests.

Servers are started with the repo's helper (devtools/servers.py), as in tests/contract. Every
SDK client made here sends through an httpx client whose response hook records which spec
operation each request reached on which mock, and with what status: the summary test
(test_operations.py) reads that log to show every operation was accepted by both mocks.
"""

from __future__ import annotations

import os
import ssl
import sys
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from devtools.servers import ServerProcess, free_port, start_server
from vimmerse import AsyncVimmerse, Vimmerse
from vimmerse_mock.spec import Spec

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "vimmerse.yaml"
SPEC = Spec.load(SPEC_PATH)
# The Prism that `npm ci --prefix mock` pins. Run directly: `npx --prefix mock prism` (what
# tests/contract/conftest.py's start_prism runs) spends ~7 s more per start on npx itself.
PRISM_BIN = ROOT / "mock" / "node_modules" / ".bin" / "prism"
# 401 on both mocks (no key), so an answer proves the server is up.
READY_PATH = "/asset/e2e-readiness-probe"

PRISM = "prism"
STATEFUL = "stateful"
MOCKS = (PRISM, STATEFUL)

KEY = "e2e-key"
POOR_KEY = "e2e-poor-key"
POOR_CREDITS = 30  # two images (12 credits each) fit, a third does not
WRONG_KEY = "e2e-wrong-key-7f3a9c2e51"
# Short simulated jobs keep the suite fast; media long enough to see progress below 100.
DURATIONS = {"image": 0.1, "video": 0.1, "media": 0.6}
FAST_POLL = 0.05  # poll_interval for the SDK's wait helpers


# ----------------------------------------------------------------------------- traffic
@dataclass(frozen=True)
class Exchange:
    mock: str
    operation_id: str | None  # None: not a spec route (e.g. a result file URL)
    method: str
    path: str
    status: int


@dataclass
class Traffic:
    """Every response the e2e clients received, by mock."""

    mocks: dict[str, str] = field(default_factory=dict)  # base URL -> mock name
    exchanges: list[Exchange] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, response: httpx.Response) -> None:
        request = response.request
        origin = f"{request.url.scheme}://{request.url.host}:{request.url.port}"
        mock = self.mocks.get(origin)
        if mock is None:
            return
        method = request.method.upper()
        matched = [op for op, _ in SPEC.match(request.url.path) if op.method == method]
        exchange = Exchange(
            mock,
            matched[0].operation_id if matched else None,
            method,
            request.url.path,
            response.status_code,
        )
        with self.lock:
            self.exchanges.append(exchange)

    def accepted(self) -> set[tuple[str, str]]:
        """(mock, operationId) pairs that got a 2xx answer."""
        with self.lock:
            return {
                (e.mock, e.operation_id)
                for e in self.exchanges
                if e.operation_id is not None and 200 <= e.status < 300
            }

    def statuses(self) -> dict[tuple[str, str], list[int]]:
        out: dict[tuple[str, str], list[int]] = {}
        with self.lock:
            for e in self.exchanges:
                if e.operation_id is not None:
                    out.setdefault((e.mock, e.operation_id), []).append(e.status)
        return out


TRAFFIC = Traffic()


# ----------------------------------------------------------------------------- targets
@dataclass
class Target:
    """One running mock, and what the tests need to call it."""

    name: str
    server: ServerProcess
    key: str
    # Path parameter values: ids of objects that exist on this mock.
    ids: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return self.server.url


def _log_hook(response: httpx.Response) -> None:
    TRAFFIC.record(response)


async def _async_log_hook(response: httpx.Response) -> None:
    TRAFFIC.record(response)


# httpx builds an SSL context (loading the CA bundle, ~0.1 s) for every client it makes;
# the suite makes hundreds of clients, so they share one.
SSL_CONTEXT = ssl.create_default_context()


@contextmanager
def sync_client(
    target: Target,
    *,
    key: str | None = None,
    max_retries: int = 0,
    hooks: Sequence[Callable[[httpx.Response], None]] = (),
) -> Iterator[Vimmerse]:
    """A client of `target` whose traffic is logged (and passed to `hooks`)."""
    with httpx.Client(verify=SSL_CONTEXT, event_hooks={"response": [_log_hook, *hooks]}) as http:
        yield Vimmerse(
            api_key=key or target.key,
            base_url=target.url,
            max_retries=max_retries,
            http_client=http,
        )


@asynccontextmanager
async def async_client(
    target: Target,
    *,
    key: str | None = None,
    max_retries: int = 0,
    hooks: Sequence[Callable[[httpx.Response], Awaitable[None]]] = (),
) -> AsyncIterator[AsyncVimmerse]:
    async with httpx.AsyncClient(
        verify=SSL_CONTEXT, event_hooks={"response": [_async_log_hook, *hooks]}
    ) as http:
        yield AsyncVimmerse(
            api_key=key or target.key,
            base_url=target.url,
            max_retries=max_retries,
            http_client=http,
        )


# ----------------------------------------------------------------------------- servers
def mock_argv(
    port: int, data_dir: Path, durations: dict[str, float], *extra: str, spec: Path = SPEC_PATH
) -> list[str]:
    argv = [
        sys.executable,
        "-m",
        "vimmerse_mock",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--data-dir",
        str(data_dir),
        "--spec",
        str(spec),
        "--key",
        f"{KEY}={10**9}",
        "--key",
        f"{POOR_KEY}={POOR_CREDITS}",
        "--webhook-backoff",
        "0.1",
    ]
    for kind, seconds in durations.items():
        argv += ["--duration", f"{kind}={seconds}"]
    return [*argv, *extra]


def mock_env() -> dict[str, str]:
    # The webhook sender polls its outbox this often (the CLI has no flag for it).
    return {**os.environ, "VIMMERSE_MOCK_WEBHOOK_POLL": "0.05"}


def start_stateful(log_dir: Path, data_dir: Path, durations: dict[str, float]) -> ServerProcess:
    port = free_port()
    return start_server(
        "e2e-stateful-mock",
        mock_argv(port, data_dir, durations),
        port=port,
        log_dir=log_dir,
        cwd=ROOT,
        ready_path=READY_PATH,
        env=mock_env(),
    )


def start_prism(log_dir: Path) -> ServerProcess:
    port = free_port()
    argv = [str(PRISM_BIN), "mock", str(SPEC_PATH), "-h", "127.0.0.1", "-p", str(port)]
    return start_server(
        "e2e-prism", argv, port=port, log_dir=log_dir, cwd=ROOT, ready_path=READY_PATH
    )


def start_both(log_dir: Path, data_dir: Path) -> tuple[ServerProcess, ServerProcess]:
    """Prism and the stateful mock, started side by side (each takes seconds to boot)."""
    with ThreadPoolExecutor(2) as pool:
        prism = pool.submit(start_prism, log_dir)
        stateful = pool.submit(start_stateful, log_dir, data_dir, DURATIONS)
        errors: list[BaseException] = []
        started: list[ServerProcess] = []
        for future in (prism, stateful):
            try:
                started.append(future.result())
            except BaseException as exc:  # stop the other one before failing
                errors.append(exc)
    if errors:
        for server in started:
            server.stop()
        raise errors[0]
    return started[0], started[1]


def credits_of(target: Target, key: str) -> int:
    """The key's balance on the stateful mock (its own /_mock/credits route)."""
    response = httpx.get(f"{target.url}/_mock/credits", headers={"X-Api-Key": key}, timeout=5)
    response.raise_for_status()
    return int(response.json()["balance"])
