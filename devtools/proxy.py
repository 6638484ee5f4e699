"""`make proxy UPSTREAM=...`: the pinned Prism's proxy mode in front of an API.

Point your own code at the proxy (`VIMMERSE_BASE_URL=http://127.0.0.1:4012`): Prism
forwards every call to UPSTREAM and validates each request and answer against the spec
(an answer that breaks it carries an `sl-violations` header). Prism's log is shown and
kept; when the proxy stops (Ctrl-C, SIGTERM) its violations are printed as the drift
report of `vimmerse spec drift`, and the exit code is 11 if there were any.
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from vimmerse_core._drift import load
from vimmerse_core._drift.proxy import report_from_prism_log
from vimmerse_core.cli._exits import Exit

ROOT = Path(__file__).resolve().parents[1]
PRISM = ROOT / "mock" / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "openapi" / "vimmerse.yaml"


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="make proxy", description=__doc__.split("\n")[0])
    p.add_argument("--upstream", required=True, help="the API to forward to")
    p.add_argument("--port", type=int, default=4012)
    p.add_argument("--spec", type=Path, default=SPEC)
    p.add_argument("--log", type=Path, default=ROOT / ".vimmerse-proxy.log")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    args = p.parse_args(argv)
    command = [str(PRISM), "proxy", str(args.spec), args.upstream]
    command += ["-h", "127.0.0.1", "-p", str(args.port), "--errors", "false"]
    signal.signal(signal.SIGTERM, _stop)
    with args.log.open("w", encoding="utf-8") as log:
        prism = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        assert prism.stdout is not None
        try:
            for line in prism.stdout:
                sys.stdout.write(line)
                sys.stdout.flush()
                log.write(line)
                log.flush()
        except KeyboardInterrupt:
            pass
        finally:
            prism.terminate()
            prism.wait()
    report = report_from_prism_log(
        load(args.spec), args.log.read_text(encoding="utf-8"), f"Prism proxy to {args.upstream}"
    )
    if args.json:
        sys.stdout.write(json.dumps(report.to_json(), indent=2) + "\n")
    else:
        sys.stdout.write(report.text())
    return Exit.DRIFT if report.drift else Exit.OK


if __name__ == "__main__":
    sys.exit(main())
