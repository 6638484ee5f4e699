from enum import StrEnum


class SubmitParamsPipelinePreset(StrEnum):
    FAST = "Fast"
    NORMAL = "Normal"

    def __str__(self) -> str:
        return str(self.value)
