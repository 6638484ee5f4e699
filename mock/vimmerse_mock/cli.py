"""`vimmerse-mock`: run the stateful mock with uvicorn.

Every flag has a `VIMMERSE_MOCK_<NAME>` environment variable (flags win). The default
development key is `vimmerse-dev-key`. Example:

    vimmerse-mock --port 4011 --key vimmerse-dev-key --key poor-key=10 \\
        --duration image=0.5 --duration media=3 --fault-503 0.1 --seed 7
"""

from __future__ import annotations

import argparse
import importlib.util
import os
from collections.abc import Sequence

import uvicorn

from vimmerse_mock.settings import Settings


def parser() -> argparse.ArgumentParser:
    d = Settings.from_env()
    p = argparse.ArgumentParser(prog="vimmerse-mock", description=__doc__.split("\n")[0])
    a = p.add_argument
    a("--host", default=os.environ.get("VIMMERSE_MOCK_HOST", "127.0.0.1"))
    a("--port", type=int, default=int(os.environ.get("VIMMERSE_MOCK_PORT", "4011")))
    a("--workers", type=int, default=int(os.environ.get("VIMMERSE_MOCK_WORKERS", "1")))
    a(
        "--spec",
        dest="spec_path",
        default=d.spec_path,
        help="OpenAPI file (default: vimmerse/openapi.yaml)",
    )
    a("--data-dir", default=d.data_dir, help="uploads, generated files and the default db")
    a("--db", default=d.db, help='SQLite file or ":memory:" (default: <data-dir>/mock.sqlite3)')
    a("--public-url", default=d.public_url, help="base of result URLs (default: the request's)")
    a(
        "--key",
        action="append",
        metavar="KEY[=CREDITS]",
        help="accepted API key, optionally with its own starting credits (repeatable; "
        "default: vimmerse-dev-key)",
    )
    a("--credits", type=int, default=d.credits, help="starting credits of each key")
    a(
        "--duration",
        action="append",
        metavar="KIND=SECONDS",
        help="job duration: image, video, media",
    )
    a("--fail-word", default=d.fail_word, help="a job whose request contains it fails")
    a("--failure-rate", type=float, default=d.failure_rate, help="share of jobs that fail (seeded)")
    a("--max-upload-mb", type=float, default=d.max_upload_bytes / 2**20)
    a("--webhook-attempts", type=int, default=d.webhook_attempts)
    a("--webhook-backoff", type=float, default=d.webhook_backoff, help="first retry delay, seconds")
    a("--fault-429", type=float, default=d.fault_429, help="share of calls answered 429")
    a("--fault-503", type=float, default=d.fault_503, help="share of calls answered 503")
    a(
        "--fault-drop",
        type=float,
        default=d.fault_drop,
        help="share of calls whose connection drops",
    )
    a("--fault-phase", choices=("before", "after", "random"), default=d.fault_phase)
    a("--fault-header", action="store_true", default=d.fault_header, help="honour X-Mock-Fault")
    a("--latency-ms", type=float, default=d.latency_ms, help="delay added to every call")
    a("--seed", type=int, default=d.seed, help="seed of the fault and failure draws")
    a(
        "--drift",
        type=int,
        metavar="SEED",
        default=d.drift,
        help="answer as a newer server would: fields, enum values and omissions the spec "
        "lacks, chosen by SEED (GET /_mock/drift lists them)",
    )
    return p


def settings_from(args: argparse.Namespace) -> Settings:
    s = Settings.from_env()
    for name in (
        "spec_path", "data_dir", "db", "public_url", "credits", "fail_word", "failure_rate",
        "webhook_attempts", "webhook_backoff", "fault_429", "fault_503", "fault_drop",
        "fault_phase", "fault_header", "latency_ms", "seed", "drift",
    ):  # fmt: skip
        setattr(s, name, getattr(args, name))
    s.max_upload_bytes = int(args.max_upload_mb * 2**20)
    if args.key:
        s.keys = {}
        for item in args.key:
            key, _, amount = item.partition("=")
            s.keys[key] = int(amount) if amount else None
    for item in args.duration or []:
        kind, _, seconds = item.partition("=")
        s.durations[kind] = float(seconds)
    return s


def main(argv: Sequence[str] | None = None) -> None:
    args = parser().parse_args(argv)
    settings = settings_from(args)
    # Workers are separate processes: hand them the settings through the environment.
    os.environ.update(settings.to_env())
    print(
        f"vimmerse-mock on http://{args.host}:{args.port}  keys: {', '.join(settings.keys)}"
        f"  db: {settings.db_path}",
        flush=True,
    )
    uvicorn.run(
        "vimmerse_mock.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level="info",
        # A log line per request costs ~10 % of the mock's CPU under load (make bench).
        access_log=False,
        http=http_protocol(),
    )


def http_protocol() -> str:
    """httptools with each answer in one write (protocol.py), else uvicorn's own choice.

    An import string, so that each worker process imports it (and httptools) itself.
    """
    if importlib.util.find_spec("httptools") is None:
        return "auto"
    return "vimmerse_mock.protocol:CoalescingHttpToolsProtocol"


if __name__ == "__main__":
    main()
