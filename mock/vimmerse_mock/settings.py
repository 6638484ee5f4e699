"""Run-time settings, read from `VIMMERSE_MOCK_*` environment variables.

The CLI turns its flags into these variables, so every uvicorn worker (a separate
process) builds the same settings from its environment.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path

PREFIX = "VIMMERSE_MOCK_"
DEV_KEY = "vimmerse-dev-key"
FAIL_WORD = "MOCK_FAIL"
MB = 1024 * 1024
# Simulated job durations in seconds, by kind of job; "default" times any other kind.
DEFAULT_DURATIONS = {"image": 2.0, "video": 5.0, "media": 8.0}
DURATION_KINDS = (*DEFAULT_DURATIONS, "default")


def _pairs(text: str) -> dict[str, str]:
    """`a=1,b=2` -> {"a": "1", "b": "2"}; a bare item maps to ""."""
    out: dict[str, str] = {}
    for item in text.split(","):
        item = item.strip()
        if item:
            key, _, value = item.partition("=")
            out[key.strip()] = value.strip()
    return out


def _parse(name: str, raw: str, current: object) -> object:
    """One `VIMMERSE_MOCK_*` value, typed like the field's default; ValueError if it is not."""
    if name == "keys":
        return {k: (_credits(v) if v else None) for k, v in _pairs(raw).items()}
    if name == "credits":
        return _credits(raw)
    if name == "durations":
        assert isinstance(current, dict)
        unknown = _pairs(raw).keys() - set(DURATION_KINDS)
        if unknown:
            raise ValueError(
                f"unknown kind {sorted(unknown)[0]!r} (one of {', '.join(DURATION_KINDS)})"
            )
        return {**current, **{k: seconds(float(v)) for k, v in _pairs(raw).items()}}
    if isinstance(current, bool):
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if name in ("seed", "drift", "disk_free"):  # an int, or None when unset
        return int(raw) if raw else None
    if isinstance(current, int):
        return int(raw)
    if isinstance(current, float):
        return float(raw)
    return raw or None if current is None else raw


def seconds(value: float) -> float:
    """A job duration: finite and at least 0, else ValueError. (A NaN or an infinity would
    be stored and answered as null: orjson writes them so, see jsonio.)"""
    if not 0 <= value < math.inf:
        raise ValueError(f"{value} is not a finite number of seconds, at least 0")
    return value


def _credits(text: str) -> int:
    value = int(text)
    if not 0 <= value <= Settings.max_credits:
        raise ValueError(f"{value} is not from 0 to {Settings.max_credits}")
    return value


@dataclass
class Settings:
    spec_path: str | None = None
    data_dir: str = ".vimmerse-mock"
    db: str | None = None  # a file path or ":memory:"; default <data_dir>/mock.sqlite3
    public_url: str | None = None  # base of file URLs; default: the request's own base URL
    # API key -> starting credits (None: `credits`).
    keys: dict[str, int | None] = field(default_factory=lambda: {DEV_KEY: None})
    credits: int = 10_000
    durations: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_DURATIONS))
    fail_word: str = FAIL_WORD
    failure_rate: float = 0.0
    max_upload_bytes: int = 512 * MB
    max_json_bytes: int = 10 * MB
    webhook_attempts: int = 4
    webhook_backoff: float = 0.5  # first retry delay; doubles on each attempt
    webhook_timeout: float = 5.0  # an attempt's total deadline, however slow the receiver
    webhook_concurrency: int = 32  # attempts in flight per worker
    webhook_per_key: int = 8  # of those, one key's: a hanging receiver holds no more
    webhook_poll: float = 0.2  # 0 disables the background sender (tests drive it)
    fault_429: float = 0.0
    fault_503: float = 0.0
    fault_drop: float = 0.0
    fault_phase: str = "before"  # before | after | random
    fault_header: bool = False  # honour X-Mock-Fault on requests
    latency_ms: float = 0.0
    # A client silent this long while sending a request's head or body is answered 408.
    read_timeout: float = 15.0
    retry_after: int = 1
    seed: int | None = None
    journal_size: int = 10_000  # requests kept for `GET /_mock/requests` (0: none)
    drift: int | None = None  # a seed: answer as a newer server would (drift.py)
    # Shared use (README "Running it shared"). With a control key set, the `/_mock/` writes
    # that touch every key and the page need it, and webhooks may only call `webhook_hosts`.
    control_key: str | None = None
    # Host header names (besides loopback and `public_url`'s) the control routes answer:
    # any other is a DNS-rebinding page's, refused.
    control_hosts: str = ""
    # Hosts a webhook may call in shared mode ("*": any); loopback when empty.
    webhook_hosts: str = ""
    max_control_bytes: int = 256 * 1024  # a `/_mock/` request body
    journal_bytes: int = 32 * MB  # bodies the journal and the webhook sink keep, in all
    max_credits: int = 10**12  # a balance `/_mock/credits` may set
    max_job_seconds: float = 7 * 86400.0  # a job duration `/_mock/durations` may set
    max_render_seconds: float = 60.0  # the longest audio or video the mock renders
    # A fault for tests and the soak: the bytes the disk may still take (None: no limit).
    disk_free: int | None = None

    @property
    def db_path(self) -> str:
        return self.db or str(Path(self.data_dir) / "mock.sqlite3")

    @property
    def shared(self) -> bool:
        return bool(self.control_key)

    def duration(self, kind: str) -> float:
        return float(self.durations.get(kind, self.durations.get("default", 0.0)))

    def job_duration(self, operation_id: str, kind: str) -> float:
        """An operation's own duration (set by a test) wins over its kind's."""
        found = self.durations.get(operation_id)
        return self.duration(kind) if found is None else float(found)

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
            try:
                setattr(settings, f.name, _parse(f.name, raw, getattr(settings, f.name)))
            except ValueError as exc:
                raise ValueError(f"{PREFIX}{f.name.upper()}={raw!r}: {exc}") from None
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
