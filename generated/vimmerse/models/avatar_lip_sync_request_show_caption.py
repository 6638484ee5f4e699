from enum import StrEnum


class AvatarLipSyncRequestShowCaption(StrEnum):
    OFF = "Off"
    ON = "On"

    def __str__(self) -> str:
        return str(self.value)
