from enum import StrEnum


class CreateMediaRequestCameraPath(StrEnum):
    CIRCULAR = "Circular"
    CROSS = "Cross"
    HORIZONTALARC = "HorizontalArc"
    STEPD = "StepD"
    STEPIN = "StepIn"
    STEPL = "StepL"
    STEPR = "StepR"
    STEPU = "StepU"
    VERTICALARC = "VerticalArc"

    def __str__(self) -> str:
        return str(self.value)
