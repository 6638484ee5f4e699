"""The text routes: prompts built from the request, so two answers can be told apart.

The real service runs a language or vision model; the mock composes its answer from what
it was sent (the prompt, the image's file name, the mode), deterministically.
"""

from __future__ import annotations

import hashlib
import itertools
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from starlette.responses import Response

from vimmerse_mock.context import JSON, Ctx

_STYLES = (
    "cinematic lighting, rich detail, sharp focus",
    "soft volumetric light, shallow depth of field, 35 mm film look",
    "golden-hour light, vivid colour, ultra-detailed",
    "moody contrast, gentle haze, wide-angle composition",
)
_SUGGESTIONS = (
    "A lighthouse on a basalt cliff under a sky full of auroras",
    "A street market in the rain at night, lanterns reflected in puddles",
    "A red fox curled up in fresh snow at dawn",
    "A glass greenhouse overgrown with orchids, morning mist",
)


_TURNS = itertools.count()


def _pick(options: tuple[str, ...], seed: str) -> str:
    return options[hashlib.sha256(seed.encode("utf-8", "surrogatepass")).digest()[0] % len(options)]


def refined(prompt: str) -> str:
    text = " ".join(prompt.split()).rstrip(" .")
    return f"{text}, {_pick(_STYLES, text)}." if text else _pick(_SUGGESTIONS, "")


def described(url: str, mode: str = "image") -> str:
    """A caption for an image, built from its file name (the mock does not look at it)."""
    name = PurePosixPath(unquote(urlsplit(url).path)).stem
    subject = " ".join(name.replace("_", " ").replace("-", " ").split()) or "the subject"
    return f"A {mode} prompt for {subject}: {subject} in clear focus, {_pick(_STYLES, url)}."


async def answer(ctx: Ctx) -> Response:
    """A text route's answer, composed from what it was sent.

    A route with modes (an `option`) follows the mode; one without does what its request
    holds: refine a prompt, describe an image, or (sent nothing) suggest one.
    """
    body: dict[str, Any] = ctx.body
    if "option" in body:
        return JSON(_by_option(body))
    if "prompt" in body:
        return JSON(refined(str(body.get("prompt") or "")))
    if "image_url" in body:
        return JSON(described(str(body.get("image_url") or "")))
    # No input: take turns, so suggestions are not all one sentence.
    return JSON(_SUGGESTIONS[next(_TURNS) % len(_SUGGESTIONS)])


def _by_option(body: dict[str, Any]) -> str:
    option = str(body.get("option") or "InspireMe")
    mode = str(body.get("mode") or "scene")
    prompt = str(body.get("prompt") or "")
    image = body.get("image_url") or body.get("video_url")
    if option == "RefinePrompt":
        return refined(prompt)
    if option == "Image2Prompt" and isinstance(image, str) and image:
        return described(image, mode)
    if option == "SuggestPrompt" or not (prompt or image):
        return _pick(_SUGGESTIONS, mode + prompt)
    seed = prompt or str(image)
    base = prompt or described(str(image), mode).rstrip(".")
    return f"A {mode} inspired by {base.rstrip(' .')}, {_pick(_STYLES, seed)}."
