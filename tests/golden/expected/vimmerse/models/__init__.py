# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""Contains all the data models used in inputs/outputs"""

from .asset import Asset
from .asset_status import AssetStatus
from .asset_tags_item import AssetTagsItem
from .download_thing_format import DownloadThingFormat
from .get_thing_response import GetThingResponse
from .make_request import MakeRequest
from .make_thing_now_body import MakeThingNowBody
from .make_thing_now_body_size import MakeThingNowBodySize
from .part import Part
from .shape import Shape
from .shape_form import ShapeForm
from .thing import Thing
from .thing_response import ThingResponse
from .upload_things_body import UploadThingsBody

__all__ = (
    "Asset",
    "AssetStatus",
    "AssetTagsItem",
    "DownloadThingFormat",
    "GetThingResponse",
    "MakeRequest",
    "MakeThingNowBody",
    "MakeThingNowBodySize",
    "Part",
    "Shape",
    "ShapeForm",
    "Thing",
    "ThingResponse",
    "UploadThingsBody",
)
