"""The drift report: per operation, what its answers had that the spec does not say.

Answers are added one at a time (`Report.observe`); the report dedupes findings per
operation, turns optional fields that no answer of an operation had into `field_missing`,
and renders text for people, JSON for tooling and a JSON Patch of the mechanical fixes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..spec import SpecOperation
from .compare import (
    FIELD_MISSING,
    KINDS,
    STATUS_UNDECLARED,
    TYPE_CHANGED,
    Comparer,
    Finding,
    Observation,
)

_LABELS = {
    "field_added": "+ field the spec lacks",
    "enum_value_added": "+ enum value the spec lacks",
    "type_changed": "~ type or nullability differs",
    "field_missing": "- documented field missing",
    "status_undeclared": "! status code the spec does not declare",
    "request_invalid": "? request the spec does not allow",
}


def _declared(op: SpecOperation, status: int) -> str | None:
    """The spec's response key for `status` (`404`, `4XX` or `default`), if any."""
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in op.responses:
            return key
    return None


@dataclass
class OperationReport:
    operation: SpecOperation
    calls: int = 0
    statuses: list[int] = field(default_factory=list)
    _findings: dict[Finding, None] = field(default_factory=dict)  # ordered set
    _observations: list[Observation] = field(default_factory=list)

    def findings(self) -> list[Finding]:
        seen: dict[str, tuple[int, int]] = {}  # field path -> (objects seen, times present)
        for obs in self._observations:
            for name in obs.fields:
                key = f"{obs.path}.{name}" if obs.path else name
                count, present = seen.get(key, (0, 0))
                seen[key] = (count + 1, present + (name in obs.present))
        never = [
            Finding(FIELD_MISSING, path, detail=f"absent from all {count} answer(s)")
            for path, (count, present) in seen.items()
            if present == 0
        ]
        found = [*self._findings, *(f for f in never if f not in self._findings)]
        return sorted(found, key=lambda f: (KINDS.index(f.kind), f.path, f.value))


@dataclass
class Report:
    source: str  # the server (or proxy log) the answers came from
    spec_version: str
    comparer: Comparer
    operations: dict[str, OperationReport] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)  # operationId -> why
    errors: dict[str, str] = field(default_factory=dict)  # operationId -> why it got no answer

    def _entry(self, op: SpecOperation) -> OperationReport:
        return self.operations.setdefault(op.operation_id, OperationReport(op))

    def add(self, op: SpecOperation, finding: Finding) -> None:
        self._entry(op)._findings.setdefault(finding)

    def observe(
        self, op: SpecOperation, status: int, content_type: str, body: bytes | None
    ) -> None:
        """One answer of `op`; `body` is None for answers that are not JSON (not read)."""
        entry = self._entry(op)
        entry.calls += 1
        entry.statuses.append(status)
        key = _declared(op, status)
        if key is None:
            self.add(
                op, Finding(STATUS_UNDECLARED, "", value=str(status), detail="not in responses")
            )
            return
        response, pointer = self.comparer.resolve(
            op.responses[key], f"{op.pointer}/responses/{key}"
        )
        media = (response.get("content") or {}).get("application/json")
        if body is None or not isinstance(media, dict) or "schema" not in media:
            return
        try:
            value = json.loads(body)
        except ValueError:
            self.add(
                op,
                Finding(TYPE_CHANGED, "", detail=f"{status} answer is not JSON ({content_type})"),
            )
            return
        schema_pointer = f"{pointer}/content/application~1json/schema"
        result = self.comparer.check(media["schema"], value, "", schema_pointer)
        for finding in result.findings:
            entry._findings.setdefault(finding)
        entry._observations.extend(result.observations)

    def findings(self) -> list[tuple[str, Finding]]:
        return [(op_id, f) for op_id, entry in self.operations.items() for f in entry.findings()]

    @property
    def drift(self) -> bool:
        return bool(self.findings())

    def patch(self) -> list[dict[str, Any]]:
        """The mechanical fixes (new enum values, new optional fields), each once."""
        out: dict[str, dict[str, Any]] = {}
        for _, finding in self.findings():
            if finding.patch is not None and finding.kind != TYPE_CHANGED:
                out.setdefault(json.dumps(finding.patch, sort_keys=True), finding.patch)
        return list(out.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "spec_version": self.spec_version,
            "drift": self.drift,
            "operations": [
                {
                    "operation": op_id,
                    "method": entry.operation.method,
                    "path": entry.operation.path,
                    "calls": entry.calls,
                    "statuses": sorted(set(entry.statuses)),
                    "findings": [
                        {"kind": f.kind, "path": f.path, "value": f.value, "detail": f.detail}
                        for f in entry.findings()
                    ],
                }
                for op_id, entry in self.operations.items()
            ],
            "skipped": self.skipped,
            "errors": self.errors,
            "patch": self.patch(),
        }

    def text(self) -> str:
        found = self.findings()
        ops = {op_id for op_id, _ in found}
        lines = [
            f"API drift: {self.source} against spec {self.spec_version}: "
            f"{len(found)} finding(s) in {len(ops)} operation(s)"
        ]
        for op_id, entry in self.operations.items():
            listed = entry.findings()
            head = f"{op_id} ({entry.operation.method} {entry.operation.path}), {entry.calls} answer(s)"
            lines += ["", head + ("" if listed else ": as the spec says")]
            for f in listed:
                where = f"`{f.path}`" if f.path else "the answer"
                value = f" = {f.value!r}" if f.value and f.kind != STATUS_UNDECLARED else ""
                if f.kind == STATUS_UNDECLARED:
                    where = f.value
                lines.append(f"  {_LABELS[f.kind]}: {where}{value} ({f.detail})")
        reasons: dict[str, list[str]] = {}
        for op_id, why in self.skipped.items():
            reasons.setdefault(why, []).append(op_id)
        if reasons:
            lines += ["", "Not called:"]
            lines += [f"  {why}: {', '.join(ops)}" for why, ops in reasons.items()]
        if self.errors:
            lines += ["", "No answer:"] + [f"  {op}: {why}" for op, why in self.errors.items()]
        patch = self.patch()
        if patch:
            lines += ["", "Suggested spec patch (JSON Patch on openapi/vimmerse.yaml; review it):"]
            lines += [f"  {json.dumps(p)}" for p in patch]
        return "\n".join(lines) + "\n"
