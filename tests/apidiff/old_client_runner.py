"""Run calls with the previous release's client (test_old_client.py starts this script with
that package first on `sys.path`, so it cannot mix with the working tree's package).

stdin: `{"package": dir, "base_url": ..., "api_key": ..., "calls": [{"name", "resource",
"method", "kwargs", "rewrite"}]}`; stdout: one JSON list, per call `{"name", "ok", "result"
| "error"}`. `rewrite` (`{"status": code, "body": {...}, "at": [keys], "set": {...}, "drop":
[...]}`) replaces the status or the body of every JSON answer the call gets, or changes
the object at `at` (default: the top level): the server using a freedom the new spec gives it (a new
field, a new enum value, an omitted field), which the mock's own code would not.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import httpx


class Rewriting(httpx.HTTPTransport):
    def __init__(self, rewrite: dict[str, Any]) -> None:
        super().__init__()
        self.rewrite = rewrite

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if not self.rewrite or "json" not in response.headers.get("content-type", ""):
            return response
        response.read()
        body = target = self.rewrite.get("body", response.json())
        for key in self.rewrite.get("at", []):
            target = target[key] if isinstance(target, dict) else None
        if isinstance(target, dict):
            target.update(self.rewrite.get("set", {}))
            for name in self.rewrite.get("drop", []):
                target.pop(name, None)
        headers = {
            k: v
            for k, v in response.headers.items()
            if k.lower() not in ("content-length", "content-encoding")
        }
        status = self.rewrite.get("status", response.status_code)
        return httpx.Response(status, headers=headers, json=body, request=request)


def run(job: dict[str, Any]) -> list[dict[str, Any]]:
    import vimmerse

    assert vimmerse.__file__ and vimmerse.__file__.startswith(job["package"]), vimmerse.__file__
    out: list[dict[str, Any]] = []
    for call in job["calls"]:
        http = httpx.Client(transport=Rewriting(call.get("rewrite") or {}), timeout=30)
        client = vimmerse.Vimmerse(
            api_key=job["api_key"], base_url=job["base_url"], max_retries=0, http_client=http
        )
        try:
            method = getattr(getattr(client, call["resource"]), call["method"])
            result = method(**call["kwargs"])
            dumped = result.to_dict() if hasattr(result, "to_dict") else result
            out.append(
                {
                    "name": call["name"],
                    "ok": True,
                    "result": json.loads(json.dumps(dumped, default=str)),
                }
            )
        except Exception as exc:  # any failure means: this old client does not work here
            out.append({"name": call["name"], "ok": False, "error": f"{type(exc).__name__}: {exc}"})
        finally:
            http.close()
    return out


if __name__ == "__main__":
    job = json.load(sys.stdin)
    sys.path.insert(0, job["package"])
    json.dump(run(job), sys.stdout)
