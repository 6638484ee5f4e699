from enum import StrEnum


class ReplaceImageBackgroundRequestOption(StrEnum):
    REMOVEBACKGROUND = "RemoveBackground"
    REPLACEBACKGROUND = "ReplaceBackground"
    RESTYLEBACKGROUND = "RestyleBackground"

    def __str__(self) -> str:
        return str(self.value)
