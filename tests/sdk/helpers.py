"""Shared helpers of the SDK tests (fixtures are in conftest.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from vimmerse_core._hooks import Hooks

BASE_URL = "https://api.test.vimmerse.net"
API_KEY = "vk_test_secret_0123456789"


class FakeTime:
    def __init__(self, jitter: float = 0.0) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []
        self.jitter = jitter
        self.wall = datetime(2025, 5, 6, 12, 0, 0, tzinfo=UTC)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def monotonic(self) -> float:
        return self.now

    def random(self) -> float:
        return self.jitter

    def wall_now(self) -> datetime:
        return self.wall + timedelta(seconds=self.now - 1000.0)

    def hooks(self) -> Hooks:
        return Hooks(
            sleep=self.sleep,
            async_sleep=self.async_sleep,
            monotonic=self.monotonic,
            random=self.random,
            now=self.wall_now,
        )


def asset_json(
    asset_id: str = "a1", status: str = "success", results: list[str] | None = None
) -> dict[str, object]:
    return {
        "id": asset_id,
        "status": status,
        "results": results if results is not None else ["https://media.test/out/a1.png"],
        "app_name": "text-to-image",
    }


def media_json(
    media_id: str = "m1", percent: int = 100, status: str = "success"
) -> dict[str, object]:
    return {
        "id": media_id,
        "title": "t",
        "progress_percentage": percent,
        "processing_status": status,
    }
