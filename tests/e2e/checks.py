"""Assertions on what an SDK call returned, and on why Prism refused one."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx

from tests.contract.prism_limits import is_known_false_failure
from tests.e2e.cases import Call, jsonable, return_types
from tests.e2e.support import SPEC, STATEFUL
from tests.mock.helpers import parse_mp4
from tests.spec.helpers import defaults, quantity_field
from vimmerse import APIStatusError, UnprocessableEntityError
from vimmerse.models.asset import Asset
from vimmerse.models.credit_estimate import CreditEstimate
from vimmerse.models.media import Media
from vimmerse.models.processing_status import ProcessingStatus

ASSET_STATUSES = set(SPEC.schema("AssetStatus")["enum"])
MEDIA_FIELDS = set(SPEC.schema("Media")["properties"])


def describe_request(error: APIStatusError) -> str:
    request = error.request
    try:
        body = request.content
    except httpx.RequestNotRead:
        body = b"(streamed)"
    headers = {k: v for k, v in request.headers.items() if k.lower() != "x-api-key"}
    return f"{request.method} {request.url}\nheaders: {headers}\nbody: {body[:600]!r}"


def violations(error: APIStatusError) -> list[str]:
    return error.response.headers.get_list("sl-violations")


def refused(call: Call, mock: str, error: APIStatusError) -> str:
    """The failure message for a call a mock did not accept."""
    what = (
        "Prism rejected the SDK's request as off-spec"
        if isinstance(error, UnprocessableEntityError)
        else f"{mock} answered {error.status_code}"
    )
    return (
        f"{call.op.resource}.{call.op.method} ({call.op.operation_id}, {call.variant}) on "
        f"{mock}: {what}\nviolations: {violations(error)}\nbody: {error.body}\n"
        f"{describe_request(error)}"
    )


def expect_prism_limit(call: Call, error: APIStatusError) -> None:
    """Prism refused the call for the documented reason `call.prism_limit`, and only that."""
    assert isinstance(error, UnprocessableEntityError), refused(call, "prism", error)
    messages = " ".join(violations(error))
    assert call.prism_limit is not None and call.prism_limit in messages, refused(
        call, "prism", error
    )
    # prism_limits reads a schemathesis response, whose headers map a name to a list.
    seen = SimpleNamespace(
        status_code=error.status_code, headers={"sl-violations": violations(error)}
    )
    assert is_known_false_failure(("positive_data_acceptance",), None, seen), refused(
        call, "prism", error
    )


def check_result(call: Call, result: Any, mock: str) -> None:
    """The call returned its documented type with sensible key fields; on the stateful mock,
    the fields sent come back where the API echoes them."""
    expected = return_types(call.op)
    assert isinstance(result, expected), f"{call.op.operation_id}: got {type(result)}"
    if isinstance(result, str):
        assert result.strip(), "an empty prompt text"
    elif isinstance(result, Path):
        _check_download(call, result, mock)
    elif isinstance(result, Asset):
        _check_asset(call, result, mock)
    elif isinstance(result, Media):
        _check_media(call, result, mock)
    elif isinstance(result, CreditEstimate):
        assert result.total_credits >= 0
        assert isinstance(result.breakdown.additional_properties, dict)
    elif isinstance(result, ProcessingStatus):
        percent = int(str(result.progress_percentage))
        assert 0 <= percent <= 100
        assert result.processing_status
    else:
        # process_media's `{"data": {}}` alternative: an empty object.
        assert jsonable(result) == {}, f"{call.op.operation_id}: unexpected {result!r}"


def _check_download(call: Call, path: Path, mock: str) -> None:
    assert path.is_file()
    data = path.read_bytes()
    assert data, "an empty download"
    if mock == STATEFUL:
        assert data[4:8] == b"ftyp", "the bullet video is not an MP4"
        parse_mp4(data)


def _check_asset(call: Call, asset: Asset, mock: str) -> None:
    assert asset.id
    assert asset.status in ASSET_STATUSES
    if mock != STATEFUL:
        return
    args = asset.args.additional_properties if asset.args is not None else {}
    sent = {k: v for k, v in call.body.items() if not isinstance(v, bytes)}
    assert contains(args, sent), f"the asset's args differ from the request: {args} vs {sent}"
    if "Username" in call.params:
        assert asset.primary_user_id == call.params["Username"]
    # A route without a quantity field (`x-vimmerse-role: quantity`) makes one result.
    field = quantity_field(call.op.body_schema)
    quantity = (
        int(call.body.get(field, defaults(call.op.body_schema).get(field, 1))) if field else 1
    )
    assert asset.quantity == quantity
    async_mode = call.effective_async_mode()
    if async_mode:
        assert asset.status == "processing"
    else:
        # A synchronous call, an upload or the (finished) asset read back: a final answer.
        assert asset.status == "success"
        assert len(asset.results or []) == quantity


def _check_media(call: Call, media: Media, mock: str) -> None:
    assert media.id
    if mock != STATEFUL:
        return
    if "media_id" in call.params:
        assert media.id == call.params["media_id"]
    fields = dict(call.body)
    if call.op.operation_id == "upload_media" and "data" in fields:
        fields = json.loads(fields["data"])
    echoed = {name: jsonable(getattr(media, name)) for name in fields if name in MEDIA_FIELDS}
    sent = {name: fields[name] for name in echoed}
    assert contains(echoed, sent), f"the media differs from the request: {echoed} vs {sent}"


def contains(echoed: Any, sent: Any) -> bool:
    """`echoed` holds what was sent; an object may hold more (defaults the server filled in)."""
    if isinstance(sent, dict):
        return isinstance(echoed, dict) and all(
            key in echoed and contains(echoed[key], value) for key, value in sent.items()
        )
    if isinstance(sent, list):
        return (
            isinstance(echoed, list)
            and len(echoed) == len(sent)
            and all(contains(e, s) for e, s in zip(echoed, sent, strict=True))
        )
    return bool(echoed == sent)
