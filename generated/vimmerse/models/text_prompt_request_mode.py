# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

TextPromptRequestMode = Literal["audio", "image", "scene", "video"]

TEXT_PROMPT_REQUEST_MODE_VALUES: set[TextPromptRequestMode] = {
    "audio",
    "image",
    "scene",
    "video",
}


def check_text_prompt_request_mode(value: str) -> TextPromptRequestMode:
    if value in TEXT_PROMPT_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_PROMPT_REQUEST_MODE_VALUES!r}"
    )
