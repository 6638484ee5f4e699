"""``vimmerse spec drift``: has the API moved away from the spec this SDK was built from?"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import httpx
import typer

from .._drift import load, run
from .._drift.proxy import report_from_prism_log
from .._drift.report import Report
from .._errors import InsecureTransportError
from .._header_values import check_key
from .._logs import register_secret
from .._options import is_loopback
from ..spec import SpecError
from ..spec.extensions import base_url as spec_base_url
from ._context import settings
from ._exits import Exit

DRIFT_HELP = """Call the operations the spec marks free and safe (`x-vimmerse-safe`: the
estimates, reads of the ids you pass) and compare every answer with the spec: fields,
enum values, types and status codes it lacks, documented fields missing. Nothing that
may charge credits is sent. Exit code 11 when the API drifted, with a suggested spec
patch for the mechanical fixes."""


def _ids(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name or not value:
            raise typer.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint="--id")
        out[name] = value
    return out


def _emit(report: Report, as_json: bool) -> int:
    if as_json:
        sys.stdout.write(json.dumps(report.to_json(), indent=2) + "\n")
    else:
        sys.stdout.write(report.text())
    if report.drift:
        return Exit.DRIFT
    return Exit.NETWORK if report.errors else Exit.OK


def drift(
    ctx: typer.Context,
    ids: Annotated[
        list[str] | None,
        typer.Option(
            "--id",
            metavar="NAME=VALUE",
            help="A path parameter for the reads, e.g. `--id asset_id=...` (repeatable).",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="The report as JSON.")] = False,
    spec: Annotated[
        Path | None,
        typer.Option(help="The spec to compare with (default: the one this SDK ships)."),
    ] = None,
    prism_log: Annotated[
        Path | None,
        typer.Option(
            exists=True,
            dir_okay=False,
            help="Report the violations of this Prism proxy log instead (`make proxy`).",
        ),
    ] = None,
) -> int:
    found = settings(ctx)
    doc = load(spec, shipped=found.surface.spec_text)
    if prism_log is not None:
        return _emit(report_from_prism_log(doc, prism_log.read_text(encoding="utf-8")), as_json)
    try:
        server = spec_base_url(doc)  # the compared spec's own server...
    except SpecError:
        server = found.surface.base_url  # ...or, where it names none, the SDK's
    base_url = found.base_url or server
    key = found.api_key or os.environ.get("VIMMERSE_API_KEY") or None
    register_secret(key)
    if key:
        check_key(key)  # else httpx would print it whole in the report (a CR from a file)
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL as exc:
        raise typer.BadParameter(
            f"{base_url!r} is no URL: {exc}", param_hint="'--base-url' / VIMMERSE_BASE_URL"
        ) from exc
    scheme, host = url.scheme, url.host
    if key and scheme == "http" and not is_loopback(host):
        raise InsecureTransportError(f"Refusing to send the API key over plain http to {host}.")
    return _emit(run(doc, base_url, key, _ids(ids or [])), as_json)


def spec_group() -> typer.Typer:
    group = typer.Typer(rich_markup_mode="markdown")
    group.command("drift", help=DRIFT_HELP, short_help="Report how the API differs from the spec.")(
        drift
    )
    return group
