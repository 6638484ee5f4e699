"""The soak's fault phases, small: a full disk and a crash during webhook delivery meet
their goals (`make soak` runs them larger)."""

from __future__ import annotations

from pathlib import Path

from bench import soak_faults


def test_a_full_disk_loses_nothing_and_charges_once(tmp_path: Path) -> None:
    figures = soak_faults.disk_phase(tmp_path, jobs=12)
    assert figures["disk_full_507s"] > 0, "the disk filled in the middle of the run"
    goals = {k: v for k, v in figures.items() if k != "disk_full_507s"}
    assert goals == dict.fromkeys(goals, 0), figures


def test_a_crash_during_delivery_redelivers_only_with_the_same_id(tmp_path: Path) -> None:
    figures = soak_faults.crash_phase(tmp_path, jobs=20)
    info = "crash_webhooks_redelivered_same_id"
    goals = {k: v for k, v in figures.items() if k != info}
    assert goals == dict.fromkeys(goals, 0), figures
