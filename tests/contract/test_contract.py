"""Schemathesis against both mocks: every check, every operation, all four phases.

One schemathesis run per mock (a session fixture); each test below asserts one property of
that run, so a report names what went wrong and quotes schemathesis' reproduction commands.
"""

from __future__ import annotations

import pytest

from devtools.servers import ServerProcess
from tests.contract import prism_limits
from tests.contract.conftest import MOCK_KEY, PRISM_KEY
from tests.contract.runner import (
    PHASES,
    Budget,
    RunResult,
    load_spec,
    run_schemathesis,
    spec_operations,
)

BUDGET = Budget.from_env()
# The run happens in the first test's fixture setup, which pytest-timeout also counts.
pytestmark = pytest.mark.timeout(BUDGET.timeout + 120)


@pytest.fixture(scope="session", params=["stateful_mock", "prism"])
def run(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> RunResult:
    server: ServerProcess = request.getfixturevalue(request.param)
    report_dir = tmp_path_factory.mktemp(f"schemathesis-{request.param}")
    if request.param == "prism":
        result = run_schemathesis(
            "prism",
            server.url,
            report_dir=report_dir,
            budget=BUDGET,
            api_key=PRISM_KEY,
            excluded_checks=tuple(prism_limits.EXCLUDED_CHECKS),
            hooks="tests.contract.prism_hooks",
        )
    else:
        result = run_schemathesis(
            "stateful-mock",
            server.url,
            report_dir=report_dir,
            budget=BUDGET,
            api_key=MOCK_KEY,
            hooks="tests.contract.hooks",
        )
    # A server that died mid-run fails every test here with its own output, not a vague one.
    server.require_running()
    return result


def test_no_check_failures(run: RunResult) -> None:
    listed = "\n\n".join(map(str, run.failures))
    assert run.failures == [], (
        f"{len(run.failures)} failures against {run.name}:\n\n{listed}\n\n"
        f"--- schemathesis output ---\n{run.report()}"
    )


def test_no_errors(run: RunResult) -> None:
    assert run.errors == [], f"errors against {run.name}:\n" + "\n".join(run.errors)


def test_schemathesis_exits_cleanly(run: RunResult) -> None:
    # Catches anything the event stream did not explain (a crash, a bad option). Exit 1 is
    # clean only when every failure it counted was one of its own known false positives.
    explained = run.exit_code == 1 and run.false_positives > 0 and not run.failures
    assert run.exit_code == 0 or explained, f"{' '.join(run.command)}\n{run.report()}"


@pytest.mark.parametrize("phase", [p for p in PHASES if p != "stateful"])
def test_every_operation_is_exercised(run: RunResult, phase: str) -> None:
    # (The coverage phase also sends undeclared methods; those extra labels are fine.)
    missing = sorted(spec_operations() - run.exercised[phase])
    assert missing == [], f"{run.name}, {phase} phase never got a response from these"


def test_stateful_phase_follows_declared_links(run: RunResult) -> None:
    followed = {link.rsplit(" -> ", 1)[1] for link in run.declared_links}
    if BUDGET.max_examples >= 100:  # a fuzz-sized run reaches every link target
        assert sorted(link_targets() - followed) == [], f"{run.name}: link targets never reached"
        return
    # A bounded run follows the asset poll link and at least one of the media links (which
    # one depends on the seed): both kinds of id are carried from one call to the next.
    media = {target for target in link_targets() if target.split(" ")[1].startswith("/media/{")}
    assert "GET /asset/{asset_id}" in followed, f"{run.name}: the asset link was never followed"
    assert media & followed, f"{run.name}: no media link was followed ({sorted(media)})"


def link_targets() -> set[str]:
    spec = load_spec()
    labels = {
        node["operationId"]: f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method, node in item.items()
        if isinstance(node, dict) and "operationId" in node
    }
    responses = [
        response
        for item in spec["paths"].values()
        for node in item.values()
        if isinstance(node, dict)
        for response in node.get("responses", {}).values()
    ]
    responses += spec["components"]["responses"].values()
    targets = {
        labels[link["operationId"]]
        for response in responses
        for link in response.get("links", {}).values()
    }
    assert targets, "the spec declares no links"
    return targets


def test_spec_operation_list_is_complete() -> None:
    # Guards the coverage assertions above against an empty or partial operation list.
    assert len(spec_operations()) == 35
