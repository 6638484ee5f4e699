"""Recorded answers against the spec: the drift report of `vimmerse spec drift`.

The same `Report` (vimmerse_core._drift) reads every recorded answer, so a recording made
against a server that has moved on shows as the same findings, JSON and patch hints as a
live drift run, and `vimmerse-mock --check-recordings DIR` exits 11 on drift as it does.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import Any

from vimmerse_core._drift import Comparer, Report, operations
from vimmerse_core._drift.compare import FIELD_MISSING
from vimmerse_core._drift.spec import matcher
from vimmerse_mock.recording.exchange import Exchange

log = logging.getLogger("vimmerse_mock.recording")


class Checker:
    """Feeds answers to one drift report, and logs each finding the first time it shows."""

    def __init__(self, doc: dict[str, Any], source: str) -> None:
        version = str((doc.get("info") or {}).get("version", "?"))
        self.report = Report(source, version, Comparer(doc))
        self._match = matcher(operations(doc))
        self._logged: set[tuple[str, str, str, str]] = set()

    def observe(self, method: str, path: str, response: dict[str, Any]) -> None:
        op = self._match(method, path)
        if op is None:
            return  # not a spec route (the recorder records only those)
        headers = response.get("headers") or {}
        kind = str(headers.get("content-type", "")).split(";")[0].strip()
        body = response.get("body") or {}
        raw = json.dumps(body["json"]).encode() if "json" in body else None
        self.report.observe(op, int(response["status"]), kind, raw)
        self._log_new(op.operation_id)

    def observe_all(self, exchanges: Iterable[Exchange]) -> Report:
        for exchange in exchanges:
            request = exchange.request
            self.observe(str(request["method"]), str(request["path"]), exchange.response)
        return self.report

    def _log_new(self, operation: str) -> None:
        entry = self.report.operations.get(operation)
        if entry is None:
            return
        for finding in entry.findings():
            # Absence from every answer so far is not news until the session ends.
            seen = (operation, finding.kind, finding.path, finding.value)
            if finding.kind == FIELD_MISSING or seen in self._logged:
                continue
            self._logged.add(seen)
            log.warning(
                "drift: %s answered %s at %r %s (%s)",
                operation, finding.kind, finding.path, finding.value, finding.detail,
            )  # fmt: skip
