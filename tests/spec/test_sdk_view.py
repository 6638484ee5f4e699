"""`x-sdk-content-type`: the spec says every content type the API takes, the SDK is
generated from the one it sends."""

from __future__ import annotations

from typing import Any

from codegen.generate import sdk_view
from tests.spec.helpers import load_spec


def _bodies(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        op["operationId"]: op["requestBody"]
        for item in doc["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "requestBody" in op
    }


def test_the_sdk_view_keeps_only_the_content_type_the_sdk_sends() -> None:
    doc = load_spec()
    chosen = {k: b for k, b in _bodies(doc).items() if "x-sdk-content-type" in b}
    assert chosen and all(len(b["content"]) > 1 for b in chosen.values())
    view = _bodies(sdk_view(doc))
    for op_id, body in chosen.items():
        assert list(view[op_id]["content"]) == [body["x-sdk-content-type"]]
    unchanged = {k for k in _bodies(doc) if k not in chosen}
    assert all(view[k] == _bodies(doc)[k] for k in unchanged)
    assert len(_bodies(doc)[next(iter(chosen))]["content"]) > 1  # the spec itself is untouched
