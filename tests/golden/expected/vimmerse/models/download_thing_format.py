# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from typing import Literal

DownloadThingFormat = Literal["gif", "png"]

DOWNLOAD_THING_FORMAT_VALUES: set[DownloadThingFormat] = {
    "gif",
    "png",
}


def check_download_thing_format(value: str) -> DownloadThingFormat:
    if value in DOWNLOAD_THING_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DOWNLOAD_THING_FORMAT_VALUES!r}")
