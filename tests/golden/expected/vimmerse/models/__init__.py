# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""Contains all the data models used in inputs/outputs"""

from .asset import Asset
from .asset_status import AssetStatus
from .download_thing_format import DownloadThingFormat
from .get_thing_response import GetThingResponse
from .make_request import MakeRequest
from .make_thing_now_body import MakeThingNowBody
from .make_thing_now_body_size import MakeThingNowBodySize
from .thing import Thing
from .thing_response import ThingResponse
from .upload_things_body import UploadThingsBody

__all__ = (
    "Asset",
    "AssetStatus",
    "DownloadThingFormat",
    "GetThingResponse",
    "MakeRequest",
    "MakeThingNowBody",
    "MakeThingNowBodySize",
    "Thing",
    "ThingResponse",
    "UploadThingsBody",
)
