from enum import StrEnum


class ReplaceVideoBackgroundRequestAlignment(StrEnum):
    CENTER = "center"
    LEFT = "left"
    RIGHT = "right"

    def __str__(self) -> str:
        return str(self.value)
