"""Result pictures a developer can tell apart, drawn with Pillow.

Each picture shows what made it: the route and option, and the prompt, written on it.
Its background is the job's input image when the mock holds it (an upload or an earlier
result), tinted in the job's colour so input and output differ; otherwise a gradient in
the job's colour (the seed, the job id, picks it).
"""

from __future__ import annotations

import hashlib
import io
import textwrap
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFont, ImageOps, UnidentifiedImageError

_MAX_PIXELS = 40_000_000  # an input larger than this is not decoded (a decompression bomb)


def _colour(seed: str) -> tuple[int, int, int]:
    digest = hashlib.sha256(seed.encode("utf-8", "surrogatepass")).digest()
    return digest[0], digest[1], digest[2]


def _background(width: int, height: int, seed: str, source: Path | None) -> Image.Image:
    colour = _colour(seed)
    if source is not None:
        try:
            with Image.open(source) as found:
                if found.width * found.height <= _MAX_PIXELS:
                    picture = ImageOps.fit(found.convert("RGB"), (width, height))
                    tint = Image.new("RGB", (width, height), colour)
                    return Image.blend(picture, tint, 0.3)
        except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
            pass  # not an image after all: fall back to the gradient
    dark = tuple(c // 3 for c in colour)
    light = tuple(min(255, c + 96) for c in colour)
    # A diagonal ramp: the mean of a vertical and a horizontal one.
    down = Image.linear_gradient("L").resize((width, height))
    across = Image.linear_gradient("L").rotate(90).resize((width, height))
    ramp = ImageChops.add(down, across, scale=2)
    return ImageOps.colorize(ramp, black=dark, white=light)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.load_default(size=size)
    except (OSError, TypeError, ValueError):  # a Pillow built without FreeType
        return ImageFont.load_default()


def _caption(picture: Image.Image, label: str) -> None:
    """The label in white on a dark band across the bottom."""
    if not label.strip():
        return
    width, height = picture.size
    size = max(8, min(28, width // 24))
    font = _font(size)
    lines = textwrap.wrap(label, width=max(8, int(width / (size * 0.55))))[:4]
    band = (size + 4) * len(lines) + 8
    draw = ImageDraw.Draw(picture, "RGBA")
    draw.rectangle((0, height - band, width, height), fill=(0, 0, 0, 150))
    for i, line in enumerate(lines):
        draw.text((6, height - band + 4 + i * (size + 4)), line, fill="white", font=font)


def picture(
    width: int, height: int, seed: str, label: str = "", source: Path | None = None
) -> Image.Image:
    out = _background(width, height, seed, source)
    _caption(out, label)
    return out


def png(
    width: int,
    height: int,
    seed: str,
    label: str = "",
    source: Path | None = None,
    transparent: bool = False,
) -> bytes:
    """The PNG of `picture`; `transparent` cuts a disc out of it (background removal)."""
    out = picture(width, height, seed, label, source)
    if transparent:
        mask = Image.new("L", (width, height), 0)
        side = min(width, height)
        left, top = (width - side) // 2, (height - side) // 2
        ImageDraw.Draw(mask).ellipse((left, top, left + side, top + side), fill=255)
        out.putalpha(mask)
    buffer = io.BytesIO()
    out.save(buffer, "PNG")
    return buffer.getvalue()


def shader(width: int, height: int, seed: str, label: str) -> bytes:
    """A video frame: the labelled picture as Y, Cb, Cr bytes, row by row."""
    return picture(width, height, seed, label).convert("YCbCr").tobytes()
