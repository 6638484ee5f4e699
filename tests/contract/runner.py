"""Run `st run` (schemathesis' CLI) against a mock and read back what it did.

The CLI runs all four phases (examples, coverage, fuzzing, stateful) the way schemathesis
intends; its NDJSON event stream says which operations each phase sent requests to and every
check that failed, and its terminal output has a curl command for each failure.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.spec.helpers import operations

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "vimmerse.yaml"
CONFIG = Path(__file__).with_name("schemathesis.toml")
ST = Path(sys.executable).with_name("st")
PHASES = ("examples", "coverage", "fuzzing", "stateful")


@dataclass(frozen=True)
class Budget:
    """How much testing one run does; `make fuzz` raises it through the environment."""

    max_examples: int
    seed: int | None
    timeout: float  # seconds before the whole run is killed

    @classmethod
    def from_env(cls) -> Budget:
        seed = os.environ.get("VIMMERSE_CONTRACT_SEED", "1")
        return cls(
            max_examples=int(os.environ.get("VIMMERSE_CONTRACT_EXAMPLES", "10")),
            # A fixed seed keeps `make test` reproducible; `make fuzz` passes "random".
            seed=None if seed == "random" else int(seed),
            timeout=float(os.environ.get("VIMMERSE_CONTRACT_TIMEOUT", "240")),
        )


@dataclass(frozen=True)
class Failure:
    phase: str
    operation: str
    code: str
    title: str
    message: str
    request: str

    def __str__(self) -> str:
        head = f"[{self.phase}] {self.operation}: {self.code} {self.title}"
        return f"{head}\n    {self.message.replace(chr(10), chr(10) + '    ')}\n    sent: {self.request}"


@dataclass
class RunResult:
    name: str
    command: list[str]
    exit_code: int
    output: str
    # phase -> operations ("POST /v2/image") that got at least one response in that phase
    exercised: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    failures: list[Failure] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    filtered: int = 0  # failures dropped by a filter_failure hook (Prism's known rejections)
    false_positives: int = 0  # schemathesis' own false positives, dropped when read back
    # Stateful steps that followed a link the spec declares: "SRC -> [200] Name -> TARGET"
    declared_links: set[str] = field(default_factory=set)

    def report(self) -> str:
        """The part of schemathesis' terminal output worth quoting in a failure message."""
        start = min(
            (
                i
                for i in (self.output.find("= ERRORS ="), self.output.find("= FAILURES ="))
                if i >= 0
            ),
            default=max(0, len(self.output) - 6000),
        )
        return self.output[max(0, start - 40) :]


def spec_operations() -> frozenset[str]:
    """Every operation in the spec, labelled the way schemathesis labels them."""
    return frozenset(op.label for op in operations())


def run_schemathesis(
    name: str,
    base_url: str,
    *,
    report_dir: Path,
    budget: Budget,
    api_key: str,
    excluded_checks: tuple[str, ...] = (),
    hooks: str | None = None,
) -> RunResult:
    ndjson = report_dir / f"{name}.ndjson"
    command = [
        str(ST),
        "--config-file",
        str(CONFIG),
        "run",
        str(SPEC),
        "--url",
        base_url,
        "--checks",
        "all",
        "--phases",
        ",".join(PHASES),
        "--max-examples",
        str(budget.max_examples),
        # One worker: hypothesis' lambda reprs call ast.parse, which is not thread-safe on
        # CPython 3.11 ("AST constructor recursion depth mismatch"); and there are 2 cores.
        "--workers",
        "1",
        "--report",
        "ndjson",
        "--report-ndjson-path",
        str(ndjson),
        "--generation-database",
        "none",
        # A request the mock never answers becomes one error, not a hung run.
        "--request-timeout",
        "10",
        "--no-color",
    ]
    if excluded_checks:
        command += ["--exclude-checks", ",".join(excluded_checks)]
    if budget.seed is not None:
        command += ["--seed", str(budget.seed)]
    env = {**os.environ, "VIMMERSE_CONTRACT_API_KEY": api_key, "PYTHONPATH": str(ROOT)}
    env.pop("SCHEMATHESIS_HOOKS", None)
    if hooks:
        env["SCHEMATHESIS_HOOKS"] = hooks
    try:
        done = subprocess.run(
            command,
            cwd=report_dir,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=budget.timeout,
            check=False,
        )
        result = RunResult(name, command, done.returncode, done.stdout + done.stderr)
    except subprocess.TimeoutExpired as stopped:
        partial = stopped.stdout.decode(errors="replace") if stopped.stdout else ""
        result = RunResult(name, command, -1, partial)
        result.errors.append(f"schemathesis did not finish within {budget.timeout:.0f}s")
    if ndjson.exists():
        read_events(result, _events(ndjson))
    else:
        result.errors.append("schemathesis wrote no NDJSON report")
    return result


def _events(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            event = json.loads(line)
            ((kind, payload),) = event.items()
            yield kind, payload


def read_events(result: RunResult, events: Iterator[tuple[str, dict[str, Any]]]) -> None:
    for kind, payload in events:
        if kind == "ScenarioFinished":
            _read_scenario(result, payload)
        elif kind in ("NonFatalError", "FatalError"):
            value = payload.get("value") or payload.get("info") or {}
            label = payload.get("label") or payload.get("phase") or "run"
            result.errors.append(f"{label}: {value.get('type')}: {value.get('message')}")


def _read_scenario(result: RunResult, payload: Mapping[str, Any]) -> None:
    phase = payload["phase"]
    recorder = payload["recorder"]
    cases = recorder.get("cases", {})
    for case_id, interaction in recorder.get("interactions", {}).items():
        case = cases.get(case_id, {})
        if interaction.get("response") is None or not case:
            continue
        result.exercised[phase].add(f"{case['value']['method'].upper()} {case['value']['path']}")
        transition = case.get("transition")
        if transition and not transition.get("is_inferred"):
            result.declared_links.add(transition["id"])
    result.filtered += sum(recorder.get("filtered_failures", {}).values())
    for case_id, checks in recorder.get("checks", {}).items():
        for check in checks:
            if check.get("status") != "failure":
                continue
            failure = check["failure_info"]["failure"]
            if _is_schemathesis_false_positive(phase, failure):
                result.false_positives += 1
                continue
            sent = recorder.get("interactions", {}).get(case_id, {}).get("request", {})
            result.failures.append(
                Failure(
                    phase=phase,
                    operation=failure.get("operation") or "",
                    code=failure.get("code") or "",
                    title=failure.get("title") or check["name"],
                    message=failure.get("message") or "",
                    request=_describe_request(sent),
                )
            )


def _is_schemathesis_false_positive(phase: str, failure: Mapping[str, Any]) -> bool:
    # schemathesis 4.32.5 runs negative_data_rejection on the stateful phase's own positive
    # cases and says so ("Invalid component: positive test case"; seen on schema-valid
    # multipart bodies with extra fields). Negative data is still checked by the coverage
    # and fuzzing phases, and any other stateful failure still fails the run.
    return phase == "stateful" and "Invalid component: positive test case" in str(
        failure.get("message", "")
    )


def _describe_request(request: Mapping[str, Any]) -> str:
    if not request:
        return "(no request recorded)"
    body = request.get("body") or {}
    raw = base64.b64decode(body["$base64"]) if "$base64" in body else b""
    text = raw[:300].decode("utf-8", errors="replace") + ("..." if len(raw) > 300 else "")
    content_type = (request.get("headers") or {}).get("Content-Type", [""])[0]
    return f"{request.get('method')} {request.get('uri')} [{content_type}] {text!r}"
