"""Run-time settings, read from `VIMMERSE_MOCK_*` environment variables.

The CLI turns its flags into these variables, so every uvicorn worker (a separate
process) builds the same settings from its environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path

PREFIX = "VIMMERSE_MOCK_"
DEV_KEY = "vimmerse-dev-key"
FAIL_WORD = "MOCK_FAIL"
MB = 1024 * 1024
_OPTIONAL_INTS = ("seed", "drift")  # an int, or None when unset


def _pairs(text: str) -> dict[str, str]:
    """`a=1,b=2` -> {"a": "1", "b": "2"}; a bare item maps to ""."""
    out: dict[str, str] = {}
    for item in text.split(","):
        item = item.strip()
        if item:
            key, _, value = item.partition("=")
            out[key.strip()] = value.strip()
    return out


@dataclass
class Settings:
    spec_path: str | None = None
    data_dir: str = ".vimmerse-mock"
    db: str | None = None  # a file path or ":memory:"; default <data_dir>/mock.sqlite3
    public_url: str | None = None  # base of file URLs; default: the request's own base URL
    # API key -> starting credits (None: `credits`).
    keys: dict[str, int | None] = field(default_factory=lambda: {DEV_KEY: None})
    credits: int = 10_000
    # Simulated job durations in seconds, by kind of job.
    durations: dict[str, float] = field(
        default_factory=lambda: {"image": 2.0, "video": 5.0, "media": 8.0}
    )
    fail_word: str = FAIL_WORD
    failure_rate: float = 0.0
    max_upload_bytes: int = 512 * MB
    max_json_bytes: int = 10 * MB
    webhook_attempts: int = 4
    webhook_backoff: float = 0.5  # first retry delay; doubles on each attempt
    webhook_timeout: float = 5.0
    webhook_poll: float = 0.2  # 0 disables the background sender (tests drive it)
    fault_429: float = 0.0
    fault_503: float = 0.0
    fault_drop: float = 0.0
    fault_phase: str = "before"  # before | after | random
    fault_header: bool = False  # honour X-Mock-Fault on requests
    latency_ms: float = 0.0
    retry_after: int = 1
    seed: int | None = None
    drift: int | None = None  # a seed: answer as a newer server would (drift.py)

    @property
    def db_path(self) -> str:
        return self.db or str(Path(self.data_dir) / "mock.sqlite3")

    def duration(self, kind: str) -> float:
        return float(self.durations.get(kind, self.durations.get("default", 0.0)))

    def starting_credits(self, key: str) -> int:
        override = self.keys.get(key)
        return self.credits if override is None else override

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        settings = cls()
        for f in fields(cls):
            raw = env.get(PREFIX + f.name.upper())
            if raw is None:
                continue
            current = getattr(settings, f.name)
            value: object
            if f.name == "keys":
                value = {k: (int(v) if v else None) for k, v in _pairs(raw).items()}
            elif f.name == "durations":
                value = {**current, **{k: float(v) for k, v in _pairs(raw).items()}}
            elif isinstance(current, bool):
                value = raw.strip().lower() in ("1", "true", "yes", "on")
            elif isinstance(current, int) and f.name not in _OPTIONAL_INTS:
                value = int(raw)
            elif isinstance(current, float):
                value = float(raw)
            elif f.name in _OPTIONAL_INTS:
                value = int(raw) if raw else None
            else:
                value = raw or None if current is None else raw
            setattr(settings, f.name, value)
        return settings

    def to_env(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None:
                continue
            if f.name == "keys":
                text = ",".join(k if v is None else f"{k}={v}" for k, v in value.items())
            elif f.name == "durations":
                text = ",".join(f"{k}={v}" for k, v in value.items())
            elif isinstance(value, bool):
                text = "1" if value else "0"
            else:
                text = str(value)
            out[PREFIX + f.name.upper()] = text
        return out
