from enum import StrEnum


class SubmitParamsSoundEffects(StrEnum):
    NO = "No"
    YES = "Yes"

    def __str__(self) -> str:
        return str(self.value)
