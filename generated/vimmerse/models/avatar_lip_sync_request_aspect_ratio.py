from enum import StrEnum


class AvatarLipSyncRequestAspectRatio(StrEnum):
    VALUE_0 = "1:1"
    VALUE_1 = "16:9"
    VALUE_2 = "9:16"

    def __str__(self) -> str:
        return str(self.value)
