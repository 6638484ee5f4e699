"""A mix of short and long jobs of one kind: how late the short ones are seen.

The jobs' durations are fake, on a simulated clock, so the row takes milliseconds instead
of minutes and no CPU noise enters it: it measures the polling policy alone (the other
rows measure the client's cost). The client has already seen SEEN jobs of LONG seconds
of the kind; then JOBS jobs start (each within 10 % of its nominal length), spread over SPREAD seconds (so that no figure hangs on
where one shared poll time happens to fall), every other one SHORT seconds long. Each job's
wait polls where its `Schedule` says (the client's own pacer, learning as jobs end); a
job is seen at its first poll after its end. The baseline is the plain backoff (the same
schedule with nothing learned), over the same jobs.
"""

from __future__ import annotations

import heapq
from typing import Any

from bench.report import Row
from bench.stats import percentile

KIND = "text-to-image"
SHORT, LONG, SEEN = 6.0, 120.0, 32
SPREAD = 30.0
GOAL_RATIO = 1.0  # a short job is seen by twice its duration: lag at most its duration


def simulate(jobs: int, *, learned: bool) -> dict[str, Any]:
    from vimmerse_core._pacing import Pacer, Schedule
    from vimmerse_core._polling import DEFAULT_POLL_INTERVAL

    pacer = Pacer()
    for _ in range(SEEN if learned else 0):
        pacer.record(KIND, LONG)
    # Each within ±10 % of its nominal length (spread evenly by the golden ratio), so that
    # no p99 hangs on where one poll time falls against one exact duration.
    nominal = [SHORT if i % 2 == 0 else LONG for i in range(jobs)]
    durations = [d * (0.9 + 0.2 * ((i * 0.618034) % 1.0)) for i, d in enumerate(nominal)]
    starts = [SPREAD * i / jobs for i in range(jobs)]
    ends = [start + took for start, took in zip(starts, durations, strict=True)]
    schedules = []
    polls: list[tuple[float, int]] = []  # (when, job)
    for i in range(jobs):
        schedule = Schedule(DEFAULT_POLL_INTERVAL, pacer=pacer if learned else None)
        schedule.kind, schedule.started = KIND, starts[i]
        schedules.append(schedule)
        # The submit answer says "processing": the first pause is planned then.
        polls.append((starts[i] + schedule.next_delay(starts[i]), i))
    heapq.heapify(polls)
    lags: dict[float, list[float]] = {SHORT: [], LONG: []}  # by nominal length
    count = [0] * jobs
    while polls:
        now, i = heapq.heappop(polls)
        count[i] += 1
        if now >= ends[i]:
            lags[nominal[i]].append(now - ends[i])
            pacer.record(KIND, durations[i])
        else:
            heapq.heappush(polls, (now + schedules[i].next_delay(now), i))
    return {
        "short_lag_p99_s": percentile(lags[SHORT], 99),
        "long_lag_p99_s": percentile(lags[LONG], 99),
        "polls_per_job": sum(count) / jobs,
    }


def run(*, jobs: int) -> tuple[list[Row], dict[str, Any]]:
    paced, plain = simulate(jobs, learned=True), simulate(jobs, learned=False)
    bench = f"pacing ({SHORT:g} s and {LONG:g} s jobs, one kind)"
    base = "plain backoff, nothing learned"
    note = f"{jobs} jobs, after {SEEN} of {LONG:g} s; simulated clock"
    goal = SHORT * GOAL_RATIO
    rows = [
        Row(bench, f"{SHORT:g} s jobs: lag end → seen, p99", paced["short_lag_p99_s"], "s",
            base, plain["short_lag_p99_s"], f"≤ {goal:g} s (seen by 2x its duration)",
            paced["short_lag_p99_s"] <= goal, note),
        Row(bench, f"{LONG:g} s jobs: lag end → seen, p99", paced["long_lag_p99_s"], "s",
            base, plain["long_lag_p99_s"], note=note),
        Row(bench, "polls per job", paced["polls_per_job"], "", base, plain["polls_per_job"],
            note=note),
    ]  # fmt: skip
    return rows, {"paced": paced, "plain": plain}
