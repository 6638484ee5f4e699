"""Fixtures for the CLI tests: the app under typer's CliRunner, and the stateful mock run
as a real process (`vimmerse mock`) on a free port for the whole session."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

import pytest
import typer
from typer.testing import CliRunner, Result

from demo.mock_process import running_mock
from tests.cli.helpers import BROKE_KEY, DEV_KEY
from vimmerse._client import SURFACE
from vimmerse_core.cli._app import build

# Short simulated jobs: the tests wait on them through the CLI's real poll loop.
MOCK_FLAGS = (
    "--key", DEV_KEY, "--key", f"{BROKE_KEY}=0",
    "--duration", "image=0.3", "--duration", "video=0.3", "--duration", "media=1",
)  # fmt: skip

# Variables the CLI reads: each test states the ones it wants, so the caller's shell
# (a real VIMMERSE_API_KEY, say) never leaks in.
CLEAN_ENV: dict[str, str | None] = {
    "VIMMERSE_API_KEY": None,
    "VIMMERSE_BASE_URL": None,
    "VIMMERSE_POLL_INTERVAL": None,
    "VIMMERSE_LOG": None,
}


@pytest.fixture(scope="session")
def app() -> typer.Typer:
    return build(SURFACE)


class Cli:
    def __init__(self, app: typer.Typer, env: Mapping[str, str | None]) -> None:
        self.app = app
        self.env = dict(env)

    def __call__(self, *args: str, env: Mapping[str, str | None] | None = None) -> Result:
        return CliRunner().invoke(
            self.app,
            list(args),
            env={**self.env, **(env or {})},
            prog_name="vimmerse",
            obj=SURFACE,
        )

    def run(self, args: Sequence[str], env: Mapping[str, str | None] | None = None) -> Result:
        return self(*args, env=env)


@pytest.fixture
def cli(app: typer.Typer) -> Cli:
    """The CLI with no server and no key configured."""
    return Cli(app, CLEAN_ENV)


@pytest.fixture(scope="session")
def mock_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_mock(tmp_path_factory.mktemp("mock"), *MOCK_FLAGS) as url:
        yield url


@pytest.fixture
def mock_env(mock_url: str) -> dict[str, str | None]:
    return {
        **CLEAN_ENV,
        "VIMMERSE_BASE_URL": mock_url,
        "VIMMERSE_API_KEY": DEV_KEY,
        "VIMMERSE_POLL_INTERVAL": "0.1",
    }


@pytest.fixture
def mock_cli(app: typer.Typer, mock_env: dict[str, str | None]) -> Cli:
    """The CLI pointed at the running mock with its development key."""
    return Cli(app, mock_env)
