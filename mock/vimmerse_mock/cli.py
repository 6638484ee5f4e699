"""`vimmerse-mock`: run the stateful mock with uvicorn.

Every flag has a `VIMMERSE_MOCK_<NAME>` environment variable (flags win). The development
key `vimmerse-dev-key` is always accepted; `--key` adds others. Example:

    vimmerse-mock --port 4011 --key poor-key=10 \\
        --duration image=0.5 --duration media=3 --fault-503 0.1 --seed 7
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import errno
import importlib.util
import math
import os
import socket
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from vimmerse_core._defaults import API_KEY_VARIABLE, BASE_URL_VARIABLE
from vimmerse_mock import recording_cli as recording
from vimmerse_mock.settings import DEV_KEY, DURATION_KINDS, PREFIX, Settings

N = TypeVar("N", int, float)


def _number(convert: Callable[[str], N], low: N, high: N | None = None) -> Callable[[str], N]:
    """An argparse `type`: a number within [low, high], else a usage error (never a traceback)."""

    def parse(text: str) -> N:
        try:
            value = convert(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not low <= value < math.inf or (high is not None and value > high):
            bounds = f"from {low:g} to {high:g}" if high is not None else f"at least {low:g}"
            raise argparse.ArgumentTypeError(f"{text} is out of range ({bounds})")
        return value

    parse.__name__ = convert.__name__  # argparse names the type in its message
    return parse


_COUNT = _number(int, 0)
_CREDITS = _number(int, 0, Settings.max_credits)  # a balance SQLite holds, with room
_SECONDS = _number(float, 0.0)
_SHARE = _number(float, 0.0, 1.0)
_PORT = _number(int, 0, 65535)


def _key(text: str) -> tuple[str, int | None]:
    key, sep, amount = text.partition("=")
    if not key:
        raise argparse.ArgumentTypeError(f"no key in {text!r} (KEY or KEY=CREDITS)")
    return key, _CREDITS(amount) if sep else None


def _duration(text: str) -> tuple[str, float]:
    kind, sep, seconds = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"expected KIND=SECONDS, got {text!r}")
    if kind not in DURATION_KINDS:
        kinds = ", ".join(DURATION_KINDS)
        raise argparse.ArgumentTypeError(f"unknown kind {kind!r} (one of {kinds})")
    return kind, _SECONDS(seconds)


_key.__name__ = "KEY[=CREDITS]"
_duration.__name__ = "KIND=SECONDS"


# The server's own variables (the flags' defaults below); the others are Settings fields.
SERVER_VARIABLES = tuple(PREFIX + name for name in ("HOST", "PORT", "WORKERS"))


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, not argparse's usage block before it: the help is one flag away.
        _fail(f"error: {message} (see '{self.prog} --help')", 2)


def unknown_variables(env: dict[str, str] | None = None) -> list[str]:
    """A warning line per ``VIMMERSE_MOCK_*`` variable that nothing reads (a typo would
    otherwise be ignored without a word), naming the closest known one."""
    from vimmerse_mock.recording.app import Options

    known = [PREFIX + f.name.upper() for f in dataclasses.fields(Settings)]
    known += [*SERVER_VARIABLES, *Options().to_env()]
    lines = []
    for name in sorted(os.environ if env is None else env):
        if name.startswith(PREFIX) and name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            lines.append(f"warning: {name} is not a setting and is ignored{hint}")
    return lines


def parser(d: Settings | None = None) -> argparse.ArgumentParser:
    d = d or Settings.from_env()
    p = _Parser(
        prog="vimmerse-mock",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Defaults shown are the ones in force, environment variables included.",
    )
    env = os.environ.get

    def a(*names: str, help: str, default: Any = None, **kw: Any) -> None:
        shown = "" if default is None or default is False else f" (default: {default})"
        p.add_argument(*names, default=default, help=help + shown, **kw)

    a("--host", default=env("VIMMERSE_MOCK_HOST", "127.0.0.1"), help="address to listen on")
    a(
        "--port",
        type=_PORT,
        default=env("VIMMERSE_MOCK_PORT", "4011"),
        help="port (0: any free one)",
    )
    a(
        "--workers",
        type=_number(int, 1),
        default=env("VIMMERSE_MOCK_WORKERS", "1"),
        help="uvicorn worker processes",
    )
    a(
        "--spec",
        dest="spec_path",
        default=d.spec_path,
        help="OpenAPI file (default: the vimmerse package's openapi.yaml)",
    )
    a("--data-dir", default=d.data_dir, help="uploads, generated files and the default db")
    a("--db", default=d.db, help='SQLite file or ":memory:" (default: <data-dir>/mock.sqlite3)')
    a("--public-url", default=d.public_url, help="base of result URLs (default: the request's)")
    a(
        "--key",
        action="append",
        type=_key,
        metavar="KEY[=CREDITS]",
        help=f"another accepted API key, optionally with its own starting credits (repeatable; {DEV_KEY} is always accepted)",
    )
    a("--credits", type=_CREDITS, default=d.credits, help="starting credits of each key")
    a(
        "--duration",
        action="append",
        type=_duration,
        metavar="KIND=SECONDS",
        help=f"simulated job duration, repeatable; KIND is one of {', '.join(DURATION_KINDS)} (default: "
        + ", ".join(f"{k}={v:g}" for k, v in d.durations.items())
        + ")",
    )
    # Its default (VIMMERSE_MOCK_CONTROL_KEY) is a secret: never shown in --help.
    p.add_argument(
        "--control-key",
        default=d.control_key,
        help="share the mock: /_mock/ writes that touch every key, and the page, need this "
        "key (X-Mock-Control-Key, or an HTTP Basic password); webhooks may call only "
        "--webhook-hosts (default: VIMMERSE_MOCK_CONTROL_KEY)",
    )
    a(
        "--control-hosts",
        default=d.control_hosts or None,
        help="Host names, comma-separated, the /_mock/ routes answer besides loopback and "
        "--public-url's",
    )
    a(
        "--webhook-hosts",
        default=d.webhook_hosts or None,
        help='with a control key, the hosts webhooks may call, comma-separated ("*": any; '
        "default: loopback only)",
    )
    a("--fail-word", default=d.fail_word, help="a job whose request contains it fails")
    a(
        "--failure-rate",
        type=_SHARE,
        default=d.failure_rate,
        help="share of jobs that fail (seeded), 0 to 1",
    )
    a(
        "--max-upload-mb",
        type=_SECONDS,
        default=d.max_upload_bytes / 2**20,
        help="largest upload accepted (MiB)",
    )
    a(
        "--webhook-attempts",
        type=_number(int, 1),
        default=d.webhook_attempts,
        help="deliveries tried per webhook",
    )
    a(
        "--webhook-backoff",
        type=_SECONDS,
        default=d.webhook_backoff,
        help="first retry delay of a webhook (seconds, doubling)",
    )
    a(
        "--webhook-timeout",
        type=_SECONDS,
        default=d.webhook_timeout,
        help="total seconds a webhook attempt may take",
    )
    a("--fault-429", type=_SHARE, default=d.fault_429, help="share of calls answered 429, 0 to 1")
    a("--fault-503", type=_SHARE, default=d.fault_503, help="share of calls answered 503, 0 to 1")
    a(
        "--fault-drop",
        type=_SHARE,
        default=d.fault_drop,
        help="share of calls whose connection drops, 0 to 1",
    )
    a(
        "--fault-phase",
        choices=("before", "after", "random"),
        default=d.fault_phase,
        help="when a fault strikes: before the call acts (safe to retry), after, or either",
    )
    a(
        "--fault-header",
        action="store_true",
        default=d.fault_header,
        help="honour X-Mock-Fault request headers",
    )
    a("--latency-ms", type=_SECONDS, default=d.latency_ms, help="delay added to every call (ms)")
    a(
        "--seed",
        type=int,
        default=d.seed,
        help="seed of the fault and failure draws (none: a fresh one each run)",
    )
    a(
        "--read-timeout",
        type=_SECONDS,
        default=d.read_timeout,
        help="seconds a client may stay silent while sending a request (then 408)",
    )
    a(
        "--drift",
        type=int,
        metavar="SEED",
        default=d.drift,
        help="answer as a newer server would: fields, enum values and omissions the spec "
        "lacks, chosen by SEED (GET /_mock/drift lists them)",
    )
    recording.add_options(p, a)
    return p


def settings_from(args: argparse.Namespace, base: Settings | None = None) -> Settings:
    s = base or Settings.from_env()
    for name in (
        "spec_path", "data_dir", "db", "public_url", "credits", "fail_word", "failure_rate",
        "webhook_attempts", "webhook_backoff", "webhook_timeout", "fault_429", "fault_503", "fault_drop",
        "fault_phase", "fault_header", "latency_ms", "read_timeout", "seed", "drift",
        "control_key",
    ):  # fmt: skip
        setattr(s, name, getattr(args, name))
    s.control_hosts = args.control_hosts or ""
    s.webhook_hosts = args.webhook_hosts or ""
    s.max_upload_bytes = int(args.max_upload_mb * 2**20)
    s.keys = {DEV_KEY: s.keys.get(DEV_KEY), **s.keys, **dict(args.key or ())}
    s.durations.update(dict(args.duration or ()))
    return s


def preflight(settings: Settings) -> str | None:
    """Why the mock cannot run with these paths, or None.

    Checked before uvicorn starts, so that a bad spec, a data directory that cannot be
    written or a file that is not a database is one line naming the path, not a worker's
    traceback (or, for a read-only folder, a 500 at the first upload).
    """
    import yaml

    from vimmerse_mock import roles
    from vimmerse_mock.spec import Spec, default_spec_path
    from vimmerse_mock.store import Store

    try:
        spec = Spec.load(settings.spec_path)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        return f"cannot read the spec {settings.spec_path or default_spec_path()}: {exc}"
    try:
        roles.check(spec)  # every route's role, so one the mock cannot serve is named now
    except roles.SpecError as exc:
        return f"cannot serve the spec {settings.spec_path or default_spec_path()}: {exc}"
    uploads = Path(settings.data_dir) / "files" / "uploads"
    try:
        uploads.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=uploads):
            pass
    except OSError as exc:
        return f"the data directory {settings.data_dir} is not writable: {exc.strerror or exc}"
    try:
        store = Store(settings.db_path)
        try:
            with store.tx():  # takes the write lock: a read-only file fails here
                pass
        finally:
            store.close()
    except (sqlite3.Error, OSError) as exc:
        return f"cannot use the database {settings.db_path}: {exc}"
    return None


def _fail(message: str, code: int) -> NoReturn:
    sys.stderr.write(f"vimmerse-mock: {message}\n")
    sys.exit(code)


def check_port_free(host: str, port: int) -> None:
    """Fail in one line before the banner if the address is taken (uvicorn would log a
    traceback-like error after it). Bound with SO_REUSEADDR, as uvicorn binds."""
    if port == 0:
        return
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            reason = "address already in use" if exc.errno == errno.EADDRINUSE else exc.strerror
            _fail(f"cannot listen on {host}:{port}: {reason} (--port 0 picks a free port)", 1)


def free_port(host: str) -> int:
    """The port ``--port 0`` gets, chosen before the banner so that it can name it."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        port: int = probe.getsockname()[1]
    return port


def banner(host: str, port: int, detail: str, recording_upstream: str = "") -> str:
    """What the mock prints once it can start: where it is, and the line that points the SDK
    and the CLI at it (the key too, unless it records: then the real key goes through)."""
    client_host = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    url = f"http://{f'[{client_host}]' if ':' in client_host else client_host}:{port}"
    key = "" if recording_upstream else f" {API_KEY_VARIABLE}={DEV_KEY}"
    return (
        f"vimmerse-mock on {url}  {detail}\n"
        "Point the SDK and the CLI at it:\n"
        f"  export {BASE_URL_VARIABLE}={url}{key}"
    )


def main(argv: Sequence[str] | None = None) -> None:
    try:
        import uvicorn
    except ImportError as exc:
        _fail(f"needs the 'mock' extra (pip install 'vimmerse[mock]'): {exc}", 1)
    try:
        defaults = Settings.from_env()
    except ValueError as exc:  # a VIMMERSE_MOCK_* variable that does not parse
        _fail(str(exc), 2)
    for line in unknown_variables():
        sys.stderr.write(f"vimmerse-mock: {line}\n")
    p = parser(defaults)
    args = p.parse_args(argv)
    settings = settings_from(args, defaults)
    if args.check_recordings:
        sys.exit(recording.check(args.check_recordings, settings.spec_path, args.json))
    options = recording.options(p, args)
    problem = preflight(settings) or recording.preflight(options)
    if problem:
        _fail(problem, 1)
    check_port_free(args.host, args.port)
    port = args.port or free_port(args.host)
    # Workers are separate processes: hand them the settings through the environment.
    os.environ.update(settings.to_env())
    os.environ.update(options.to_env())
    print(banner(args.host, port, recording.banner(options, settings), options.record), flush=True)
    uvicorn.run(
        recording.factory(options),
        factory=True,
        host=args.host,
        port=port,
        # One process keeps one numbering of exchanges and one replay state.
        workers=1 if options.record or options.replay else args.workers,
        log_level="info",
        # A log line per request costs ~10 % of the mock's CPU under load (make bench).
        access_log=False,
        http=http_protocol(),
    )


def http_protocol() -> str:
    """httptools with each answer in one write and a deadline for request heads
    (protocol.py), else uvicorn's own choice.

    An import string, so that each worker process imports it (and httptools) itself.
    """
    if importlib.util.find_spec("httptools") is None:
        return "auto"
    return "vimmerse_mock.protocol:MockHttpProtocol"


if __name__ == "__main__":
    main()
