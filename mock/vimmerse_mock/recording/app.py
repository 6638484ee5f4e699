"""The uvicorn factory and the options of record and replay, handed over by environment.

`vimmerse-mock` passes the options to each worker as `VIMMERSE_MOCK_*` variables, as it
does its settings; these are the ones for record and replay, read here only.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from starlette.types import ASGIApp

from vimmerse_mock.settings import PREFIX, Settings
from vimmerse_mock.spec import Spec

FALLBACKS = ("none", "stateful")
MODES = ("merge", "rewrite")  # into a directory with recordings: add to them, or start afresh


@dataclass(frozen=True)
class Options:
    record: str = ""  # the upstream to record
    replay: str = ""  # the directory to replay
    recordings: str = ""  # the directory to record into
    fallback: str = "none"
    mode: str = "merge"

    def to_env(self) -> dict[str, str]:
        return {PREFIX + name.upper(): value for name, value in self.__dict__.items()}

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Options:
        env = os.environ if env is None else env
        return cls(**{n: env.get(PREFIX + n.upper(), d) for n, d in cls().__dict__.items()})


def build(options: Options, settings: Settings) -> ASGIApp:
    from vimmerse_mock.recording import Recorder, Recordings, Replayer

    spec = Spec.load(settings.spec_path)
    if options.record:
        return Recorder(
            options.record,
            Recordings(options.recordings),
            spec,
            rewrite=options.mode == "rewrite",
        )
    fallback: ASGIApp | None = None
    if options.fallback == "stateful":
        from vimmerse_mock.app import MockApp

        fallback = MockApp(settings)
    return Replayer(Recordings(options.replay), spec, fallback=fallback)


def create_app() -> ASGIApp:
    """uvicorn factory of `--record` and `--replay`."""
    return build(Options.from_env(), Settings.from_env())
