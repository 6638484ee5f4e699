"""The record and replay options of `vimmerse-mock`, and `--check-recordings`.

vimmerse-mock --record https://api.vimmerse.net --recordings tests/recordings
vimmerse-mock --replay tests/recordings [--replay-fallback stateful]
vimmerse-mock --check-recordings tests/recordings [--json]   # exit 11 on drift
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Protocol

from vimmerse_mock.recording.app import FALLBACKS, MODES, Options
from vimmerse_mock.settings import Settings

# `vimmerse spec drift`'s exit codes (vimmerse_core.cli._exits), which scripts rely on.
EXIT_DRIFT = 11


class _Add(Protocol):
    def __call__(self, *names: str, help: str, default: Any = None, **kw: Any) -> None: ...


def add_options(p: argparse.ArgumentParser, a: _Add) -> None:
    a("--record", metavar="UPSTREAM", help="forward every call to UPSTREAM and record it")
    a("--recordings", metavar="DIR", help="where --record writes the exchanges")
    a(
        "--record-mode",
        choices=MODES,
        default="merge",
        help="into a DIR with recordings: add to them, or start afresh",
    )
    a("--replay", metavar="DIR", help="serve the exchanges recorded in DIR")
    a(
        "--replay-fallback",
        choices=FALLBACKS,
        default="none",
        help="who answers a call no recording matches: a 404 naming the closest, or the stateful mock",
    )
    a(
        "--check-recordings",
        metavar="DIR",
        help="report how DIR's recorded answers differ from the spec (exit 11 on drift) and exit",
    )
    a("--json", action="store_true", default=False, help="--check-recordings: the report as JSON")


def options(p: argparse.ArgumentParser, args: argparse.Namespace) -> Options:
    if args.record and args.replay:
        p.error("--record and --replay exclude each other")
    if args.record and not args.recordings:
        p.error("--record needs --recordings DIR")
    if args.recordings and not args.record:
        p.error("--recordings goes with --record (replay a directory with --replay DIR)")
    return Options(
        record=args.record or "",
        replay=args.replay or "",
        recordings=args.recordings or "",
        fallback=args.replay_fallback,
        mode=args.record_mode,
    )


def preflight(options: Options) -> str | None:
    """Why record or replay cannot start, or None."""
    if options.replay and not Path(options.replay).is_dir():
        return f"no recordings directory {options.replay}"
    if options.record:
        from vimmerse_mock.recording.secrets import without_userinfo

        if not options.record.startswith(("http://", "https://")):
            return f"--record needs an http(s) URL, not {without_userinfo(options.record)}"
        try:
            Path(options.recordings).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return f"cannot write recordings to {options.recordings}: {exc.strerror or exc}"
    return None


def factory(options: Options) -> str:
    if options.record or options.replay:
        return "vimmerse_mock.recording.app:create_app"
    return "vimmerse_mock.app:create_app"


def banner(options: Options, settings: Settings) -> str:
    from vimmerse_mock.recording.secrets import without_userinfo

    if options.record:
        return f"recording {without_userinfo(options.record)} into {options.recordings}"
    if options.replay:
        return f"replaying {options.replay} (unmatched calls: {options.fallback})"
    return f"keys: {', '.join(settings.keys)}  db: {settings.db_path}"


def check(directory: str, spec_path: str | None, as_json: bool) -> int:
    from vimmerse_mock.recording import Recordings
    from vimmerse_mock.recording.check import Checker
    from vimmerse_mock.spec import Spec

    spec = Spec.load(spec_path)
    try:
        exchanges = Recordings(directory).exchanges()
    except (OSError, ValueError) as exc:
        sys.stderr.write(f"vimmerse-mock: {exc}\n")
        return 1
    report = Checker(spec.raw, f"recordings in {directory}").observe_all(exchanges)
    sys.stdout.write(json.dumps(report.to_json(), indent=2) + "\n" if as_json else report.text())
    return EXIT_DRIFT if report.drift else 0
