"""Every SDK method against both mocks: minimal and full arguments, sync and async clients.

The cases are generated (tests/e2e/cases.py): one per spec operation, variant and mock. A
422 from Prism means the SDK sent something the spec does not allow, unless the call runs
into one of Prism's documented limits (tests/contract/prism_limits.py): then the test checks
that Prism refused it for that reason only, and sends the call again without the part that
trips Prism.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from devtools.receiver import Receiver
from tests.e2e.cases import (
    ALL,
    OPERATION_IDS,
    OPERATIONS,
    VARIANTS,
    Call,
    Values,
    build,
    every_sdk_argument,
    resource_class,
)
from tests.e2e.checks import check_result, expect_prism_limit, refused
from tests.e2e.conftest import SELECTED
from tests.e2e.support import MOCKS, PRISM, TRAFFIC, Target, async_client, sync_client
from vimmerse import APIStatusError, AsyncVimmerse, Vimmerse

BY_ID = {op.operation_id: op for op in OPERATIONS}
matrix = pytest.mark.parametrize(
    ("op", "variant", "mock"),
    [(op, variant, mock) for op in OPERATION_IDS for variant in VARIANTS for mock in MOCKS],
)


def _call(op: str, variant: str, target: Target, receiver: Receiver) -> Call:
    return build(BY_ID[op], variant, Values(target.name, target.ids, receiver.url))


def _arguments(call: Call, tmp_path: Path) -> dict[str, Any]:
    kwargs = dict(call.kwargs)
    if call.sends_dest:
        kwargs["dest"] = tmp_path / f"{call.op.operation_id}-{call.variant}.mp4"
    return kwargs


def _run_sync(method: Callable[..., Any], call: Call, mock: str, tmp_path: Path) -> None:
    if mock == PRISM and call.prism_limit is not None:
        with pytest.raises(APIStatusError) as refusal:
            method(**_arguments(call, tmp_path))
        expect_prism_limit(call, refusal.value)
        if call.prism_fallback is None:
            return
        call = call.prism_fallback
    try:
        result = method(**_arguments(call, tmp_path))
    except APIStatusError as error:
        pytest.fail(refused(call, mock, error))
    check_result(call, result, mock)


async def _run_async(
    method: Callable[..., Awaitable[Any]], call: Call, mock: str, tmp_path: Path
) -> None:
    if mock == PRISM and call.prism_limit is not None:
        with pytest.raises(APIStatusError) as refusal:
            await method(**_arguments(call, tmp_path))
        expect_prism_limit(call, refusal.value)
        if call.prism_fallback is None:
            return
        call = call.prism_fallback
    try:
        result = await method(**_arguments(call, tmp_path))
    except APIStatusError as error:
        pytest.fail(refused(call, mock, error))
    check_result(call, result, mock)


@matrix
def test_sync_client(
    op: str,
    variant: str,
    mock: str,
    request: pytest.FixtureRequest,
    hook_receiver: Receiver,
    tmp_path: Path,
) -> None:
    target: Target = request.getfixturevalue(mock)
    call = _call(op, variant, target, hook_receiver)
    with sync_client(target) as client:
        method = getattr(getattr(client, call.op.resource), call.op.method)
        _run_sync(method, call, mock, tmp_path)


@matrix
@pytest.mark.anyio
async def test_async_client(
    op: str,
    variant: str,
    mock: str,
    request: pytest.FixtureRequest,
    hook_receiver: Receiver,
    tmp_path: Path,
) -> None:
    target: Target = request.getfixturevalue(mock)
    call = _call(op, variant, target, hook_receiver)
    async with async_client(target) as client:
        method = getattr(getattr(client, call.op.resource), call.op.method)
        await _run_async(method, call, mock, tmp_path)


@pytest.mark.parametrize("op", OPERATION_IDS)
def test_full_call_passes_every_sdk_argument(op: str) -> None:
    """The "all" variant really sets every argument the SDK method takes, on both clients."""
    call = build(BY_ID[op], ALL, Values(PRISM, {}, "https://hooks.example/e2e"))
    for client_class in (Vimmerse, AsyncVimmerse):
        assert set(call.kwargs) == every_sdk_argument(call.op, client_class), client_class


def test_every_operation_has_a_method_on_both_clients() -> None:
    for client_class in (Vimmerse, AsyncVimmerse):
        for operation in OPERATIONS:
            cls = resource_class(client_class, operation.resource)
            assert callable(getattr(cls, operation.method, None)), (client_class, operation)


def test_every_operation_was_accepted_by_both_mocks(request: pytest.FixtureRequest) -> None:
    """Runs last (conftest): what the clients' traffic shows, not what the tests meant to do."""
    everything = {(mock, op) for mock in MOCKS for op in OPERATION_IDS}
    selected = request.config.stash[SELECTED]
    assert selected == everything, (
        "run the whole matrix with this test (pytest tests/e2e): "
        f"{len(everything - selected)} (mock, operation) pairs were not selected"
    )
    accepted = TRAFFIC.accepted()
    missing = sorted(everything - accepted)
    statuses = TRAFFIC.statuses()
    assert not missing, "never accepted: " + ", ".join(
        f"{op} on {mock} (got {statuses.get((mock, op), [])})" for mock, op in missing
    )
    assert accepted <= everything
