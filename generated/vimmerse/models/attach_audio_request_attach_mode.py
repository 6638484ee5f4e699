from enum import StrEnum


class AttachAudioRequestAttachMode(StrEnum):
    MATCHAUDIO = "MatchAudio"
    MATCHVIDEO = "MatchVideo"
    PADAUDIO = "PadAudio"
    SPEEDADJUST = "SpeedAdjust"
    STRICT = "Strict"

    def __str__(self) -> str:
        return str(self.value)
