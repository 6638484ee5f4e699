from enum import StrEnum


class AssetStatus(StrEnum):
    FAIL = "fail"
    PROCESSING = "processing"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
