"""Record and replay in this process: the upstream, the recorder and the replay are ASGI
apps joined by httpx's ASGI transport (no sockets, no threads), on a virtual clock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from vimmerse_core.spec.extensions import JOB
from vimmerse_mock.app import MockApp
from vimmerse_mock.control import VirtualClock
from vimmerse_mock.recording import Recorder, Recordings, Replayer
from vimmerse_mock.settings import Settings
from vimmerse_mock.spec import Spec

DEV_KEY = "vimmerse-dev-key"
_SPEC: list[Spec] = []


def spec() -> Spec:
    """Loaded once for the module's tests (about a second)."""
    if not _SPEC:
        _SPEC.append(Spec.load())
    return _SPEC[0]


def stateful(tmp: Path, clock: VirtualClock, **settings: Any) -> MockApp:
    options = Settings(data_dir=str(tmp / "upstream"), db=":memory:", webhook_poll=0, **settings)
    return MockApp(options, clock=clock, spec=spec())


def recorder(upstream: Any, directory: Path, clock: VirtualClock, **kw: Any) -> Recorder:
    transport = httpx.ASGITransport(app=upstream)
    return Recorder(
        "http://upstream", Recordings(directory), spec(), clock=clock, transport=transport, **kw
    )


def replayer(directory: Path, clock: VirtualClock, **kw: Any) -> Replayer:
    return Replayer(Recordings(directory), spec(), clock=clock, **kw)


def client(app: Any, key: str = DEV_KEY) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://mock", headers={"x-api-key": key}
    )


def generate_path() -> str:
    """An image generation route (what its tests submit)."""
    return spec().by_id["text_to_image"].path


def asset_path(asset_id: str) -> str:
    """The route that reads an asset job (the spec's x-vimmerse-job of kind asset)."""
    [op] = [op for op in spec().operations if (op.raw.get(JOB) or {}).get("kind") == "asset"]
    return op.path.replace(op.path[op.path.index("{") : op.path.index("}") + 1], asset_id)
