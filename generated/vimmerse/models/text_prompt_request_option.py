from enum import StrEnum


class TextPromptRequestOption(StrEnum):
    IMAGE2PROMPT = "Image2Prompt"
    INSPIREME = "InspireMe"
    REFINEPROMPT = "RefinePrompt"
    SUGGESTPROMPT = "SuggestPrompt"

    def __str__(self) -> str:
        return str(self.value)
