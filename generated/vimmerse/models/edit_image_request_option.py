from enum import StrEnum


class EditImageRequestOption(StrEnum):
    EXPANDTOASPECTRATIO = "ExpandToAspectRatio"
    INPAINT = "Inpaint"
    LUMAREFRAME = "LumaReframe"
    REMOVETEXT = "RemoveText"
    UPSCALE = "Upscale"

    def __str__(self) -> str:
        return str(self.value)
