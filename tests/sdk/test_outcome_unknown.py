"""A failed POST that the server may have acted on says so: `outcome_unknown`, and its
message says plainly that a paid job may have started and was not sent again.

The paid route is chosen from the spec (a generation route with a plain example), not by
name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from tests.drill.changes import simple_operations
from tests.sdk.helpers import FakeTime
from tests.spec.helpers import load_spec, operations
from vimmerse import APIError, Vimmerse
from vimmerse_core.cli._exits import describe
from vimmerse_core.spec.extensions import JOB, RESULTS

PAID = next(
    s for s in simple_operations(load_spec()) if RESULTS in load_spec()["paths"][s.path][s.method]
)


def submit(client: Vimmerse) -> Callable[[], Any]:
    method = getattr(getattr(client, PAID.tag), PAID.sdk_method)
    return lambda: method(**PAID.example)


def failure(client: Vimmerse) -> APIError:
    with pytest.raises(APIError) as caught:
        submit(client)()
    return caught.value


@pytest.mark.parametrize(
    "answer",
    [
        httpx.ReadTimeout("read timed out"),
        httpx.RemoteProtocolError("peer closed the connection"),
        httpx.Response(500),
        httpx.Response(502),
        httpx.Response(503),  # without Retry-After: maybe after the job was accepted
        httpx.Response(200, content=b"<html>a proxy's page</html>"),
        httpx.Response(200, json={"no": "id"}),
    ],
    ids=lambda a: type(a).__name__ if isinstance(a, Exception) else f"{a.status_code}",
)
def test_a_post_the_server_may_have_acted_on_is_an_unknown_outcome_and_is_sent_once(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime, answer: Any
) -> None:
    route = api.post(PAID.path).mock(side_effect=[answer])
    error = failure(client)
    assert error.outcome_unknown is True
    assert route.call_count == 1
    assert "Outcome unknown" in str(error) and "not sent again" in str(error)
    assert "Outcome unknown" in describe(error)  # the CLI's one line says it too


@pytest.mark.parametrize(
    "answers",
    [
        [httpx.Response(422, json={"detail": []})],  # refused: no work done
        [httpx.Response(402, json={"message": "no credit"})],
        [httpx.ConnectError("refused")] * 3,  # never sent, however often tried
        [httpx.Response(429)] * 3,
        [httpx.Response(503, headers={"Retry-After": "0"})] * 3,  # "not processed"
    ],
    ids=["422", "402", "never-connected", "429", "503-retry-after"],
)
def test_a_post_the_server_refused_or_never_got_is_a_known_outcome(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime, answers: list[Any]
) -> None:
    api.post(PAID.path).mock(side_effect=answers)
    error = failure(client)
    assert error.outcome_unknown is False
    assert "Outcome unknown" not in str(error)


def test_a_read_that_fails_is_never_an_unknown_outcome(
    client: Vimmerse, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    # A GET changes nothing: it is retried, and its failure leaves nothing to find out.
    read = next(op for op in operations() if JOB in op.node and op.method == "get")
    api.get(url__regex=r".*").mock(side_effect=httpx.ReadTimeout("read timed out"))
    with pytest.raises(APIError) as caught:
        getattr(getattr(client, read.tag), read.sdk_method)("a1")
    assert caught.value.outcome_unknown is False
