# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

TextPromptRequestOption = Literal["Image2Prompt", "InspireMe", "RefinePrompt", "SuggestPrompt"]

TEXT_PROMPT_REQUEST_OPTION_VALUES: set[TextPromptRequestOption] = {
    "Image2Prompt",
    "InspireMe",
    "RefinePrompt",
    "SuggestPrompt",
}


def check_text_prompt_request_option(value: str) -> TextPromptRequestOption:
    if value in TEXT_PROMPT_REQUEST_OPTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_PROMPT_REQUEST_OPTION_VALUES!r}"
    )
