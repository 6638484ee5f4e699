"""`GET /_mock/`: one HTML page of what the mock holds, refreshed every few seconds.

Server-rendered with no script, so it shows in any browser (and a headless screenshot);
every value is escaped, since all of it comes from requests. Keys never appear: the
ledger shows each key's customer id.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from vimmerse_mock import assets, jobs, media
from vimmerse_mock.context import customer_id
from vimmerse_mock.state import Mock

_STYLE = """
body { font: 14px system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 1.6em; }
table { border-collapse: collapse; } td, th { padding: 3px 8px; border-bottom: 1px solid #ddd;
  text-align: left; vertical-align: top; } th { background: #f3f3f3; }
img { height: 64px; border: 1px solid #ccc; } code { font-size: 12px; }
.success { color: #18794e; } .fail { color: #c62828; } .processing, .queue_bullet { color: #b26a00; }
"""


_SCHEME = re.compile(r"https?://", re.IGNORECASE)


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _table(headings: list[str], rows: list[list[str]], empty: str) -> str:
    if not rows:
        return f"<p><em>{_e(empty)}</em></p>"
    head = "".join(f"<th>{_e(h)}</th>" for h in headings)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _linkable(url: str) -> bool:
    """Only our own paths and http(s) URLs become links: a stored `javascript:` URL is text."""
    return (url.startswith("/") and not url.startswith("//")) or _SCHEME.match(url) is not None


def _thumbs(urls: list[str], mime: str | None) -> str:
    shown = []
    for u in urls[:4]:
        name = _e(u.split("?", 1)[0].rsplit("/", 1)[-1])
        if not _linkable(u):
            shown.append(f"<code>{_e(u)}</code>")
        elif mime and mime.startswith("image/"):
            shown.append(f'<a href="{_e(u)}"><img src="{_e(u)}" alt="result"></a>')
        else:
            shown.append(f'<a href="{_e(u)}">{name}</a>')
    return " ".join(shown)


def _status(state: str) -> str:
    return f'<span class="{_e(state)}">{_e(state)}</span>'


def _jobs(app: Mock, now: float) -> str:
    rows = []
    for _, doc in app.store.docs("asset"):
        view = assets.view(doc, now, app.files.signed)
        rows.append(
            [
                _e(jobs.iso(doc["submitted_at"])),
                f"<code>{_e(doc['id'])}</code>",
                _e(view["app_name"]),
                _status(view["status"]),
                _e(view["credits"]),
                _thumbs(view["results"], view["mime_type"]),
            ]
        )
    for _, doc in app.store.docs("media"):
        view = media.view(doc, now, app.files.signed)
        rows.append(
            [
                _e(jobs.spaced(doc["runs"][-1]["submitted_at"])),
                f"<code>{_e(doc['id'])}</code>",
                "media",
                _status(view["processing_status"]) + f" {_e(view['progress_percentage'])} %",
                _e(doc["runs"][-1]["credits"]),
                _thumbs(view["result"], "video/mp4"),
            ]
        )
    return _table(["submitted", "id", "app", "status", "credits", "results"], rows, "No jobs yet.")


def render_page(app: Mock) -> str:
    now = app.clock.now()
    ledger = _table(
        ["at", "customer", "change", "reason", "job"],
        [
            [
                _e(jobs.iso(e["at"])),
                _e(customer_id(e["key"])),
                _e(e["delta"]),
                _e(e["reason"]),
                _e(e["ref"]),
            ]
            for e in app.store.all_ledgers()
        ],
        "No charges yet.",
    )
    journal = _table(
        ["#", "method", "path", "operation", "status", "body"],
        [
            [
                _e(e["seq"]),
                _e(e["method"]),
                _e(e["path"]),
                _e(e["operation"]),
                _e(e["status"]),
                f"<code>{_e(json.dumps(e['json'])[:200])}</code>",
            ]
            for e in reversed(app.control.requests(last=100))
        ],
        "No requests yet.",
    )
    outbox = _table(
        ["job", "url", "state", "attempts", "payload"],
        [
            [
                f"<code>{_e(w['ref'])}</code>",
                _e(w["url"]),
                _e(w["state"]),
                _e(w["attempts"]),
                f"<code>{_e(json.dumps(w['payload']))}</code>",
            ]
            for w in reversed(app.store.webhooks()[-100:])
        ],
        "No webhooks yet.",
    )
    offset = getattr(app.clock, "offset", 0.0)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Vimmerse mock</title>
<meta http-equiv="refresh" content="3"><style>{_STYLE}</style></head>
<body><h1>Vimmerse mock</h1>
<p>Clock: {_e(jobs.iso(now))} (advanced by {_e(round(offset, 3))} s).
JSON: <a href="/_mock/requests">requests</a>, <a href="/_mock/webhooks">webhooks</a>.</p>
<h2>Jobs</h2>{_jobs(app, now)}
<h2>Credit ledger</h2>{ledger}
<h2>Requests</h2>{journal}
<h2>Webhook deliveries</h2>{outbox}
</body></html>
"""
