from enum import StrEnum


class EnhanceVideoRequestEnhanceMode(StrEnum):
    DEEPCLEAN = "DeepClean"
    VALUE_0 = "4X"
    VALUE_1 = "2X"
    VALUE_2 = "4X&DeepClean"
    VALUE_3 = "2X&DeepClean"

    def __str__(self) -> str:
        return str(self.value)
