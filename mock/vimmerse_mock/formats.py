"""Real, small media files built from the standard library: PNG, JPEG, GIF, WAV, MP3, MP4.

Each generated file is deterministic in its `seed` (the job id), so a result URL serves
the same bytes before and after a restart, and different jobs look different.
"""

from __future__ import annotations

import hashlib
import math
import re
import struct
import zlib

from vimmerse_mock import pictures
from vimmerse_mock.mp4 import build_mp4

_RATIO = re.compile(r"^(\d{1,6}):(\d{1,6})$")
IMAGE_LONG_SIDE = 512
VIDEO_LONG_SIDE = 128
VIDEO_FPS = 10


def frame_size(aspect_ratio: str | None, long_side: int, default: str = "16:9") -> tuple[int, int]:
    """Width and height for `aspect_ratio` ("W:H"), the longer side being `long_side`."""
    match = _RATIO.match(aspect_ratio or "") or _RATIO.match(default)
    assert match is not None
    w, h = int(match.group(1)), int(match.group(2))
    if w == 0 or h == 0:
        w, h = 1, 1
    if w >= h:
        return long_side, max(1, round(long_side * h / w))
    return max(1, round(long_side * w / h)), long_side


def _colour(seed: str) -> tuple[int, int, int]:
    digest = hashlib.sha256(seed.encode("utf-8", "surrogatepass")).digest()
    return digest[0], digest[1], digest[2]


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def png(width: int, height: int, seed: str, transparent: bool = False) -> bytes:
    """An RGB (or RGBA, for background removal) PNG with a gradient in the seed's colour."""
    r, g, b = _colour(seed)
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter type: none
        fade = y * 255 // max(1, height - 1)
        for x in range(width):
            shade = x * 255 // max(1, width - 1)
            pixel = bytes([(r + shade) // 2, (g + fade) // 2, b])
            if transparent:
                # An opaque disc on a transparent background: a cut-out foreground.
                inside = (2 * x - width) ** 2 + (2 * y - height) ** 2 <= min(width, height) ** 2
                pixel += b"\xff" if inside else b"\x00"
            rows += pixel
    colour_type = 6 if transparent else 2
    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(bytes(rows), 6))
        + _png_chunk(b"IEND", b"")
    )


def wav(seconds: float, seed: str, rate: int = 8000) -> bytes:
    """16-bit mono PCM WAV: a quiet sine tone whose pitch comes from the seed."""
    pitch = 220 + _colour(seed)[0] * 2
    count = max(1, round(seconds * rate))
    samples = b"".join(
        struct.pack("<h", int(8000 * math.sin(2 * math.pi * pitch * n / rate)))
        for n in range(count)
    )
    fmt = struct.pack("<HHIIHH", 1, 1, rate, rate * 2, 2, 16)
    body = (
        b"WAVE"
        + b"fmt "
        + struct.pack("<I", len(fmt))
        + fmt
        + b"data"
        + struct.pack("<I", len(samples))
        + samples
    )
    return b"RIFF" + struct.pack("<I", len(body)) + body


def gif(width: int, height: int, seed: str) -> bytes:
    """A one-colour GIF89a (the media download's GIF object type)."""
    r, g, b = _colour(seed)
    palette = bytes([r, g, b, 0, 0, 0])  # 2-entry global colour table
    # LZW, min code size 2: clear (4), then one literal 0 per pixel, end (5). Codes stay
    # 3 bits wide because each literal is followed by a clear code.
    bits = 0
    nbits = 0
    out = bytearray()

    def emit(code: int) -> None:
        nonlocal bits, nbits
        bits |= code << nbits
        nbits += 3
        while nbits >= 8:
            out.append(bits & 0xFF)
            bits >>= 8
            nbits -= 8

    for _ in range(width * height):
        emit(4)
        emit(0)
    emit(5)
    if nbits:
        out.append(bits & 0xFF)
    blocks = b"".join(
        bytes([len(out[i : i + 255])]) + bytes(out[i : i + 255]) for i in range(0, len(out), 255)
    )
    return (
        b"GIF89a"
        + struct.pack("<HHBBB", width, height, 0x80, 0, 0)
        + palette
        + b"\x2c"
        + struct.pack("<HHHHB", 0, 0, width, height, 0)
        + b"\x02"
        + blocks
        + b"\x00\x3b"
    )


def mp4(width: int, height: int, seconds: float, seed: str, label: str = "") -> bytes:
    """An H.264 MP4 of `seconds` whose single picture is a gradient in the seed's colour,
    with `label` (what made it) written on it if given."""
    # A still picture repeated: a long video needs no more than one frame a second.
    fps = VIDEO_FPS if seconds <= 30 else 1
    if label:
        samples = pictures.shader(width, height, seed, label)

        def drawn(x: int, y: int) -> tuple[int, int, int]:
            at = 3 * (min(y, height - 1) * width + min(x, width - 1))
            return samples[at], samples[at + 1], samples[at + 2]

        return build_mp4(width, height, seconds, fps, drawn)
    r, g, b = _colour(seed)
    # BT.601 RGB -> YCbCr of the base colour; luma gets a diagonal gradient.
    base_y = int(0.299 * r + 0.587 * g + 0.114 * b)
    cb = int(128 - 0.168736 * r - 0.331264 * g + 0.5 * b)
    cr = int(128 + 0.5 * r - 0.418688 * g - 0.081312 * b)

    def shade(x: int, y: int) -> tuple[int, int, int]:
        return (base_y // 2 + (x + y) * 128 // max(1, width + height), cb, cr)

    return build_mp4(width, height, seconds, fps, shade)


# MPEG-1 Layer III, 32 kbit/s, 32 kHz, mono, no CRC, "original": 144-byte frames of 1152
# samples. A frame whose side information is all zero carries no audio data: silence.
_MP3_HEADER = b"\xff\xfb\x18\xc4"
MP3_FRAME_BYTES = 144
MP3_FRAME_SECONDS = 1152 / 32000


def mp3(seconds: float) -> bytes:
    """A playable MP3 of `seconds` of silence."""
    frames = max(1, math.ceil(seconds / MP3_FRAME_SECONDS))
    return (_MP3_HEADER + bytes(MP3_FRAME_BYTES - len(_MP3_HEADER))) * frames


# The standard luminance DC Huffman table (ITU T.81, K.3): code lengths per category.
_DC_COUNTS = (0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0)
_DC_CODES = [
    "00",
    "010",
    "011",
    "100",
    "101",
    "110",
    "1110",
    "11110",
    "111110",
    "1111110",
    "11111110",
    "111111110",
]


def _jpeg_segment(marker: int, data: bytes) -> bytes:
    return struct.pack(">BBH", 0xFF, marker, len(data) + 2) + data


def jpeg(width: int, height: int, seed: str) -> bytes:
    """A baseline greyscale JPEG: 8x8 blocks of flat grey in a diagonal gradient whose
    level comes from the seed (DC coefficients only, so no DCT is needed)."""
    base = _colour(seed)[0]
    cols, rows = (width + 7) // 8, (height + 7) // 8
    bits: list[str] = []
    previous = 0
    for by in range(rows):
        for bx in range(cols):
            level = 64 + (base + (bx + by) * 255 // max(1, cols + rows)) // 4
            dc = 8 * (level - 128)  # a flat block's DC coefficient (quantiser 1)
            diff, previous = dc - previous, dc
            size = abs(diff).bit_length()
            value = diff if diff >= 0 else diff + (1 << size) - 1
            bits.append(_DC_CODES[size] + (format(value, f"0{size}b") if size else ""))
            bits.append("0")  # end of block (the AC table's only code)
    stream = "".join(bits)
    stream += "1" * (-len(stream) % 8)
    data = bytes(int(stream[i : i + 8], 2) for i in range(0, len(stream), 8))
    data = data.replace(b"\xff", b"\xff\x00")  # byte stuffing
    return (
        b"\xff\xd8"
        + _jpeg_segment(0xDB, b"\x00" + b"\x01" * 64)
        + _jpeg_segment(0xC0, struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00")
        + _jpeg_segment(0xC4, b"\x00" + bytes(_DC_COUNTS) + bytes(range(12)))
        + _jpeg_segment(0xC4, b"\x10" + b"\x01" + bytes(15) + b"\x00")
        + _jpeg_segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
        + data
        + b"\xff\xd9"
    )
