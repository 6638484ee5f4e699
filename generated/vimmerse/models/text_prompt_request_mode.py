from enum import StrEnum


class TextPromptRequestMode(StrEnum):
    AUDIO = "audio"
    IMAGE = "image"
    SCENE = "scene"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
