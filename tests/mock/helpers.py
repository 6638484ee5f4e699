"""Shared helpers of the mock's tests: app factory, spec-driven requests, file parsers."""

from __future__ import annotations

import io
import re
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from PIL import Image
from starlette.testclient import TestClient

from tests.spec.helpers import quantity_field
from vimmerse_mock import formats
from vimmerse_mock.app import MockApp
from vimmerse_mock.jobs import Clock, FakeClock
from vimmerse_mock.roles import role_of
from vimmerse_mock.settings import DEV_KEY, Settings
from vimmerse_mock.spec import Operation, Spec, example, sample

KEY = DEV_KEY
# The control routes answer loopback Host names only (guard.py): not TestClient's own.
LOCAL = "http://127.0.0.1"
AUTH = {"X-Api-Key": KEY}
SPEC = Spec.load()
PNG = formats.png(4, 3, "upload")


def path_of(operation_id: str, **params: str) -> str:
    """The spec's path of an operation, filled in: tests follow a route the spec moves."""
    return SPEC.by_id[operation_id].path.format(**params)


def asset_path(asset_id: str) -> str:
    """Where a job is polled: the path of the spec's route that reads one by id."""
    poll = next(op for op in SPEC.operations if role_of(op).name == "poll")
    return re.sub(r"\{[^}]+\}", asset_id, poll.path)


T2I = path_of("text_to_image")
MP4 = formats.mp4(32, 18, 1.0, "upload")


def upload_for(media: dict[str, Any], field: str) -> tuple[str, bytes, str]:
    """A file of the kind the field's encoding names (a video or, by default, an image)."""
    wanted = str(media.get("encoding", {}).get(field, {}).get("contentType", ""))
    if wanted.startswith("video/"):
        return ("in.mp4", MP4, "video/mp4")
    return ("in.png", PNG, "image/png")


def settings(tmp_path: Path, **overrides: Any) -> Settings:
    base = Settings(data_dir=str(tmp_path / "data"), db=":memory:", webhook_poll=0)
    for name, value in overrides.items():
        setattr(base, name, value)
    return base


def make_client(tmp_path: Path, clock: Clock | None = None, **overrides: Any) -> TestClient:
    app = MockApp(settings(tmp_path, **overrides), clock=clock or FakeClock(), spec=SPEC)
    return TestClient(app, base_url=LOCAL)


def app_of(client: TestClient) -> MockApp:
    app = client.app
    assert isinstance(app, MockApp)
    return app


def validate(schema: dict[str, Any], value: Any) -> None:
    Draft202012Validator(schema).validate(value)


def ops_with_body() -> list[Operation]:
    return [op for op in SPEC.operations if op.body]


def generation_ops() -> list[Operation]:
    """Operations that answer an Asset from a JSON body (the v2 generation routes)."""
    return [
        op
        for op in SPEC.operations
        if "application/json" in op.body and (op.json_schema(200) or {}).get("title") == "Asset"
    ]


def with_quantity() -> tuple[Operation, str, dict[str, Any]]:
    """The first generation route with a quantity field (`x-vimmerse-role: quantity`):
    (operation, field, its schema)."""
    for op in generation_ops():
        schema = op.body["application/json"]["schema"]
        field = quantity_field(schema)
        if field:
            return op, field, dict(schema["properties"][field])
    raise AssertionError("no generation route has a quantity field")


def request_for(op: Operation, path_values: dict[str, str] | None = None) -> dict[str, Any]:
    """Keyword arguments for TestClient.request: the smallest valid call of `op`."""
    path = op.path
    for param in op.parameters:
        if param.location == "path":
            path = path.replace("{" + param.name + "}", (path_values or {}).get(param.name, "x"))
    kwargs: dict[str, Any] = {"method": op.method, "url": path, "headers": dict(AUTH)}
    if "application/json" in op.body:
        media = op.body["application/json"]
        found, value = example(media)
        kwargs["json"] = value if found else sample(media["schema"])
    elif op.body:
        media_type, media = next(iter(op.body.items()))
        schema = media["schema"]
        data: dict[str, Any] = {}
        files: list[tuple[str, tuple[str, bytes, str]]] = []
        for name, prop in schema.get("properties", {}).items():
            binary = (
                prop.get("format") == "binary" or prop.get("items", {}).get("format") == "binary"
            )
            if binary:
                files.append((name, upload_for(media, name)))
            elif name in schema.get("required", []):
                data[name] = str(sample(prop))
        found, value = example(media)
        if found and isinstance(value, dict):
            data.update({k: str(v) for k, v in value.items()})
        if op.body_required and not data and not files:
            # A required body must not be empty: send its first property.
            name, prop = next(iter(schema.get("properties", {}).items()))
            data[name] = str(sample(prop, full=True))
        kwargs["data"] = data
        if media_type.startswith("multipart/"):
            kwargs["files"] = files
    return kwargs


def pointer(document: Any, expression: str) -> Any:
    """Evaluate an OpenAPI link expression `$response.body#/a/b` on a response body."""
    assert expression.startswith("$response.body#"), expression
    value = document
    for part in expression.split("#", 1)[1].split("/")[1:]:
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value


# ----------------------------------------------------------------------- file parsers
def png_chunks(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG signature"
    pos = 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + body) & 0xFFFFFFFF, f"bad CRC in {kind!r}"
        yield kind, body
        pos += 12 + length


def parse_png(data: bytes) -> tuple[int, int, int]:
    """(width, height, colour type), after checking chunks, CRCs and the pixel data size."""
    chunks = list(png_chunks(data))
    assert chunks[0][0] == b"IHDR" and chunks[-1][0] == b"IEND"
    width, height, depth, colour, _, _, _ = struct.unpack(">IIBBBBB", chunks[0][1])
    assert depth == 8
    raw = zlib.decompress(b"".join(body for kind, body in chunks if kind == b"IDAT"))
    channels = {2: 3, 6: 4}[colour]
    assert len(raw) == height * (1 + width * channels)
    return width, height, colour


def mp4_boxes(data: bytes, start: int = 0, end: int | None = None) -> dict[bytes, tuple[int, int]]:
    """Top-level boxes of `data[start:end]`: type -> (payload start, payload end)."""
    end = len(data) if end is None else end
    boxes: dict[bytes, tuple[int, int]] = {}
    pos = start
    while pos < end:
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        assert size >= 8 and pos + size <= end, f"box {kind!r} overruns its parent"
        boxes[kind] = (pos + 8, pos + size)
        pos += size
    assert pos == end
    return boxes


def parse_mp4(data: bytes) -> dict[str, Any]:
    """Walk ftyp/moov/trak/mdia/minf/stbl; check sample sizes add up to mdat."""
    top = mp4_boxes(data)
    assert next(iter(top)) == b"ftyp" and data[8:12] == b"isom"
    assert {b"ftyp", b"moov", b"mdat"} <= set(top)

    def child(parent: tuple[int, int], *path: bytes) -> tuple[int, int]:
        box = parent
        for kind in path:
            box = mp4_boxes(data, *box)[kind]
        return box

    moov = top[b"moov"]
    mvhd = child(moov, b"mvhd")
    timescale, duration = struct.unpack(">II", data[mvhd[0] + 12 : mvhd[0] + 20])
    stbl = child(moov, b"trak", b"mdia", b"minf", b"stbl")
    stsd = child(stbl, b"stsd")
    entry = data[stsd[0] + 8 : stsd[0] + 16]
    assert entry[4:8] == b"avc1"
    width, height = struct.unpack(">HH", data[stsd[0] + 8 + 32 : stsd[0] + 8 + 36])
    avc1_end = stsd[1]
    assert b"avcC" in data[stsd[0] : avc1_end]
    stsz = child(stbl, b"stsz")
    _, count = struct.unpack(">II", data[stsz[0] + 4 : stsz[0] + 12])
    sizes = struct.unpack(f">{count}I", data[stsz[0] + 12 : stsz[0] + 12 + 4 * count])
    mdat = top[b"mdat"]
    assert sum(sizes) == mdat[1] - mdat[0]
    stco = child(stbl, b"stco")
    (offset,) = struct.unpack(">I", data[stco[0] + 8 : stco[0] + 12])
    assert offset == mdat[0]
    # The first sample is an IDR picture: its first NAL unit has type 5.
    assert data[offset + 4] & 0x1F == 5
    return {"width": width, "height": height, "seconds": duration / timescale, "frames": count}


def ratio(width: int, height: int) -> float:
    return width / height


def aspect(text: str) -> float:
    m = re.fullmatch(r"(\d+):(\d+)", text)
    assert m
    return int(m.group(1)) / int(m.group(2))


def option_rules(op: Operation) -> list[tuple[str, list[str]]]:
    """(option value, fields it requires) of each `if option == X then required` rule."""
    schema = (op.body.get("application/json") or {}).get("schema", {})
    out = []
    for part in schema.get("allOf", []):
        cond = part.get("if", {}).get("properties", {}).get("option", {})
        if "const" in cond and part.get("then", {}).get("required"):
            out.append((str(cond["const"]), list(part["then"]["required"])))
    return out


_BITRATES = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
_RATES = (44100, 48000, 32000)


def parse_mp3(data: bytes) -> float:
    """Seconds of an MPEG-1 Layer III stream, walking every frame header to the last byte."""
    at, frames, rate = 0, 0, 0
    while at < len(data):
        head = int.from_bytes(data[at : at + 4], "big")
        assert head >> 21 == 0x7FF, f"no frame sync at {at}"
        assert (head >> 19) & 3 == 3 and (head >> 17) & 3 == 1, "not MPEG-1 Layer III"
        bitrate, rate = _BITRATES[(head >> 12) & 15], _RATES[(head >> 10) & 3]
        assert bitrate, "free or bad bitrate"
        at += 144_000 * bitrate // rate + ((head >> 9) & 1)
        frames += 1
    assert at == len(data) and frames, "a truncated last frame"
    return frames * 1152 / rate


def jpeg_size(data: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG"
        image.load()  # decodes every block: a bad stream fails here
        return image.size


def gif_size(data: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "GIF"
        image.load()
        return image.size
