"""`MockAPI`: the stateful mock in a thread of the test's process, and its controls."""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar

import anyio
import httpx

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._hooks import Hooks
from ..spec.extensions import base_url
from ._scope import pointed_at
from ._served import _Served

if TYPE_CHECKING:
    import uvicorn

    from vimmerse_mock.app import MockApp
    from vimmerse_mock.control import VirtualClock

ClientT = TypeVar("ClientT", bound=SyncAPIClient)
AsyncClientT = TypeVar("AsyncClientT", bound=AsyncAPIClient)
PayloadT = TypeVar("PayloadT")

DEV_KEY = "vimmerse-dev-key"
_START_TIMEOUT = 30.0


@dataclass(frozen=True)
class RecordedRequest:
    """One request the mock received (the API key redacted)."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    json: Any  # the parsed JSON body, or the form fields (a file as filename and size)
    operation: str  # the spec's operationId
    status: int | str  # what the mock answered ("drop": the connection was dropped)


def _mock_modules() -> Any:
    try:
        import uvicorn

        from vimmerse_mock.app import MockApp
        from vimmerse_mock.control import VirtualClock
        from vimmerse_mock.settings import Settings
    except ImportError as exc:  # the mock extra is not installed
        raise ImportError("vimmerse.testing needs the mock: pip install 'vimmerse[mock]'") from exc
    return uvicorn, MockApp, VirtualClock, Settings


class MockAPI(Generic[ClientT, AsyncClientT, PayloadT]):
    """The Vimmerse mock on a free 127.0.0.1 port, served from a thread of this process.

    ``with MockAPI() as api:`` starts it (about a second: the spec is loaded once) and stops
    it; inside, ``VIMMERSE_BASE_URL`` and ``VIMMERSE_API_KEY`` name the mock (restored
    after) and, unless ``guard=False``, an API request to another host raises
    ``ForeignHostError`` (nothing is sent). ``reset()`` gives a fresh state without a restart. Jobs run on a virtual clock that
    the clients from ``client`` and ``async_client()`` sleep on, so waiting for a job of ten
    simulated minutes takes milliseconds; ``advance()`` moves it for any other client.

    The generated package's ``testing.MockAPI`` names its clients and webhook parser.
    """

    _client_class: ClassVar[type[Any]]
    _async_client_class: ClassVar[type[Any]]

    @staticmethod
    def _parse_webhook(body: Any) -> Any:
        raise NotImplementedError  # the generated subclass's: its webhooks.parse

    def __init__(
        self,
        *,
        api_key: str = DEV_KEY,
        credits: int = 10_000,
        durations: dict[str, float] | None = None,
        recordings: str | os.PathLike[str] | None = None,
        replay_fallback: str = "none",
        guard: bool = True,
    ) -> None:
        self.api_key = self._mock_key = api_key
        self._guard = guard
        self._scope = ExitStack()
        self._recordings = (recordings, replay_fallback) if recordings is not None else None
        self._served = _Served()
        self._real_client = False  # recording the real API: no virtual clock
        self._credits = credits
        self._durations = dict(durations or {})
        self._app: MockApp | None = None
        self._clock: VirtualClock | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._dir: tempfile.TemporaryDirectory[str] | None = None
        self._client: ClientT | None = None
        self._http: httpx.Client | None = None
        self._port = 0

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> Self:
        if self._server is not None:
            return self
        uvicorn, mock_app, virtual_clock, settings_type = _mock_modules()
        self._dir = tempfile.TemporaryDirectory(prefix="vimmerse-mock-")
        settings = settings_type(
            data_dir=self._dir.name,
            db=":memory:",
            keys={self.api_key: self._credits},
            credits=self._credits,
            webhook_poll=0.05,  # callbacks to the user's own receiver go out promptly
        )
        settings.durations.update(self._durations)
        self._clock = virtual_clock(virtual_sleep=True)
        self._app = mock_app(settings, clock=self._clock)
        self._served.mock = self._served.app = self._app
        if self._recordings is not None:
            self.replay(*self._recordings)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        # Accepted connections inherit it: without it, Nagle and delayed ACKs cost ~40 ms a call.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind(("127.0.0.1", 0))
        self._port = sock.getsockname()[1]
        config = uvicorn.Config(self._served, log_level="warning", access_log=False, lifespan="on")
        self._server = server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="vimmerse-mock", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started:  # uvicorn offers no event to wait on
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the Vimmerse mock did not start")
            time.sleep(0.002)
        return self

    def stop(self) -> None:
        self._close_client()
        if self._http is not None:
            self._http.close()
            self._http = None
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self._app is not None:
            self._app.store.close()
        if self._dir is not None:
            self._dir.cleanup()
        self._server = self._thread = self._app = self._dir = None

    def __enter__(self) -> Self:
        self.start()
        try:
            self._scope.enter_context(pointed_at(self.base_url, self.api_key, guard=self._guard))
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self._scope.close()
        finally:
            self.stop()

    def reset(self) -> None:
        """A fresh state: no jobs, requests, webhooks or failures; full balance; clock at now.

        Recordings replayed with `replay` play again from their start; a `record` ends.
        """
        self._close_client()
        self._mock.reset()
        if self._recordings is None:
            self._served.app = self._mock
        self.api_key, self._real_client = self._mock_key, False
        reset = getattr(self._served.app, "reset", None)
        if self._served.app is not self._mock and callable(reset):
            reset()

    # ------------------------------------------------------------------ recordings
    def replay(self, directory: str | os.PathLike[str], fallback: str = "none") -> None:
        """Serve the exchanges recorded in `directory` (``vimmerse-mock --record``) instead
        of the stateful mock, on the virtual clock; a call none matches is a 404 naming
        the closest recording, or (``fallback="stateful"``) the stateful mock's answer."""
        from vimmerse_mock.recording import Recordings, Replayer

        mock = self._mock
        self._served.app = Replayer(
            Recordings(directory),
            mock.spec,
            clock=self._virtual,
            fallback=mock if fallback == "stateful" else None,
        )

    @property
    def server(self) -> str:
        """The real API's address, as the spec gives it."""
        return base_url(self._mock.spec.doc)

    def record(
        self,
        upstream: str,
        directory: str | os.PathLike[str],
        api_key: str,
        *,
        rewrite: bool = True,
    ) -> None:
        """Forward every call to `upstream` (the real API) and record it into `directory`,
        afresh unless `rewrite` is false; `client` then sends `api_key` and waits in real
        time."""
        from vimmerse_mock.recording import Recorder, Recordings

        self._close_client()
        self._served.app = Recorder(
            upstream, Recordings(directory), self._mock.spec, rewrite=rewrite
        )
        self.api_key, self._real_client = api_key, True

    # ------------------------------------------------------------------ clients
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._port}"

    @property
    def client(self) -> ClientT:
        """A `Vimmerse` for this mock, the key set, sleeping on the virtual clock."""
        if self._client is None:
            self._client = self._client_class(
                api_key=self.api_key,
                base_url=self.base_url,
                http_client=self._shared_http(),
                **({} if self._real_client else {"_hooks": self._hooks()}),
            )
        return self._client

    def _shared_http(self) -> httpx.Client:
        # Shared by each test's client: building an httpx.Client (its TLS context) costs
        # 50-200 ms, more than a test's calls to the mock.
        if self._http is None:
            self._http = httpx.Client(timeout=httpx.Timeout(600, connect=5))
        return self._http

    def async_client(self) -> AsyncClientT:
        """A new `AsyncVimmerse` for this mock (one per event loop; close it yourself)."""
        client: AsyncClientT = self._async_client_class(
            api_key=self.api_key, base_url=self.base_url, _hooks=self._hooks()
        )
        return client

    def _hooks(self) -> Hooks:
        clock = self._virtual

        async def async_sleep(seconds: float) -> None:
            clock.advance(seconds)
            await anyio.sleep(0)  # let other tasks run, as a real sleep would

        return Hooks(
            sleep=clock.advance,
            async_sleep=async_sleep,
            monotonic=clock.now,
            now=lambda: datetime.fromtimestamp(clock.now(), UTC),
        )

    def _close_client(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    # ------------------------------------------------------------------ control
    def set_credits(self, credits: int) -> None:
        """Set the key's balance (the change shows in the ledger as `set`)."""
        self._mock.store.set_balance(self.api_key, credits, self._virtual.now())

    def fail_next(
        self, operation: str, status: int | str = 500, body: Any = None, times: int = 1
    ) -> None:
        """The next `times` calls of `operation` (an operationId, e.g. ``"text_to_image"``)
        answer `status` with `body` (default: the API's error body), or ``"drop"`` the
        connection mid-answer. Nothing else happens: no job, no charge."""
        self._mock.fail_next(operation, status, body, times)

    def set_duration(self, kind_or_operation: str, seconds: float) -> None:
        """Simulated job length, by kind (``image``, ``video``, ``media``) or operationId."""
        self._mock.set_duration(kind_or_operation, seconds)

    def advance(self, seconds: float) -> None:
        """Move the virtual clock on: running jobs progress, due webhooks go out."""
        self._mock.advance(seconds)

    @property
    def now(self) -> datetime:
        return datetime.fromtimestamp(self._virtual.now(), UTC)

    def requests(self, operation: str | None = None) -> list[RecordedRequest]:
        """What the mock received, oldest first; only `operation`'s calls if given."""
        return [
            RecordedRequest(**{k: v for k, v in e.items() if k != "seq"})
            for e in self._mock.control.requests(operation)
        ]

    @property
    def webhook_url(self) -> str:
        """A callback URL served by the mock; what it receives is in `webhooks`."""
        return self.base_url + "/_mock/webhook-sink"

    @property
    def webhooks(self) -> list[PayloadT]:
        """The callbacks received at `webhook_url`, parsed; callbacks due are sent first."""
        self._mock  # noqa: B018 - raises if the mock is not running
        answer = self._shared_http().get(self.base_url + "/_mock/webhook-sink")
        answer.raise_for_status()
        parse = type(self)._parse_webhook
        return [parse(d["body"]) for d in answer.json()["deliveries"]]

    # ------------------------------------------------------------------ internals
    @property
    def _mock(self) -> MockApp:
        if self._app is None:
            raise RuntimeError("the mock is not running: use `with MockAPI() as api:`")
        return self._app

    @property
    def _virtual(self) -> VirtualClock:
        if self._clock is None:
            raise RuntimeError("the mock is not running: use `with MockAPI() as api:`")
        return self._clock
