"""Session fixtures of the end-to-end suite: both mocks (one of each per session), the
objects the path parameters point at, a webhook receiver, and the operation summary."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from devtools.receiver import Receiver, receiver
from tests.e2e.support import (
    FAST_POLL,
    KEY,
    PRISM,
    STATEFUL,
    TRAFFIC,
    Target,
    start_both,
    sync_client,
)
from vimmerse_mock import formats

# Summaries of what the tests before them saw: run last.
SUMMARY_TESTS = (
    "test_every_operation_was_accepted_by_both_mocks",
    "test_every_change_the_mock_made_was_read_back",
)
# (mock, operationId) pairs the selected matrix tests are expected to reach.
SELECTED = pytest.StashKey[set[tuple[str, str]]]()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def e2e_logs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("e2e-logs")


@pytest.fixture(scope="session")
def hook_receiver() -> Iterator[Receiver]:
    """Where the matrix's `webhook_url` values point, so the mock's callbacks land somewhere."""
    with receiver() as found:
        yield found


@pytest.fixture(scope="session")
def targets(
    tmp_path_factory: pytest.TempPathFactory, e2e_logs: Path
) -> Iterator[dict[str, Target]]:
    prism, stateful = start_both(e2e_logs, tmp_path_factory.mktemp("e2e-mock-data"))
    TRAFFIC.mocks[prism.url] = PRISM
    TRAFFIC.mocks[stateful.url] = STATEFUL
    try:
        yield {PRISM: Target(PRISM, prism, "any-key"), STATEFUL: Target(STATEFUL, stateful, KEY)}
    finally:
        stateful.stop()
        prism.stop()


@pytest.fixture(scope="session")
def stateful(targets: dict[str, Target]) -> Target:
    """The stateful mock, with an asset and a finished media for the path parameters."""
    target = targets[STATEFUL]
    if not target.ids:
        with sync_client(target) as client:
            upload = client.image.upload(formats.png(16, 9, "e2e-ids"))
            media = client.media.create_from_prompt(title="e2e ids")
            client.media.wait(media.id, poll_interval=FAST_POLL, max_wait_seconds=30)
        target.ids.update(asset_id=upload.id, media_id=media.id)
    return target


@pytest.fixture(scope="session")
def prism(targets: dict[str, Target]) -> Target:
    return targets[PRISM]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Remember which matrix cases were selected, and run the summary test after them."""
    here = Path(__file__).parent
    selected: set[tuple[str, str]] = set()
    summary: list[pytest.Item] = []
    for item in items:
        if not item.path.is_relative_to(here):
            continue
        if item.name in SUMMARY_TESTS:
            summary.append(item)
            continue
        callspec = getattr(item, "callspec", None)
        if callspec is not None and {"mock", "op"} <= callspec.params.keys():
            selected.add((callspec.params["mock"], callspec.params["op"]))
    config.stash[SELECTED] = selected
    for item in summary:
        items.remove(item)
        items.append(item)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    statuses = TRAFFIC.statuses()
    if not statuses:
        return
    terminalreporter.section("e2e: operations reached on each mock (HTTP statuses)")
    ops = sorted({op for _, op in statuses})
    for op in ops:
        cells = []
        for mock in (PRISM, STATEFUL):
            codes = statuses.get((mock, op), [])
            counted = {c: codes.count(c) for c in sorted(set(codes))}
            text = " ".join(f"{c}x{n}" for c, n in counted.items()) or "-"
            cells.append(f"{mock}: {text:<22}")
        terminalreporter.write_line(f"  {op:<26} " + "  ".join(cells))
