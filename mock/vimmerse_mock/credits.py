"""Pricing: one function that both the estimate routes and the job routes call.

The real price list is not public, so these rates are the mock's own (the image rate
matches the docs' example asset, 12 credits for one image). What matters to clients is
that an estimate equals the charge of the job it describes.

- Images: 12 credits per image (`quantity`); uploads (the spec's upload routes) are free.
- Video: billed in 5-second blocks (`duration`, else `video_duration`, else 5 s):
  20 credits per block for generation apps, 10 for `edit-video`.
  Lip-sync without a duration is timed from the prompt at 2.5 words a second.
- Media: 20 credits per 5-second block per video (`quantity`), 5 per block for the
  non-AI `Parallax` motion, plus 5 per video with `sound_effects: Yes`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

IMAGE_RATE = 12
VIDEO_BLOCK_SECONDS = 5
VIDEO_RATES = {"edit-video": 10}
VIDEO_RATE = 20
MEDIA_RATES = {"Parallax": 5}
MEDIA_RATE = 20
SOUND_EFFECTS = 5
WORDS_PER_SECOND = 2.5


@dataclass(frozen=True)
class Quote:
    total: int
    breakdown: dict[str, Any]

    def body(self) -> dict[str, Any]:
        return {"total_credits": self.total, "breakdown": self.breakdown}


def _blocks(seconds: float) -> int:
    return max(1, math.ceil(seconds / VIDEO_BLOCK_SECONDS))


def price_image(app_name: str, option: str, quantity: int, free: bool = False) -> Quote:
    rate = 0 if free else IMAGE_RATE
    return Quote(
        rate * quantity,
        {"app_name": app_name, "option": option, "per_image": rate, "quantity": quantity},
    )


def price_video(
    app_name: str,
    option: str,
    quantity: int,
    prompt: str = "",
    duration: float | None = None,
    free: bool = False,
) -> Quote:
    if duration is None and app_name == "lip-sync" and prompt.strip():
        duration = len(prompt.split()) / WORDS_PER_SECOND
    seconds = VIDEO_BLOCK_SECONDS if duration is None else duration
    rate = 0 if free else VIDEO_RATES.get(app_name, VIDEO_RATE)
    blocks = _blocks(seconds)
    return Quote(
        rate * blocks * quantity,
        {
            "app_name": app_name,
            "option": option,
            "seconds": seconds,
            "blocks": blocks,
            "per_block": rate,
            "quantity": quantity,
        },
    )


def price_media(motion_type: str, quantity: int, duration: float, sound_effects: bool) -> Quote:
    rate = MEDIA_RATES.get(motion_type, MEDIA_RATE)
    blocks = _blocks(duration)
    extra = SOUND_EFFECTS if sound_effects else 0
    return Quote(
        (rate * blocks + extra) * quantity,
        {
            "motion_type": motion_type,
            "blocks": blocks,
            "per_block": rate,
            "sound_effects": extra,
            "quantity": quantity,
        },
    )
