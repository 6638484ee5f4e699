# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

AttachAudioRequestAttachMode = Literal[
    "MatchAudio", "MatchVideo", "PadAudio", "SpeedAdjust", "Strict"
]

ATTACH_AUDIO_REQUEST_ATTACH_MODE_VALUES: set[AttachAudioRequestAttachMode] = {
    "MatchAudio",
    "MatchVideo",
    "PadAudio",
    "SpeedAdjust",
    "Strict",
}


def check_attach_audio_request_attach_mode(value: str) -> AttachAudioRequestAttachMode:
    if value in ATTACH_AUDIO_REQUEST_ATTACH_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ATTACH_AUDIO_REQUEST_ATTACH_MODE_VALUES!r}"
    )
