# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.


"""The SDK's resources and clients, generated from the spec by codegen/templates/api_init.py.jinja."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from functools import cached_property
from pathlib import Path
from typing import (
    Any,
    cast,
)

import httpx

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._download import Destination, DownloadProgress
from .._files import FileInput, to_file
from .._resources import (
    AsyncAssetsHelpers,
    AsyncMediaHelpers,
    AsyncResource,
    SyncAssetsHelpers,
    SyncMediaHelpers,
    SyncResource,
)
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from ..models.asset import Asset
from ..models.attach_audio_request import AttachAudioRequest
from ..models.attach_audio_request_attach_mode import AttachAudioRequestAttachMode
from ..models.avatar_lip_sync_request import AvatarLipSyncRequest
from ..models.avatar_lip_sync_request_aspect_ratio import AvatarLipSyncRequestAspectRatio
from ..models.avatar_lip_sync_request_show_caption import AvatarLipSyncRequestShowCaption
from ..models.create_media_from_prompt_request import CreateMediaFromPromptRequest
from ..models.create_media_request import CreateMediaRequest
from ..models.create_media_request_aspect_ratio import CreateMediaRequestAspectRatio
from ..models.create_media_request_camera_path import CreateMediaRequestCameraPath
from ..models.create_media_request_character_animate import CreateMediaRequestCharacterAnimate
from ..models.create_media_request_extend_video import CreateMediaRequestExtendVideo
from ..models.create_media_request_sound_effects import CreateMediaRequestSoundEffects
from ..models.credit_estimate import CreditEstimate
from ..models.crop_video_request import CropVideoRequest
from ..models.edit_image_request import EditImageRequest
from ..models.edit_image_request_option import EditImageRequestOption
from ..models.edit_image_request_reframe_parameters import EditImageRequestReframeParameters
from ..models.edit_media_request import EditMediaRequest
from ..models.edit_media_request_aspect_ratio import EditMediaRequestAspectRatio
from ..models.elements_request import ElementsRequest
from ..models.enhance_video_request import EnhanceVideoRequest
from ..models.enhance_video_request_enhance_mode import EnhanceVideoRequestEnhanceMode
from ..models.face_swap_request import FaceSwapRequest
from ..models.get_media_response import GetMediaResponse
from ..models.image_estimate_credits_request import ImageEstimateCreditsRequest
from ..models.image_to_image_request import ImageToImageRequest
from ..models.image_to_prompt_request import ImageToPromptRequest
from ..models.lip_sync_request import LipSyncRequest
from ..models.media import Media
from ..models.media_response import MediaResponse
from ..models.pose_preset import PosePreset
from ..models.process_media_response import ProcessMediaResponse
from ..models.process_media_response_data_type_1 import ProcessMediaResponseDataType1
from ..models.processing_status import ProcessingStatus
from ..models.processing_status_response import ProcessingStatusResponse
from ..models.reference_to_video_request import ReferenceToVideoRequest
from ..models.refine_prompt_request import RefinePromptRequest
from ..models.reframe_video_request import ReframeVideoRequest
from ..models.replace_image_background_request import ReplaceImageBackgroundRequest
from ..models.replace_image_background_request_option import ReplaceImageBackgroundRequestOption
from ..models.replace_video_background_request import ReplaceVideoBackgroundRequest
from ..models.replace_video_background_request_alignment import (
    ReplaceVideoBackgroundRequestAlignment,
)
from ..models.sound_effect_request import SoundEffectRequest
from ..models.submit_params import SubmitParams
from ..models.text_prompt_request import TextPromptRequest
from ..models.text_prompt_request_mode import TextPromptRequestMode
from ..models.text_prompt_request_option import TextPromptRequestOption
from ..models.text_to_image_request import TextToImageRequest
from ..models.try_on_request import TryOnRequest
from ..models.upload_image_request import UploadImageRequest
from ..models.upload_media_request import UploadMediaRequest
from ..models.upload_video_request import UploadVideoRequest
from ..models.video_effects_request import VideoEffectsRequest
from ..models.video_estimate_credits_request import VideoEstimateCreditsRequest
from ..models.video_estimate_credits_request_app_name import VideoEstimateCreditsRequestAppName
from ..models.video_to_video_request import VideoToVideoRequest
from ..models.yes_no import YesNo
from ..types import UNSET, Unset
from .assets import get_asset as _assets__get_asset
from .image import edit_image as _image__edit_image
from .image import estimate_image_credits as _image__estimate_image_credits
from .image import face_swap as _image__face_swap
from .image import image_elements as _image__image_elements
from .image import image_to_image as _image__image_to_image
from .image import replace_image_background as _image__replace_image_background
from .image import text_to_image as _image__text_to_image
from .image import try_on as _image__try_on
from .image import upload_image as _image__upload_image
from .media import create_media as _media__create_media
from .media import create_media_from_prompt as _media__create_media_from_prompt
from .media import download_media as _media__download_media
from .media import edit_media as _media__edit_media
from .media import get_media as _media__get_media
from .media import get_processing_status as _media__get_processing_status
from .media import process_media as _media__process_media
from .media import upload_media as _media__upload_media
from .text import generate_prompt as _text__generate_prompt
from .text import image_to_prompt as _text__image_to_prompt
from .text import refine_prompt as _text__refine_prompt
from .text import suggest_prompt as _text__suggest_prompt
from .video import add_sound_effect as _video__add_sound_effect
from .video import attach_audio as _video__attach_audio
from .video import avatar_lip_sync as _video__avatar_lip_sync
from .video import crop_video as _video__crop_video
from .video import enhance_video as _video__enhance_video
from .video import estimate_video_credits as _video__estimate_video_credits
from .video import lip_sync as _video__lip_sync
from .video import reference_to_video as _video__reference_to_video
from .video import reframe_video as _video__reframe_video
from .video import replace_video_background as _video__replace_video_background
from .video import upload_video as _video__upload_video
from .video import video_effects as _video__video_effects
from .video import video_to_video as _video__video_to_video

__all__ = ["AsyncVimmerse", "Vimmerse"]


def _parse_assets__get_asset(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _parse_image__upload_image(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _parse_image__estimate_image_credits(response: httpx.Response) -> CreditEstimate:
    response_200 = CreditEstimate.from_dict(response.json())

    return response_200


def _parse_image__text_to_image(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _parse_image__image_to_image(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _parse_image__image_elements(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _parse_image__replace_image_background(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _parse_image__edit_image(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _parse_image__face_swap(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _parse_image__try_on(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _parse_media__create_media(response: httpx.Response) -> Media:
    response_200 = MediaResponse.from_dict(response.json())

    _wrapped = response_200

    return _wrapped.data


def _parse_media__upload_media(response: httpx.Response) -> Media:
    response_200 = MediaResponse.from_dict(response.json())

    _wrapped = response_200

    return _wrapped.data


def _parse_media__create_media_from_prompt(response: httpx.Response) -> Media:
    response_200 = MediaResponse.from_dict(response.json())

    _wrapped = response_200

    return _wrapped.data


def _parse_media__get_processing_status(response: httpx.Response) -> ProcessingStatus:
    response_200 = ProcessingStatusResponse.from_dict(response.json())

    _wrapped = response_200

    return _wrapped.data


def _parse_media__get_media(response: httpx.Response) -> Media:
    response_200 = GetMediaResponse.from_dict(response.json())

    _wrapped = response_200

    _data = _wrapped.data
    return _data.data if isinstance(_data, MediaResponse) else _data


def _parse_media__edit_media(response: httpx.Response) -> Media:
    response_200 = MediaResponse.from_dict(response.json())

    _wrapped = response_200

    return _wrapped.data


def _parse_media__process_media(response: httpx.Response) -> Media | ProcessMediaResponseDataType1:
    response_200 = ProcessMediaResponse.from_dict(response.json())

    _wrapped = response_200

    return _wrapped.data


def _parse_text__generate_prompt(response: httpx.Response) -> str:
    response_200 = cast(str, response.json())
    return response_200


def _parse_text__suggest_prompt(response: httpx.Response) -> str:
    response_200 = cast(str, response.json())
    return response_200


def _parse_text__refine_prompt(response: httpx.Response) -> str:
    response_200 = cast(str, response.json())
    return response_200


def _parse_text__image_to_prompt(response: httpx.Response) -> str:
    response_200 = cast(str, response.json())
    return response_200


def _parse_video__upload_video(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _parse_video__estimate_video_credits(response: httpx.Response) -> CreditEstimate:
    response_200 = CreditEstimate.from_dict(response.json())

    return response_200


def _parse_video__crop_video(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _parse_video__reframe_video(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _parse_video__enhance_video(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _parse_video__add_sound_effect(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _parse_video__avatar_lip_sync(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _parse_video__lip_sync(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _parse_video__video_effects(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _parse_video__replace_video_background(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _parse_video__reference_to_video(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _parse_video__video_to_video(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _parse_video__attach_audio(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


class AssetsResource(SyncAssetsHelpers):
    """Operations tagged ``assets``: ``client.assets.<method>(...)``."""

    def get(
        self,
        asset_id: str,
    ) -> Asset:
        """Get asset.

        Get asset (Image, Video, Audio) detail with id. Poll this route while `status` is
        `processing`; it ends as `success` or `fail`.

        ``GET /asset/{asset_id}``

        Args:
            asset_id (str):

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        return self._call(
            _assets__get_asset._get_kwargs(
                asset_id=asset_id,
            ),
            _parse_assets__get_asset,
        )


class AssetsResourceWithRawResponse:
    """``client.with_raw_response.assets``: the same methods, answering ``RawResponse[T]``."""

    def __init__(self, resource: AssetsResource) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncAssetsResource(AsyncAssetsHelpers):
    """Operations tagged ``assets``: ``client.assets.<method>(...)``."""

    async def get(
        self,
        asset_id: str,
    ) -> Asset:
        """Get asset.

        Get asset (Image, Video, Audio) detail with id. Poll this route while `status` is
        `processing`; it ends as `success` or `fail`.

        ``GET /asset/{asset_id}``

        Args:
            asset_id (str):

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        return await self._call(
            _assets__get_asset._get_kwargs(
                asset_id=asset_id,
            ),
            _parse_assets__get_asset,
        )


class AsyncAssetsResourceWithRawResponse:
    """``client.with_raw_response.assets``: the same methods, answering ``RawResponse[T]``."""

    def __init__(self, resource: AsyncAssetsResource) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)


class ImageResource(SyncResource):
    """Operations tagged ``image``: ``client.image.<method>(...)``."""

    def upload(
        self,
        image_file: FileInput,
    ) -> Asset:
        """Upload image.

        Uploads an image file (JPEG, PNG or WebP) to Vimmerse storage so it can be referenced by URL
        in the other `/v2/image/` routes. The only v2 image route that uses multipart/form-data. The
        uploaded file's URL is in the asset's `results`.

        ``POST /v2/image``

        Args:
            image_file: a file to upload: path, bytes or binary file object (streamed). The image file (JPEG, PNG or WebP).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        with ExitStack() as _files:
            _body = UploadImageRequest(
                image_file=to_file(image_file, _files),
            )
            return self._call(
                _image__upload_image._get_kwargs(
                    body=_body,
                ),
                _parse_image__upload_image,
            )

    def estimate_credits(
        self,
        *,
        option: str,
        app_name: str | Unset = "text-to-image",
        quantity: int | Unset = 1,
        prompt: str | Unset = "",
    ) -> CreditEstimate:
        """Estimate image credits.

        Returns how many credits an image generation request would charge for the given `app_name`,
        `option`, `quantity` and optional `prompt`, without creating an asset. Uses the same billing
        rules as the `POST /v2/image/` generation routes. The docs' example sends no API key, so the
        key is optional here.

        ``POST /v2/image/estimate-credits``

        Args:
            option (str): Model/tool option of that route, e.g. `NanoBanana`.
            app_name (str | Unset): The generation route to price, e.g. `text-to-image`. Default:
                'text-to-image'.
            quantity (int | Unset):  Default: 1.
            prompt (str | Unset): Used when pricing depends on the prompt. Default: ''.

        Returns:
            CreditEstimate

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        _body = ImageEstimateCreditsRequest(
            option=option,
            app_name=app_name,
            quantity=quantity,
            prompt=prompt,
        )
        return self._call(
            _image__estimate_image_credits._get_kwargs(
                body=_body,
            ),
            _parse_image__estimate_image_credits,
        )

    def text_to_image(
        self,
        *,
        prompt: str | Unset = UNSET,
        quantity: int | Unset = 1,
        option: str | Unset = "AutoI",
        aspect_ratio: str | Unset = "16:9",
        enhance_image: bool | Unset = False,
        async_mode: bool | Unset = False,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Text to image.

        Generates one or more images from a text prompt. The response is an asset object; output
        URLs are in `results`.

        ``POST /v2/image/text-2-image``

        Args:
            prompt (str | Unset): Text description of the desired image.
            quantity (int | Unset):  Default: 1.
            option (str | Unset): Model/tool; `AutoI` picks automatically. Default: 'AutoI'.
            aspect_ratio (str | Unset): Output aspect ratio, e.g. `21:9`, `16:9`, `4:3`, `1:1`,
                `9:16`. Default: '16:9'.
            enhance_image (bool | Unset): Apply 1× super-resolution post-processing. Default: False.
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: False.
            webhook_url (str | Unset): Optional URL that receives a `POST` when the job is complete.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = TextToImageRequest(
            prompt=prompt,
            quantity=quantity,
            option=option,
            aspect_ratio=aspect_ratio,
            enhance_image=enhance_image,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
        )
        return self._call(
            _image__text_to_image._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_image__text_to_image,
            wait=wait,
        )

    def image_to_image(
        self,
        *,
        image_url: str,
        prompt: str | Unset = "",
        option: str | Unset = "AutoI",
        aspect_ratio: str | Unset = UNSET,
        quantity: int | Unset = 1,
        enhance_image: bool | Unset = False,
        async_mode: bool | Unset = False,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Image to image.

        Transforms or reimagines a source image using a text prompt. Provide `image_url` (from the
        upload or any public HTTPS URL). Output URLs are in `results`.

        ``POST /v2/image/image-2-image``

        Args:
            image_url (str): Source image URL.
            prompt (str | Unset): Desired edits or style. Default: ''.
            option (str | Unset): Edit model/mode. Default: 'AutoI'.
            aspect_ratio (str | Unset): Optional output ratio.
            quantity (int | Unset):  Default: 1.
            enhance_image (bool | Unset): Super-resolution post-processing. Default: False.
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: False.
            webhook_url (str | Unset): Optional URL that receives a `POST` when the job is complete.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = ImageToImageRequest(
            image_url=image_url,
            prompt=prompt,
            option=option,
            aspect_ratio=aspect_ratio,
            quantity=quantity,
            enhance_image=enhance_image,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
        )
        return self._call(
            _image__image_to_image._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_image__image_to_image,
            wait=wait,
        )

    def elements(
        self,
        *,
        image_urls: list[str],
        prompt: str | Unset = "",
        option: str | Unset = "AutoI",
        aspect_ratio: str | Unset = UNSET,
        quantity: int | Unset = 1,
        swap_faces: bool | Unset = False,
        async_mode: bool | Unset = False,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Elements.

        Generates or edits an image using a main image plus reference images (characters, objects,
        environments). Pass all images as `image_urls`: the first URL is the main image; the rest
        are references. Limits depend on `option`.

        ``POST /v2/image/elements``

        Args:
            image_urls (list[str]): The main image first, then the reference images. Limits depend
                on `option`.
            prompt (str | Unset):  Default: ''.
            option (str | Unset):  Default: 'AutoI'.
            aspect_ratio (str | Unset):
            quantity (int | Unset):  Default: 1.
            swap_faces (bool | Unset):  Default: False.
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: False.
            webhook_url (str | Unset): Optional URL that receives a `POST` when the job is complete.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = ElementsRequest(
            image_urls=image_urls,
            prompt=prompt,
            option=option,
            aspect_ratio=aspect_ratio,
            quantity=quantity,
            swap_faces=swap_faces,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
        )
        return self._call(
            _image__image_elements._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_image__image_elements,
            wait=wait,
        )

    def replace_background(
        self,
        *,
        image_url: str,
        option: ReplaceImageBackgroundRequestOption,
        image2_url: str | Unset = UNSET,
        async_mode: bool | Unset = False,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Replace image background.

        Removes, replaces, or restyles the background of an image. `RemoveBackground` gives a
        transparent PNG foreground (omit `image2_url`); `ReplaceBackground` needs `image2_url` as
        the new background; `RestyleBackground` needs `image2_url` as the style reference.

        ``POST /v2/image/replace-background``

        Args:
            image_url (str): The image whose background changes.
            option (ReplaceImageBackgroundRequestOption):
            image2_url (str | Unset): New background (`ReplaceBackground`) or style reference
                (`RestyleBackground`); omit for `RemoveBackground`.
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: False.
            webhook_url (str | Unset): Optional URL that receives a `POST` when the job is complete.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = ReplaceImageBackgroundRequest(
            image_url=image_url,
            option=option,
            image2_url=image2_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
        )
        return self._call(
            _image__replace_image_background._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_image__replace_image_background,
            wait=wait,
        )

    def edit(
        self,
        *,
        image_url: str,
        option: EditImageRequestOption,
        aspect_ratio: str | Unset = UNSET,
        mask_url: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        reframe_parameters: EditImageRequestReframeParameters | Unset = UNSET,
        quantity: int | Unset = 1,
        async_mode: bool | Unset = False,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Edit image.

        Edits an image: remove text, upscale, reframe, expand aspect ratio, or inpaint masked
        regions. Required fields by option: `RemoveText` and `Upscale` need `image_url`;
        `ExpandToAspectRatio` needs `image_url` and `aspect_ratio`; `Inpaint` needs `image_url`,
        `mask_url` and `prompt`; `LumaReframe` needs `image_url` and `reframe_parameters`.

        ``POST /v2/image/edit-image``

        Args:
            image_url (str):
            option (EditImageRequestOption):
            aspect_ratio (str | Unset): Required by `ExpandToAspectRatio`.
            mask_url (str | Unset): Required by `Inpaint`.
            prompt (str | Unset): Required by `Inpaint`.
            reframe_parameters (EditImageRequestReframeParameters | Unset): Required by
                `LumaReframe`.
            quantity (int | Unset):  Default: 1.
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: False.
            webhook_url (str | Unset): Optional URL that receives a `POST` when the job is complete.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = EditImageRequest(
            image_url=image_url,
            option=option,
            aspect_ratio=aspect_ratio,
            mask_url=mask_url,
            prompt=prompt,
            reframe_parameters=reframe_parameters,
            quantity=quantity,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
        )
        return self._call(
            _image__edit_image._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_image__edit_image,
            wait=wait,
        )

    def face_swap(
        self,
        *,
        image_urls: list[str],
        option: str | Unset = UNSET,
        face_only_mode: bool | Unset = UNSET,
        multi_face_mode: bool | Unset = UNSET,
        order_indices: list[int] | Unset = UNSET,
        async_mode: bool | Unset = False,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Face swap.

        Swaps faces in a target image using one or more reference face images. `image_urls[0]` is
        the target image containing the face(s) to replace; `image_urls[1:]` are the reference
        faces; `order_indices` optionally maps target face indices (left-to-right from 0).

        ``POST /v2/image/face-swap``

        Args:
            image_urls (list[str]): The target image first, then one or more reference faces.
            option (str | Unset): Face-swap tool, e.g. `NanoBananaFaceSwap`.
            face_only_mode (bool | Unset):
            multi_face_mode (bool | Unset):
            order_indices (list[int] | Unset): Target face indices (left-to-right from 0) that the
                reference faces map to.
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: False.
            webhook_url (str | Unset): Optional URL that receives a `POST` when the job is complete.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = FaceSwapRequest(
            image_urls=image_urls,
            option=option,
            face_only_mode=face_only_mode,
            multi_face_mode=multi_face_mode,
            order_indices=order_indices,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
        )
        return self._call(
            _image__face_swap._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_image__face_swap,
            wait=wait,
        )

    def try_on(
        self,
        *,
        human_image_url: str,
        clothes_image_url: str,
        option: str | Unset = UNSET,
        async_mode: bool | Unset = False,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Try on.

        Virtual try-on: composites the clothing from `clothes_image_url` onto the person in
        `human_image_url`.

        ``POST /v2/image/try-on``

        Args:
            human_image_url (str): The person.
            clothes_image_url (str): The clothing.
            option (str | Unset): Try-on tool, e.g. `NanoBananaTryOn`.
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: False.
            webhook_url (str | Unset): Optional URL that receives a `POST` when the job is complete.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = TryOnRequest(
            human_image_url=human_image_url,
            clothes_image_url=clothes_image_url,
            option=option,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
        )
        return self._call(
            _image__try_on._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_image__try_on,
            wait=wait,
        )


class ImageResourceWithRawResponse:
    """``client.with_raw_response.image``: the same methods, answering ``RawResponse[T]``."""

    def __init__(self, resource: ImageResource) -> None:
        self.upload = to_raw_response_wrapper(resource.upload)
        self.estimate_credits = to_raw_response_wrapper(resource.estimate_credits)
        self.text_to_image = to_raw_response_wrapper(resource.text_to_image)
        self.image_to_image = to_raw_response_wrapper(resource.image_to_image)
        self.elements = to_raw_response_wrapper(resource.elements)
        self.replace_background = to_raw_response_wrapper(resource.replace_background)
        self.edit = to_raw_response_wrapper(resource.edit)
        self.face_swap = to_raw_response_wrapper(resource.face_swap)
        self.try_on = to_raw_response_wrapper(resource.try_on)


class AsyncImageResource(AsyncResource):
    """Operations tagged ``image``: ``client.image.<method>(...)``."""

    async def upload(
        self,
        image_file: FileInput,
    ) -> Asset:
        """Upload image.

        Uploads an image file (JPEG, PNG or WebP) to Vimmerse storage so it can be referenced by URL
        in the other `/v2/image/` routes. The only v2 image route that uses multipart/form-data. The
        uploaded file's URL is in the asset's `results`.

        ``POST /v2/image``

        Args:
            image_file: a file to upload: path, bytes or binary file object (streamed). The image file (JPEG, PNG or WebP).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        with ExitStack() as _files:
            _body = UploadImageRequest(
                image_file=to_file(image_file, _files),
            )
            return await self._call(
                _image__upload_image._get_kwargs(
                    body=_body,
                ),
                _parse_image__upload_image,
            )

    async def estimate_credits(
        self,
        *,
        option: str,
        app_name: str | Unset = "text-to-image",
        quantity: int | Unset = 1,
        prompt: str | Unset = "",
    ) -> CreditEstimate:
        """Estimate image credits.

        Returns how many credits an image generation request would charge for the given `app_name`,
        `option`, `quantity` and optional `prompt`, without creating an asset. Uses the same billing
        rules as the `POST /v2/image/` generation routes. The docs' example sends no API key, so the
        key is optional here.

        ``POST /v2/image/estimate-credits``

        Args:
            option (str): Model/tool option of that route, e.g. `NanoBanana`.
            app_name (str | Unset): The generation route to price, e.g. `text-to-image`. Default:
                'text-to-image'.
            quantity (int | Unset):  Default: 1.
            prompt (str | Unset): Used when pricing depends on the prompt. Default: ''.

        Returns:
            CreditEstimate

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        _body = ImageEstimateCreditsRequest(
            option=option,
            app_name=app_name,
            quantity=quantity,
            prompt=prompt,
        )
        return await self._call(
            _image__estimate_image_credits._get_kwargs(
                body=_body,
            ),
            _parse_image__estimate_image_credits,
        )

    async def text_to_image(
        self,
        *,
        prompt: str | Unset = UNSET,
        quantity: int | Unset = 1,
        option: str | Unset = "AutoI",
        aspect_ratio: str | Unset = "16:9",
        enhance_image: bool | Unset = False,
        async_mode: bool | Unset = False,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Text to image.

        Generates one or more images from a text prompt. The response is an asset object; output
        URLs are in `results`.

        ``POST /v2/image/text-2-image``

        Args:
            prompt (str | Unset): Text description of the desired image.
            quantity (int | Unset):  Default: 1.
            option (str | Unset): Model/tool; `AutoI` picks automatically. Default: 'AutoI'.
            aspect_ratio (str | Unset): Output aspect ratio, e.g. `21:9`, `16:9`, `4:3`, `1:1`,
                `9:16`. Default: '16:9'.
            enhance_image (bool | Unset): Apply 1× super-resolution post-processing. Default: False.
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: False.
            webhook_url (str | Unset): Optional URL that receives a `POST` when the job is complete.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = TextToImageRequest(
            prompt=prompt,
            quantity=quantity,
            option=option,
            aspect_ratio=aspect_ratio,
            enhance_image=enhance_image,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
        )
        return await self._call(
            _image__text_to_image._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_image__text_to_image,
            wait=wait,
        )

    async def image_to_image(
        self,
        *,
        image_url: str,
        prompt: str | Unset = "",
        option: str | Unset = "AutoI",
        aspect_ratio: str | Unset = UNSET,
        quantity: int | Unset = 1,
        enhance_image: bool | Unset = False,
        async_mode: bool | Unset = False,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Image to image.

        Transforms or reimagines a source image using a text prompt. Provide `image_url` (from the
        upload or any public HTTPS URL). Output URLs are in `results`.

        ``POST /v2/image/image-2-image``

        Args:
            image_url (str): Source image URL.
            prompt (str | Unset): Desired edits or style. Default: ''.
            option (str | Unset): Edit model/mode. Default: 'AutoI'.
            aspect_ratio (str | Unset): Optional output ratio.
            quantity (int | Unset):  Default: 1.
            enhance_image (bool | Unset): Super-resolution post-processing. Default: False.
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: False.
            webhook_url (str | Unset): Optional URL that receives a `POST` when the job is complete.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = ImageToImageRequest(
            image_url=image_url,
            prompt=prompt,
            option=option,
            aspect_ratio=aspect_ratio,
            quantity=quantity,
            enhance_image=enhance_image,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
        )
        return await self._call(
            _image__image_to_image._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_image__image_to_image,
            wait=wait,
        )

    async def elements(
        self,
        *,
        image_urls: list[str],
        prompt: str | Unset = "",
        option: str | Unset = "AutoI",
        aspect_ratio: str | Unset = UNSET,
        quantity: int | Unset = 1,
        swap_faces: bool | Unset = False,
        async_mode: bool | Unset = False,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Elements.

        Generates or edits an image using a main image plus reference images (characters, objects,
        environments). Pass all images as `image_urls`: the first URL is the main image; the rest
        are references. Limits depend on `option`.

        ``POST /v2/image/elements``

        Args:
            image_urls (list[str]): The main image first, then the reference images. Limits depend
                on `option`.
            prompt (str | Unset):  Default: ''.
            option (str | Unset):  Default: 'AutoI'.
            aspect_ratio (str | Unset):
            quantity (int | Unset):  Default: 1.
            swap_faces (bool | Unset):  Default: False.
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: False.
            webhook_url (str | Unset): Optional URL that receives a `POST` when the job is complete.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = ElementsRequest(
            image_urls=image_urls,
            prompt=prompt,
            option=option,
            aspect_ratio=aspect_ratio,
            quantity=quantity,
            swap_faces=swap_faces,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
        )
        return await self._call(
            _image__image_elements._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_image__image_elements,
            wait=wait,
        )

    async def replace_background(
        self,
        *,
        image_url: str,
        option: ReplaceImageBackgroundRequestOption,
        image2_url: str | Unset = UNSET,
        async_mode: bool | Unset = False,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Replace image background.

        Removes, replaces, or restyles the background of an image. `RemoveBackground` gives a
        transparent PNG foreground (omit `image2_url`); `ReplaceBackground` needs `image2_url` as
        the new background; `RestyleBackground` needs `image2_url` as the style reference.

        ``POST /v2/image/replace-background``

        Args:
            image_url (str): The image whose background changes.
            option (ReplaceImageBackgroundRequestOption):
            image2_url (str | Unset): New background (`ReplaceBackground`) or style reference
                (`RestyleBackground`); omit for `RemoveBackground`.
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: False.
            webhook_url (str | Unset): Optional URL that receives a `POST` when the job is complete.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = ReplaceImageBackgroundRequest(
            image_url=image_url,
            option=option,
            image2_url=image2_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
        )
        return await self._call(
            _image__replace_image_background._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_image__replace_image_background,
            wait=wait,
        )

    async def edit(
        self,
        *,
        image_url: str,
        option: EditImageRequestOption,
        aspect_ratio: str | Unset = UNSET,
        mask_url: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        reframe_parameters: EditImageRequestReframeParameters | Unset = UNSET,
        quantity: int | Unset = 1,
        async_mode: bool | Unset = False,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Edit image.

        Edits an image: remove text, upscale, reframe, expand aspect ratio, or inpaint masked
        regions. Required fields by option: `RemoveText` and `Upscale` need `image_url`;
        `ExpandToAspectRatio` needs `image_url` and `aspect_ratio`; `Inpaint` needs `image_url`,
        `mask_url` and `prompt`; `LumaReframe` needs `image_url` and `reframe_parameters`.

        ``POST /v2/image/edit-image``

        Args:
            image_url (str):
            option (EditImageRequestOption):
            aspect_ratio (str | Unset): Required by `ExpandToAspectRatio`.
            mask_url (str | Unset): Required by `Inpaint`.
            prompt (str | Unset): Required by `Inpaint`.
            reframe_parameters (EditImageRequestReframeParameters | Unset): Required by
                `LumaReframe`.
            quantity (int | Unset):  Default: 1.
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: False.
            webhook_url (str | Unset): Optional URL that receives a `POST` when the job is complete.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = EditImageRequest(
            image_url=image_url,
            option=option,
            aspect_ratio=aspect_ratio,
            mask_url=mask_url,
            prompt=prompt,
            reframe_parameters=reframe_parameters,
            quantity=quantity,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
        )
        return await self._call(
            _image__edit_image._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_image__edit_image,
            wait=wait,
        )

    async def face_swap(
        self,
        *,
        image_urls: list[str],
        option: str | Unset = UNSET,
        face_only_mode: bool | Unset = UNSET,
        multi_face_mode: bool | Unset = UNSET,
        order_indices: list[int] | Unset = UNSET,
        async_mode: bool | Unset = False,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Face swap.

        Swaps faces in a target image using one or more reference face images. `image_urls[0]` is
        the target image containing the face(s) to replace; `image_urls[1:]` are the reference
        faces; `order_indices` optionally maps target face indices (left-to-right from 0).

        ``POST /v2/image/face-swap``

        Args:
            image_urls (list[str]): The target image first, then one or more reference faces.
            option (str | Unset): Face-swap tool, e.g. `NanoBananaFaceSwap`.
            face_only_mode (bool | Unset):
            multi_face_mode (bool | Unset):
            order_indices (list[int] | Unset): Target face indices (left-to-right from 0) that the
                reference faces map to.
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: False.
            webhook_url (str | Unset): Optional URL that receives a `POST` when the job is complete.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = FaceSwapRequest(
            image_urls=image_urls,
            option=option,
            face_only_mode=face_only_mode,
            multi_face_mode=multi_face_mode,
            order_indices=order_indices,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
        )
        return await self._call(
            _image__face_swap._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_image__face_swap,
            wait=wait,
        )

    async def try_on(
        self,
        *,
        human_image_url: str,
        clothes_image_url: str,
        option: str | Unset = UNSET,
        async_mode: bool | Unset = False,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Try on.

        Virtual try-on: composites the clothing from `clothes_image_url` onto the person in
        `human_image_url`.

        ``POST /v2/image/try-on``

        Args:
            human_image_url (str): The person.
            clothes_image_url (str): The clothing.
            option (str | Unset): Try-on tool, e.g. `NanoBananaTryOn`.
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: False.
            webhook_url (str | Unset): Optional URL that receives a `POST` when the job is complete.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = TryOnRequest(
            human_image_url=human_image_url,
            clothes_image_url=clothes_image_url,
            option=option,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
        )
        return await self._call(
            _image__try_on._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_image__try_on,
            wait=wait,
        )


class AsyncImageResourceWithRawResponse:
    """``client.with_raw_response.image``: the same methods, answering ``RawResponse[T]``."""

    def __init__(self, resource: AsyncImageResource) -> None:
        self.upload = async_to_raw_response_wrapper(resource.upload)
        self.estimate_credits = async_to_raw_response_wrapper(resource.estimate_credits)
        self.text_to_image = async_to_raw_response_wrapper(resource.text_to_image)
        self.image_to_image = async_to_raw_response_wrapper(resource.image_to_image)
        self.elements = async_to_raw_response_wrapper(resource.elements)
        self.replace_background = async_to_raw_response_wrapper(resource.replace_background)
        self.edit = async_to_raw_response_wrapper(resource.edit)
        self.face_swap = async_to_raw_response_wrapper(resource.face_swap)
        self.try_on = async_to_raw_response_wrapper(resource.try_on)


class MediaResource(SyncMediaHelpers):
    """Operations tagged ``media``: ``client.media.<method>(...)``."""

    def create(
        self,
        image_files: Sequence[FileInput] | Unset = UNSET,
        *,
        title: str | Unset = "",
        description: str | Unset = "",
        visibility_status: str | Unset = "1",
        image_urls: list[str] | Unset = UNSET,
        media_items: str | Unset = UNSET,
        prompt: str | Unset = "",
        motion_type: str | Unset = "Auto",
        camera_control: CreateMediaRequestCameraPath | Unset = "HorizontalArc",
        quantity: int | Unset = 1,
        duration: int | Unset = 5,
        loop: int | Unset = 1,
        motion_range: int | Unset = 5,
        sound_effects: CreateMediaRequestSoundEffects | Unset = "No",
        extend_video: CreateMediaRequestExtendVideo | Unset = "No",
        character_animate: CreateMediaRequestCharacterAnimate | Unset = "No",
        model: str | Unset = UNSET,
        aspect_ratio: CreateMediaRequestAspectRatio | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
    ) -> Media:
        """Create media.

        Creates a new media from image files, image URLs or a text prompt. Two images (files or
        URLs) are the start and end frame of the video; one image animates that image; no image
        generates the video from `prompt`.

        ``POST /media``

        Args:
            title (str | Unset):  Default: ''.
            description (str | Unset):  Default: ''.
            visibility_status (str | Unset): Visibility status of the media. Default: '1'.
            image_urls (list[str] | Unset): Image URLs, used like `image_files`; ignored when files
                are uploaded.
            media_items (str | Unset): To extend an existing video, e.g. `[{"type": "image", "url":
                "...", "position": "First"}, {"type": "video", "url": "...", "position": "Last"}]`.
            prompt (str | Unset): Description to generate the video. Default: ''.
            motion_type (str | Unset): Type of motion. Known values: Auto, LeonardoMotion, LumaAI,
                LumaRay2, KlingAI, Kling2, MinimaxHailuo, Seedance, Hunyuan, Wan, Pixverse, Veo,
                VeoFast, RunwayML, TryOnVideo, Parallax. Default: 'Auto'.
            camera_control (CreateMediaRequestCameraPath | Unset): Camera path of the bullet video;
                only used with the `Parallax` motion type. Default: 'HorizontalArc'.
            quantity (int | Unset):  Default: 1.
            duration (int | Unset):  Default: 5.
            loop (int | Unset):  Default: 1.
            motion_range (int | Unset):  Default: 5.
            sound_effects (CreateMediaRequestSoundEffects | Unset):  Default: 'No'.
            extend_video (CreateMediaRequestExtendVideo | Unset):  Default: 'No'.
            character_animate (CreateMediaRequestCharacterAnimate | Unset):  Default: 'No'.
            model (str | Unset): How the video is animated: `S2V` for Character Animate;
                `FashnTryOn`, `ViduTryOn` or `KlingTryOn` for TryOnVideo.
            aspect_ratio (CreateMediaRequestAspectRatio | Unset):
            webhook_url (str | Unset): Receives a `POST` once the media is fully generated.
            image_files: files to upload: path, bytes or binary file object (streamed). Images to upload. One image gives an auto motion video of that image; with two,
                the second (most recently uploaded) is the final frame.

        Returns:
            Media

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        with ExitStack() as _files:
            _body = CreateMediaRequest(
                title=title,
                description=description,
                visibility_status=visibility_status,
                image_urls=image_urls,
                media_items=media_items,
                prompt=prompt,
                motion_type=motion_type,
                camera_control=camera_control,
                quantity=quantity,
                duration=duration,
                loop=loop,
                motion_range=motion_range,
                sound_effects=sound_effects,
                extend_video=extend_video,
                character_animate=character_animate,
                model=model,
                aspect_ratio=aspect_ratio,
                webhook_url=webhook_url,
                image_files=UNSET
                if isinstance(image_files, Unset)
                else [to_file(f, _files) for f in image_files],
            )
            return self._call(
                _media__create_media._get_kwargs(
                    body=_body,
                ),
                _parse_media__create_media,
            )

    def upload(
        self,
        image: Sequence[FileInput] | Unset = UNSET,
        *,
        data: str | Unset = UNSET,
    ) -> Media:
        """Create media with uploaded images.

        Creates a new media from uploaded images and processes it with the request data. `image`:
        one image animates it; two images are the first and last frame (the most recently uploaded
        is the last frame). `data`: a JSON string of the request data (`title`, `description`,
        `is_transition`, `pose_preset`, `submit_params`; all optional, defaults are set
        automatically). Transitions are not supported for the `LeonardoMotion` and
        `StableDiffusionMotion` motion types.

        ``POST /media/upload``

        Args:
            image: files to upload: path, bytes or binary file object (streamed). One image animates that image; two are the first and last frame (the most
                recently uploaded is the last frame).
            data (str | Unset): JSON string of the request data: `title`, `description`,
                `is_transition` (`Yes`/`No`), `pose_preset` (a PosePreset or a list of them) and
                `submit_params`.

        Returns:
            Media

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        with ExitStack() as _files:
            _body = UploadMediaRequest(
                image=UNSET if isinstance(image, Unset) else [to_file(f, _files) for f in image],
                data=data,
            )
            return self._call(
                _media__upload_media._get_kwargs(
                    body=_body,
                ),
                _parse_media__upload_media,
            )

    def create_from_prompt(
        self,
        *,
        title: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        primary_user_id: None | str | Unset = UNSET,
        rating: None | str | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        pose_preset: list[PosePreset] | None | PosePreset | Unset = UNSET,
        submit_params: None | SubmitParams | Unset = UNSET,
    ) -> Media:
        """Create media from a text prompt.

        Creates a new media with the prompt under `pose_preset` (`Params`:
        `Prompt=...|PromptStrength=5|MotionAmount=5|MotionLength=5|Loop=1|Quantity=2`). All fields
        are optional; defaults are set automatically.

        ``POST /media/prompt``

        Args:
            title (None | str | Unset):
            description (None | str | Unset):
            primary_user_id (None | str | Unset):
            rating (None | str | Unset): Rated value. If empty, this media is not rated.
            webhook_url (None | str | Unset): Called when the status of the media has been updated.
            pose_preset (list[PosePreset] | None | PosePreset | Unset): Pose preset parameter. Can
                be either a list or a PosePreset.
            submit_params (None | SubmitParams | Unset):

        Returns:
            Media

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        _body = CreateMediaFromPromptRequest(
            title=title,
            description=description,
            primary_user_id=primary_user_id,
            rating=rating,
            webhook_url=webhook_url,
            pose_preset=pose_preset,
            submit_params=submit_params,
        )
        return self._call(
            _media__create_media_from_prompt._get_kwargs(
                body=_body,
            ),
            _parse_media__create_media_from_prompt,
        )

    def get_processing_status(
        self,
        media_id: str,
    ) -> ProcessingStatus:
        """Get media processing status.

        Retrieves the media's processing status and progress in percent.

        ``GET /media/{media_id}/processing-status``

        Args:
            media_id (str):

        Returns:
            ProcessingStatus

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        return self._call(
            _media__get_processing_status._get_kwargs(
                media_id=media_id,
            ),
            _parse_media__get_processing_status,
        )

    def get(
        self,
        media_id: str,
    ) -> Media:
        """Get media.

        Retrieves a media object. The docs' example wraps the media twice (`{"data": {"data":
        {...}}}`); `data` holds either the media or a `{"data": media}` wrapper.

        ``GET /media/{media_id}``

        Args:
            media_id (str):

        Returns:
            Media

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        return self._call(
            _media__get_media._get_kwargs(
                media_id=media_id,
            ),
            _parse_media__get_media,
        )

    def edit(
        self,
        media_id: str,
        *,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        rating: str | Unset = UNSET,
        visibility_status: str | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        motion_type: str | Unset = UNSET,
        quantity: int | Unset = UNSET,
        duration: int | Unset = UNSET,
        loop: int | Unset = UNSET,
        aspect_ratio: EditMediaRequestAspectRatio | Unset = UNSET,
        sound_effects: YesNo | Unset = UNSET,
    ) -> Media:
        """Update media.

        Updates the media, and resubmits it if any of `prompt`, `motion_type`, `quantity`,
        `duration`, `loop`, `aspect_ratio` or `sound_effects` changes. A media that is processed
        again is charged again.

        ``PUT /media/{media_id}/edit``

        Args:
            media_id (str):
            title (str | Unset):
            description (str | Unset):
            rating (str | Unset):
            visibility_status (str | Unset):
            webhook_url (str | Unset):
            prompt (str | Unset):
            motion_type (str | Unset):
            quantity (int | Unset):
            duration (int | Unset):
            loop (int | Unset):
            aspect_ratio (EditMediaRequestAspectRatio | Unset):
            sound_effects (YesNo | Unset):

        Returns:
            Media

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        _body = EditMediaRequest(
            title=title,
            description=description,
            rating=rating,
            visibility_status=visibility_status,
            webhook_url=webhook_url,
            prompt=prompt,
            motion_type=motion_type,
            quantity=quantity,
            duration=duration,
            loop=loop,
            aspect_ratio=aspect_ratio,
            sound_effects=sound_effects,
        )
        return self._call(
            _media__edit_media._get_kwargs(
                media_id=media_id,
                body=_body,
            ),
            _parse_media__edit_media,
        )

    def download(
        self,
        media_id: str,
        dest: Destination,
        *,
        object_type: str | Unset = "bullet_video_mp4",
        motion_type: str | Unset = UNSET,
        width: int | Unset = UNSET,
        file_size: float | Unset = UNSET,
        on_progress: DownloadProgress | None = None,
    ) -> Path:
        """Download media file.

        Downloads a file of the media (bullet video, GIF or source files) as bytes.

        ``GET /media/{media_id}/download``

        Args:
            media_id (str):
            dest: file path to write, or an existing directory to write into.
            object_type (str | Unset):  Default: 'bullet_video_mp4'.
            motion_type (str | Unset):
            width (int | Unset):
            file_size (float | Unset):
            on_progress: called with (bytes written, total bytes or None) after each chunk.

        Returns:
            The path written (atomically, streamed in constant memory).

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        return self._download(
            _media__download_media._get_kwargs(
                media_id=media_id,
                object_type=object_type,
                motion_type=motion_type,
                width=width,
                file_size=file_size,
            ),
            dest,
            on_progress=on_progress,
            fallback_name="download_media",
        )

    def process(
        self,
        media_id: str,
    ) -> Media | ProcessMediaResponseDataType1:
        """Process media.

        Resubmits the media to generate a bullet video again. No request body.

        ``POST /media/{media_id}/process``

        Args:
            media_id (str):

        Returns:
            Media | ProcessMediaResponseDataType1

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        return self._call(
            _media__process_media._get_kwargs(
                media_id=media_id,
            ),
            _parse_media__process_media,
        )


class MediaResourceWithRawResponse:
    """``client.with_raw_response.media``: the same methods, answering ``RawResponse[T]``."""

    def __init__(self, resource: MediaResource) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.upload = to_raw_response_wrapper(resource.upload)
        self.create_from_prompt = to_raw_response_wrapper(resource.create_from_prompt)
        self.get_processing_status = to_raw_response_wrapper(resource.get_processing_status)
        self.get = to_raw_response_wrapper(resource.get)
        self.edit = to_raw_response_wrapper(resource.edit)
        self.download = to_raw_response_wrapper(resource.download)
        self.process = to_raw_response_wrapper(resource.process)


class AsyncMediaResource(AsyncMediaHelpers):
    """Operations tagged ``media``: ``client.media.<method>(...)``."""

    async def create(
        self,
        image_files: Sequence[FileInput] | Unset = UNSET,
        *,
        title: str | Unset = "",
        description: str | Unset = "",
        visibility_status: str | Unset = "1",
        image_urls: list[str] | Unset = UNSET,
        media_items: str | Unset = UNSET,
        prompt: str | Unset = "",
        motion_type: str | Unset = "Auto",
        camera_control: CreateMediaRequestCameraPath | Unset = "HorizontalArc",
        quantity: int | Unset = 1,
        duration: int | Unset = 5,
        loop: int | Unset = 1,
        motion_range: int | Unset = 5,
        sound_effects: CreateMediaRequestSoundEffects | Unset = "No",
        extend_video: CreateMediaRequestExtendVideo | Unset = "No",
        character_animate: CreateMediaRequestCharacterAnimate | Unset = "No",
        model: str | Unset = UNSET,
        aspect_ratio: CreateMediaRequestAspectRatio | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
    ) -> Media:
        """Create media.

        Creates a new media from image files, image URLs or a text prompt. Two images (files or
        URLs) are the start and end frame of the video; one image animates that image; no image
        generates the video from `prompt`.

        ``POST /media``

        Args:
            title (str | Unset):  Default: ''.
            description (str | Unset):  Default: ''.
            visibility_status (str | Unset): Visibility status of the media. Default: '1'.
            image_urls (list[str] | Unset): Image URLs, used like `image_files`; ignored when files
                are uploaded.
            media_items (str | Unset): To extend an existing video, e.g. `[{"type": "image", "url":
                "...", "position": "First"}, {"type": "video", "url": "...", "position": "Last"}]`.
            prompt (str | Unset): Description to generate the video. Default: ''.
            motion_type (str | Unset): Type of motion. Known values: Auto, LeonardoMotion, LumaAI,
                LumaRay2, KlingAI, Kling2, MinimaxHailuo, Seedance, Hunyuan, Wan, Pixverse, Veo,
                VeoFast, RunwayML, TryOnVideo, Parallax. Default: 'Auto'.
            camera_control (CreateMediaRequestCameraPath | Unset): Camera path of the bullet video;
                only used with the `Parallax` motion type. Default: 'HorizontalArc'.
            quantity (int | Unset):  Default: 1.
            duration (int | Unset):  Default: 5.
            loop (int | Unset):  Default: 1.
            motion_range (int | Unset):  Default: 5.
            sound_effects (CreateMediaRequestSoundEffects | Unset):  Default: 'No'.
            extend_video (CreateMediaRequestExtendVideo | Unset):  Default: 'No'.
            character_animate (CreateMediaRequestCharacterAnimate | Unset):  Default: 'No'.
            model (str | Unset): How the video is animated: `S2V` for Character Animate;
                `FashnTryOn`, `ViduTryOn` or `KlingTryOn` for TryOnVideo.
            aspect_ratio (CreateMediaRequestAspectRatio | Unset):
            webhook_url (str | Unset): Receives a `POST` once the media is fully generated.
            image_files: files to upload: path, bytes or binary file object (streamed). Images to upload. One image gives an auto motion video of that image; with two,
                the second (most recently uploaded) is the final frame.

        Returns:
            Media

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        with ExitStack() as _files:
            _body = CreateMediaRequest(
                title=title,
                description=description,
                visibility_status=visibility_status,
                image_urls=image_urls,
                media_items=media_items,
                prompt=prompt,
                motion_type=motion_type,
                camera_control=camera_control,
                quantity=quantity,
                duration=duration,
                loop=loop,
                motion_range=motion_range,
                sound_effects=sound_effects,
                extend_video=extend_video,
                character_animate=character_animate,
                model=model,
                aspect_ratio=aspect_ratio,
                webhook_url=webhook_url,
                image_files=UNSET
                if isinstance(image_files, Unset)
                else [to_file(f, _files) for f in image_files],
            )
            return await self._call(
                _media__create_media._get_kwargs(
                    body=_body,
                ),
                _parse_media__create_media,
            )

    async def upload(
        self,
        image: Sequence[FileInput] | Unset = UNSET,
        *,
        data: str | Unset = UNSET,
    ) -> Media:
        """Create media with uploaded images.

        Creates a new media from uploaded images and processes it with the request data. `image`:
        one image animates it; two images are the first and last frame (the most recently uploaded
        is the last frame). `data`: a JSON string of the request data (`title`, `description`,
        `is_transition`, `pose_preset`, `submit_params`; all optional, defaults are set
        automatically). Transitions are not supported for the `LeonardoMotion` and
        `StableDiffusionMotion` motion types.

        ``POST /media/upload``

        Args:
            image: files to upload: path, bytes or binary file object (streamed). One image animates that image; two are the first and last frame (the most
                recently uploaded is the last frame).
            data (str | Unset): JSON string of the request data: `title`, `description`,
                `is_transition` (`Yes`/`No`), `pose_preset` (a PosePreset or a list of them) and
                `submit_params`.

        Returns:
            Media

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        with ExitStack() as _files:
            _body = UploadMediaRequest(
                image=UNSET if isinstance(image, Unset) else [to_file(f, _files) for f in image],
                data=data,
            )
            return await self._call(
                _media__upload_media._get_kwargs(
                    body=_body,
                ),
                _parse_media__upload_media,
            )

    async def create_from_prompt(
        self,
        *,
        title: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        primary_user_id: None | str | Unset = UNSET,
        rating: None | str | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        pose_preset: list[PosePreset] | None | PosePreset | Unset = UNSET,
        submit_params: None | SubmitParams | Unset = UNSET,
    ) -> Media:
        """Create media from a text prompt.

        Creates a new media with the prompt under `pose_preset` (`Params`:
        `Prompt=...|PromptStrength=5|MotionAmount=5|MotionLength=5|Loop=1|Quantity=2`). All fields
        are optional; defaults are set automatically.

        ``POST /media/prompt``

        Args:
            title (None | str | Unset):
            description (None | str | Unset):
            primary_user_id (None | str | Unset):
            rating (None | str | Unset): Rated value. If empty, this media is not rated.
            webhook_url (None | str | Unset): Called when the status of the media has been updated.
            pose_preset (list[PosePreset] | None | PosePreset | Unset): Pose preset parameter. Can
                be either a list or a PosePreset.
            submit_params (None | SubmitParams | Unset):

        Returns:
            Media

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        _body = CreateMediaFromPromptRequest(
            title=title,
            description=description,
            primary_user_id=primary_user_id,
            rating=rating,
            webhook_url=webhook_url,
            pose_preset=pose_preset,
            submit_params=submit_params,
        )
        return await self._call(
            _media__create_media_from_prompt._get_kwargs(
                body=_body,
            ),
            _parse_media__create_media_from_prompt,
        )

    async def get_processing_status(
        self,
        media_id: str,
    ) -> ProcessingStatus:
        """Get media processing status.

        Retrieves the media's processing status and progress in percent.

        ``GET /media/{media_id}/processing-status``

        Args:
            media_id (str):

        Returns:
            ProcessingStatus

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        return await self._call(
            _media__get_processing_status._get_kwargs(
                media_id=media_id,
            ),
            _parse_media__get_processing_status,
        )

    async def get(
        self,
        media_id: str,
    ) -> Media:
        """Get media.

        Retrieves a media object. The docs' example wraps the media twice (`{"data": {"data":
        {...}}}`); `data` holds either the media or a `{"data": media}` wrapper.

        ``GET /media/{media_id}``

        Args:
            media_id (str):

        Returns:
            Media

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        return await self._call(
            _media__get_media._get_kwargs(
                media_id=media_id,
            ),
            _parse_media__get_media,
        )

    async def edit(
        self,
        media_id: str,
        *,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        rating: str | Unset = UNSET,
        visibility_status: str | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        motion_type: str | Unset = UNSET,
        quantity: int | Unset = UNSET,
        duration: int | Unset = UNSET,
        loop: int | Unset = UNSET,
        aspect_ratio: EditMediaRequestAspectRatio | Unset = UNSET,
        sound_effects: YesNo | Unset = UNSET,
    ) -> Media:
        """Update media.

        Updates the media, and resubmits it if any of `prompt`, `motion_type`, `quantity`,
        `duration`, `loop`, `aspect_ratio` or `sound_effects` changes. A media that is processed
        again is charged again.

        ``PUT /media/{media_id}/edit``

        Args:
            media_id (str):
            title (str | Unset):
            description (str | Unset):
            rating (str | Unset):
            visibility_status (str | Unset):
            webhook_url (str | Unset):
            prompt (str | Unset):
            motion_type (str | Unset):
            quantity (int | Unset):
            duration (int | Unset):
            loop (int | Unset):
            aspect_ratio (EditMediaRequestAspectRatio | Unset):
            sound_effects (YesNo | Unset):

        Returns:
            Media

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        _body = EditMediaRequest(
            title=title,
            description=description,
            rating=rating,
            visibility_status=visibility_status,
            webhook_url=webhook_url,
            prompt=prompt,
            motion_type=motion_type,
            quantity=quantity,
            duration=duration,
            loop=loop,
            aspect_ratio=aspect_ratio,
            sound_effects=sound_effects,
        )
        return await self._call(
            _media__edit_media._get_kwargs(
                media_id=media_id,
                body=_body,
            ),
            _parse_media__edit_media,
        )

    async def download(
        self,
        media_id: str,
        dest: Destination,
        *,
        object_type: str | Unset = "bullet_video_mp4",
        motion_type: str | Unset = UNSET,
        width: int | Unset = UNSET,
        file_size: float | Unset = UNSET,
        on_progress: DownloadProgress | None = None,
    ) -> Path:
        """Download media file.

        Downloads a file of the media (bullet video, GIF or source files) as bytes.

        ``GET /media/{media_id}/download``

        Args:
            media_id (str):
            dest: file path to write, or an existing directory to write into.
            object_type (str | Unset):  Default: 'bullet_video_mp4'.
            motion_type (str | Unset):
            width (int | Unset):
            file_size (float | Unset):
            on_progress: called with (bytes written, total bytes or None) after each chunk.

        Returns:
            The path written (atomically, streamed in constant memory).

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        return await self._download(
            _media__download_media._get_kwargs(
                media_id=media_id,
                object_type=object_type,
                motion_type=motion_type,
                width=width,
                file_size=file_size,
            ),
            dest,
            on_progress=on_progress,
            fallback_name="download_media",
        )

    async def process(
        self,
        media_id: str,
    ) -> Media | ProcessMediaResponseDataType1:
        """Process media.

        Resubmits the media to generate a bullet video again. No request body.

        ``POST /media/{media_id}/process``

        Args:
            media_id (str):

        Returns:
            Media | ProcessMediaResponseDataType1

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        return await self._call(
            _media__process_media._get_kwargs(
                media_id=media_id,
            ),
            _parse_media__process_media,
        )


class AsyncMediaResourceWithRawResponse:
    """``client.with_raw_response.media``: the same methods, answering ``RawResponse[T]``."""

    def __init__(self, resource: AsyncMediaResource) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.upload = async_to_raw_response_wrapper(resource.upload)
        self.create_from_prompt = async_to_raw_response_wrapper(resource.create_from_prompt)
        self.get_processing_status = async_to_raw_response_wrapper(resource.get_processing_status)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.edit = async_to_raw_response_wrapper(resource.edit)
        self.download = async_to_raw_response_wrapper(resource.download)
        self.process = async_to_raw_response_wrapper(resource.process)


class TextResource(SyncResource):
    """Operations tagged ``text``: ``client.text.<method>(...)``."""

    def generate_prompt(
        self,
        *,
        image_url: str | Unset = UNSET,
        image2_url: str | Unset = UNSET,
        video_url: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        mode: TextPromptRequestMode | Unset = UNSET,
        option: TextPromptRequestOption | Unset = "InspireMe",
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
    ) -> str:
        """Generate prompt.

        Generates or transforms prompt text. `option` selects the behaviour.

        ``POST /v2/text/prompt``

        Args:
            image_url (str | Unset): Primary image for vision options (HTTPS URL).
            image2_url (str | Unset): Optional second image.
            video_url (str | Unset): Uses the middle frame when there is no `image_url`.
            prompt (str | Unset): Seed text; required for the RefinePrompt behaviour.
            mode (TextPromptRequestMode | Unset): What the prompt is for.
            option (TextPromptRequestOption | Unset): Which prompt behaviour to run. Default:
                'InspireMe'.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):

        Returns:
            str

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        _body = TextPromptRequest(
            image_url=image_url,
            image2_url=image2_url,
            video_url=video_url,
            prompt=prompt,
            mode=mode,
            option=option,
        )
        return self._call(
            _text__generate_prompt._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_text__generate_prompt,
        )

    def suggest_prompt(
        self,
        *,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
    ) -> str:
        """Suggest prompt.

        Returns a creative prompt suggestion. No request body is required.

        ``POST /v2/text/suggest-prompt``

        Args:
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):

        Returns:
            str

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        return self._call(
            _text__suggest_prompt._get_kwargs(
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_text__suggest_prompt,
        )

    def refine_prompt(
        self,
        *,
        prompt: str,
    ) -> str:
        """Refine prompt.

        Improves the supplied prompt for image/video generation.

        ``POST /v2/text/refine-prompt``

        Args:
            prompt (str): The prompt to improve.

        Returns:
            str

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        _body = RefinePromptRequest(
            prompt=prompt,
        )
        return self._call(
            _text__refine_prompt._get_kwargs(
                body=_body,
            ),
            _parse_text__refine_prompt,
        )

    def image_to_prompt(
        self,
        *,
        image_url: str,
    ) -> str:
        """Image to prompt.

        Describes `image_url` in one prompt (same as `POST /v2/text/prompt` with `"option":
        "Image2Prompt"`).

        ``POST /v2/text/image-2-prompt``

        Args:
            image_url (str): The image to describe (HTTPS URL).

        Returns:
            str

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        _body = ImageToPromptRequest(
            image_url=image_url,
        )
        return self._call(
            _text__image_to_prompt._get_kwargs(
                body=_body,
            ),
            _parse_text__image_to_prompt,
        )


class TextResourceWithRawResponse:
    """``client.with_raw_response.text``: the same methods, answering ``RawResponse[T]``."""

    def __init__(self, resource: TextResource) -> None:
        self.generate_prompt = to_raw_response_wrapper(resource.generate_prompt)
        self.suggest_prompt = to_raw_response_wrapper(resource.suggest_prompt)
        self.refine_prompt = to_raw_response_wrapper(resource.refine_prompt)
        self.image_to_prompt = to_raw_response_wrapper(resource.image_to_prompt)


class AsyncTextResource(AsyncResource):
    """Operations tagged ``text``: ``client.text.<method>(...)``."""

    async def generate_prompt(
        self,
        *,
        image_url: str | Unset = UNSET,
        image2_url: str | Unset = UNSET,
        video_url: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        mode: TextPromptRequestMode | Unset = UNSET,
        option: TextPromptRequestOption | Unset = "InspireMe",
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
    ) -> str:
        """Generate prompt.

        Generates or transforms prompt text. `option` selects the behaviour.

        ``POST /v2/text/prompt``

        Args:
            image_url (str | Unset): Primary image for vision options (HTTPS URL).
            image2_url (str | Unset): Optional second image.
            video_url (str | Unset): Uses the middle frame when there is no `image_url`.
            prompt (str | Unset): Seed text; required for the RefinePrompt behaviour.
            mode (TextPromptRequestMode | Unset): What the prompt is for.
            option (TextPromptRequestOption | Unset): Which prompt behaviour to run. Default:
                'InspireMe'.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):

        Returns:
            str

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        _body = TextPromptRequest(
            image_url=image_url,
            image2_url=image2_url,
            video_url=video_url,
            prompt=prompt,
            mode=mode,
            option=option,
        )
        return await self._call(
            _text__generate_prompt._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_text__generate_prompt,
        )

    async def suggest_prompt(
        self,
        *,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
    ) -> str:
        """Suggest prompt.

        Returns a creative prompt suggestion. No request body is required.

        ``POST /v2/text/suggest-prompt``

        Args:
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):

        Returns:
            str

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        return await self._call(
            _text__suggest_prompt._get_kwargs(
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_text__suggest_prompt,
        )

    async def refine_prompt(
        self,
        *,
        prompt: str,
    ) -> str:
        """Refine prompt.

        Improves the supplied prompt for image/video generation.

        ``POST /v2/text/refine-prompt``

        Args:
            prompt (str): The prompt to improve.

        Returns:
            str

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        _body = RefinePromptRequest(
            prompt=prompt,
        )
        return await self._call(
            _text__refine_prompt._get_kwargs(
                body=_body,
            ),
            _parse_text__refine_prompt,
        )

    async def image_to_prompt(
        self,
        *,
        image_url: str,
    ) -> str:
        """Image to prompt.

        Describes `image_url` in one prompt (same as `POST /v2/text/prompt` with `"option":
        "Image2Prompt"`).

        ``POST /v2/text/image-2-prompt``

        Args:
            image_url (str): The image to describe (HTTPS URL).

        Returns:
            str

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        _body = ImageToPromptRequest(
            image_url=image_url,
        )
        return await self._call(
            _text__image_to_prompt._get_kwargs(
                body=_body,
            ),
            _parse_text__image_to_prompt,
        )


class AsyncTextResourceWithRawResponse:
    """``client.with_raw_response.text``: the same methods, answering ``RawResponse[T]``."""

    def __init__(self, resource: AsyncTextResource) -> None:
        self.generate_prompt = async_to_raw_response_wrapper(resource.generate_prompt)
        self.suggest_prompt = async_to_raw_response_wrapper(resource.suggest_prompt)
        self.refine_prompt = async_to_raw_response_wrapper(resource.refine_prompt)
        self.image_to_prompt = async_to_raw_response_wrapper(resource.image_to_prompt)


class VideoResource(SyncResource):
    """Operations tagged ``video``: ``client.video.<method>(...)``."""

    def upload(
        self,
        video_file: FileInput,
        *,
        video_url: str | Unset = "",
        video_file_path: Any | Unset = UNSET,
        asset_id: Any | Unset = UNSET,
        removing_asset_args: Any | Unset = UNSET,
        option: Any | Unset = "UploadVideo",
        video_duration: Any | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
    ) -> Asset:
        """Upload video.

        Uploads a video file and returns an asset whose `results` contain the hosted URL.
        multipart/form-data with the field `video_file` only (no JSON body).

        ``POST /v2/video``

        Args:
            video_file: a file to upload: path, bytes or binary file object (streamed). Input video file.
            video_url (str | Unset):  Default: ''.
            video_file_path (Any | Unset):
            asset_id (Any | Unset):
            removing_asset_args (Any | Unset):
            option (Any | Unset):  Default: 'UploadVideo'.
            video_duration (Any | Unset):
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        with ExitStack() as _files:
            _body = UploadVideoRequest(
                video_file=to_file(video_file, _files),
            )
            return self._call(
                _video__upload_video._get_kwargs(
                    body=_body,
                    video_url=video_url,
                    video_file_path=video_file_path,
                    asset_id=asset_id,
                    removing_asset_args=removing_asset_args,
                    option=option,
                    video_duration=video_duration,
                    authorization=authorization,
                    username=username,
                    x_client_type=x_client_type,
                ),
                _parse_video__upload_video,
            )

    def estimate_credits(
        self,
        *,
        option: str,
        app_name: VideoEstimateCreditsRequestAppName | Unset = "reference-to-video",
        quantity: int | Unset = 1,
        prompt: str | Unset = "",
        duration: int | None | Unset = UNSET,
        video_duration: float | None | Unset = UNSET,
    ) -> CreditEstimate:
        """Estimate video credits.

        Estimates credits for a video route without creating an asset. Same pricing as the matching
        `POST /v2/video/` handler. Like the image estimate, the key is optional.

        ``POST /v2/video/estimate-credits``

        Args:
            option (str): Model/tool option on the target video endpoint (e.g. `KlingO`,
                `AutoLipSync`).
            app_name (VideoEstimateCreditsRequestAppName | Unset): Internal route id on the asset
                record (same as the target route); `upload-video` costs 0 credits. Default: 'reference-
                to-video'.
            quantity (int | Unset):  Default: 1.
            prompt (str | Unset): Used for AvatarLipSync-style length-based pricing when applicable.
                Default: ''.
            duration (int | None | Unset): Same as `duration` on video routes; billed in 5-second
                blocks.
            video_duration (float | None | Unset): Explicit seconds override (alias of `duration`
                for video apps).

        Returns:
            CreditEstimate

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        _body = VideoEstimateCreditsRequest(
            option=option,
            app_name=app_name,
            quantity=quantity,
            prompt=prompt,
            duration=duration,
            video_duration=video_duration,
        )
        return self._call(
            _video__estimate_video_credits._get_kwargs(
                body=_body,
            ),
            _parse_video__estimate_video_credits,
        )

    def crop(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        aspect_ratio: str | Unset = "16:9",
        offset_x: int | None | Unset = UNSET,
        offset_y: int | None | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Crop video.

        Crops `video_url` to `aspect_ratio`. Optional `offset_x` / `offset_y` set the crop origin
        (default: center). Most clients should use `async_mode: true` (the default).

        ``POST /v2/video/crop-to-aspect-ratio``

        Args:
            video_url (str):
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            aspect_ratio (str | Unset):  Default: '16:9'.
            offset_x (int | None | Unset):
            offset_y (int | None | Unset):
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = CropVideoRequest(
            video_url=video_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            aspect_ratio=aspect_ratio,
            offset_x=offset_x,
            offset_y=offset_y,
        )
        return self._call(
            _video__crop_video._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__crop_video,
            wait=wait,
        )

    def reframe(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        aspect_ratio: str | Unset = "16:9",
        prompt: str | Unset = "Make it realistic",
        grid_position_x: int | None | Unset = UNSET,
        grid_position_y: int | None | Unset = UNSET,
        x_start: int | None | Unset = UNSET,
        x_end: int | None | Unset = UNSET,
        y_start: int | None | Unset = UNSET,
        y_end: int | None | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Reframe video.

        AI reframing (Luma) to a new `aspect_ratio` using `prompt`. Optional grid/position fields
        fine-tune the frame.

        ``POST /v2/video/reframe``

        Args:
            video_url (str):
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            aspect_ratio (str | Unset):  Default: '16:9'.
            prompt (str | Unset):  Default: 'Make it realistic'.
            grid_position_x (int | None | Unset):
            grid_position_y (int | None | Unset):
            x_start (int | None | Unset):
            x_end (int | None | Unset):
            y_start (int | None | Unset):
            y_end (int | None | Unset):
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = ReframeVideoRequest(
            video_url=video_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            aspect_ratio=aspect_ratio,
            prompt=prompt,
            grid_position_x=grid_position_x,
            grid_position_y=grid_position_y,
            x_start=x_start,
            x_end=x_end,
            y_start=y_start,
            y_end=y_end,
        )
        return self._call(
            _video__reframe_video._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__reframe_video,
            wait=wait,
        )

    def enhance(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        enhance_mode: EnhanceVideoRequestEnhanceMode | Unset = "4X&DeepClean",
        compression_scale: str | Unset = "0.5",
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Enhance video.

        Enhances `video_url` (upscale and/or deep clean).

        ``POST /v2/video/enhance``

        Args:
            video_url (str):
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            enhance_mode (EnhanceVideoRequestEnhanceMode | Unset):  Default: '4X&DeepClean'.
            compression_scale (str | Unset): From 0 to 1, as a string. Default: '0.5'.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = EnhanceVideoRequest(
            video_url=video_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            enhance_mode=enhance_mode,
            compression_scale=compression_scale,
        )
        return self._call(
            _video__enhance_video._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__enhance_video,
            wait=wait,
        )

    def add_sound_effect(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        prompt: str | Unset = "",
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Add sound effect.

        Adds an AI sound effect described by `prompt` to `video_url`.

        ``POST /v2/video/sound-effect``

        Args:
            video_url (str):
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            prompt (str | Unset): Prompt describing the sound effect. Default: ''.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = SoundEffectRequest(
            video_url=video_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            prompt=prompt,
        )
        return self._call(
            _video__add_sound_effect._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__add_sound_effect,
            wait=wait,
        )

    def avatar_lip_sync(
        self,
        *,
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        avatar_id: str | Unset = "",
        voice_id: str | Unset = "",
        prompt: str | Unset = "",
        bg_image_url: str | Unset = "",
        audio_url: str | Unset = "",
        aspect_ratio: AvatarLipSyncRequestAspectRatio | Unset = "16:9",
        show_caption: AvatarLipSyncRequestShowCaption | Unset = "On",
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Avatar lip-sync video.

        Creatify talking-avatar video. Provide `avatar_id`, `voice_id` and `prompt`. Optional
        `bg_image_url`, `audio_url`, `aspect_ratio`, `show_caption`. Avatars and voices are listed
        by internal routes that are not in the public schema.

        ``POST /v2/video/avatars/lip-sync``

        Args:
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            avatar_id (str | Unset):  Default: ''.
            voice_id (str | Unset):  Default: ''.
            prompt (str | Unset): Speech script for the avatar. Default: ''.
            bg_image_url (str | Unset):  Default: ''.
            audio_url (str | Unset):  Default: ''.
            aspect_ratio (AvatarLipSyncRequestAspectRatio | Unset):  Default: '16:9'.
            show_caption (AvatarLipSyncRequestShowCaption | Unset):  Default: 'On'.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = AvatarLipSyncRequest(
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            avatar_id=avatar_id,
            voice_id=voice_id,
            prompt=prompt,
            bg_image_url=bg_image_url,
            audio_url=audio_url,
            aspect_ratio=aspect_ratio,
            show_caption=show_caption,
        )
        return self._call(
            _video__avatar_lip_sync._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__avatar_lip_sync,
            wait=wait,
        )

    def lip_sync(
        self,
        *,
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        image_url: str | Unset = "",
        video_url: str | Unset = "",
        audio_url: str | Unset = "",
        prompt: str | Unset = "",
        option: str | Unset = "AutoLipSync",
        voice: str | Unset = "AutoV",
        video_duration: float | None | Unset = UNSET,
        audio_duration: float | None | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Lip-sync video.

        Lip-sync using URLs only. Visual: `image_url` and/or `video_url`. Audio: `audio_url`, or
        `prompt` + `voice` for text-to-speech.

        ``POST /v2/video/lip-sync``

        Args:
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            image_url (str | Unset):  Default: ''.
            video_url (str | Unset):  Default: ''.
            audio_url (str | Unset):  Default: ''.
            prompt (str | Unset): Speech prompt when generating audio from text. Default: ''.
            option (str | Unset): Lip-sync tool. Known values: AutoLipSync, SyncLipSync,
                HummingBird, NewportLipSync, KlingAvatar, PVideo, NewportDreamAvatar. Default:
                'AutoLipSync'.
            voice (str | Unset):  Default: 'AutoV'.
            video_duration (float | None | Unset):
            audio_duration (float | None | Unset):
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = LipSyncRequest(
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            image_url=image_url,
            video_url=video_url,
            audio_url=audio_url,
            prompt=prompt,
            option=option,
            voice=voice,
            video_duration=video_duration,
            audio_duration=audio_duration,
        )
        return self._call(
            _video__lip_sync._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__lip_sync,
            wait=wait,
        )

    def effects(
        self,
        *,
        image_url: str,
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        ref_image_url: str | Unset = "",
        option: str | Unset = "HiggsfieldEffects",
        effect: str | Unset = "BulletTime",
        prompt: str | Unset = "",
        aspect_ratio: None | str | Unset = UNSET,
        quantity: int | Unset = 1,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Video effects.

        Motion effect from `image_url`. Use `ref_image_url` for two-subject effects (e.g. hug). Set
        `aspect_ratio` when the provider supports it.

        ``POST /v2/video/video-effects``

        Args:
            image_url (str):
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            ref_image_url (str | Unset):  Default: ''.
            option (str | Unset): Known values: PikaEffects, KlingEffects, WanEffects, ViduEffects,
                PixverseEffects, HiggsfieldEffects. Default: 'HiggsfieldEffects'.
            effect (str | Unset):  Default: 'BulletTime'.
            prompt (str | Unset):  Default: ''.
            aspect_ratio (None | str | Unset):
            quantity (int | Unset):  Default: 1.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = VideoEffectsRequest(
            image_url=image_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            ref_image_url=ref_image_url,
            option=option,
            effect=effect,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            quantity=quantity,
        )
        return self._call(
            _video__video_effects._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__video_effects,
            wait=wait,
        )

    def replace_background(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        bg_image_url: str | Unset = "",
        bg_video_url: str | Unset = "",
        chroma_key_color: str | Unset = "origin",
        chroma_tolerance: str | Unset = "0.1",
        prompt: str | Unset = "",
        overlay_scale: str | Unset = "0.6666",
        alignment: ReplaceVideoBackgroundRequestAlignment | Unset = "center",
        start_time: str | Unset = "0",
        crop_to_content: bool | Unset = True,
        x_offset: int | Unset = 0,
        y_offset: int | Unset = 0,
        use_rembg_lib: bool | Unset = False,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Replace video background.

        Composites `video_url` over `bg_image_url` and/or `bg_video_url`. Tune `chroma_key_color`,
        `overlay_scale`, `alignment`, offsets, etc.

        ``POST /v2/video/replace-background``

        Args:
            video_url (str):
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            bg_image_url (str | Unset):  Default: ''.
            bg_video_url (str | Unset):  Default: ''.
            chroma_key_color (str | Unset):  Default: 'origin'.
            chroma_tolerance (str | Unset):  Default: '0.1'.
            prompt (str | Unset):  Default: ''.
            overlay_scale (str | Unset):  Default: '0.6666'.
            alignment (ReplaceVideoBackgroundRequestAlignment | Unset):  Default: 'center'.
            start_time (str | Unset):  Default: '0'.
            crop_to_content (bool | Unset):  Default: True.
            x_offset (int | Unset):  Default: 0.
            y_offset (int | Unset):  Default: 0.
            use_rembg_lib (bool | Unset):  Default: False.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = ReplaceVideoBackgroundRequest(
            video_url=video_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            bg_image_url=bg_image_url,
            bg_video_url=bg_video_url,
            chroma_key_color=chroma_key_color,
            chroma_tolerance=chroma_tolerance,
            prompt=prompt,
            overlay_scale=overlay_scale,
            alignment=alignment,
            start_time=start_time,
            crop_to_content=crop_to_content,
            x_offset=x_offset,
            y_offset=y_offset,
            use_rembg_lib=use_rembg_lib,
        )
        return self._call(
            _video__replace_video_background._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__replace_video_background,
            wait=wait,
        )

    def reference_to_video(
        self,
        *,
        image_urls: list[str],
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        elements: list[str] | Unset = UNSET,
        aspect_ratio: str | Unset = "16:9",
        prompt: str | Unset = "",
        option: str | Unset = "KlingO",
        quantity: int | Unset = 1,
        duration: int | Unset = 5,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Reference to video.

        Generates video from `image_urls` (at least one) and `prompt`. `elements`: optional URL
        groups for element-aware tools.

        ``POST /v2/video/reference-to-video``

        Args:
            image_urls (list[str]):
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            elements (list[str] | Unset): Optional URL groups for element-aware tools.
            aspect_ratio (str | Unset):  Default: '16:9'.
            prompt (str | Unset):  Default: ''.
            option (str | Unset): Known values: AutoR, KlingO, HappyHorse, Grok, SeedanceFast,
                VeoReference, ViduReference, HeygenAgent, PikaScenes, MinimaxReference. Default:
                'KlingO'.
            quantity (int | Unset):  Default: 1.
            duration (int | Unset):  Default: 5.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = ReferenceToVideoRequest(
            image_urls=image_urls,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            elements=elements,
            aspect_ratio=aspect_ratio,
            prompt=prompt,
            option=option,
            quantity=quantity,
            duration=duration,
        )
        return self._call(
            _video__reference_to_video._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__reference_to_video,
            wait=wait,
        )

    def video_to_video(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        image_url: str | Unset = "",
        prompt: str | Unset = "",
        option: str | Unset = "KlingO",
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Video to video.

        Modifies `video_url` from `prompt`. Optional `image_url` as reference.

        ``POST /v2/video/video-to-video``

        Args:
            video_url (str):
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            image_url (str | Unset):  Default: ''.
            prompt (str | Unset):  Default: ''.
            option (str | Unset): Known values: KlingO, HappyHorse, Grok, SeedanceFast, LumaModify.
                Default: 'KlingO'.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = VideoToVideoRequest(
            video_url=video_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            image_url=image_url,
            prompt=prompt,
            option=option,
        )
        return self._call(
            _video__video_to_video._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__video_to_video,
            wait=wait,
        )

    def attach_audio(
        self,
        *,
        video_url: str,
        audio_url: str,
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        attach_mode: AttachAudioRequestAttachMode | Unset = "MatchVideo",
        video_duration: float | None | Unset = UNSET,
        audio_duration: float | None | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Attach audio.

        Attaches `audio_url` to `video_url`.

        ``POST /v2/video/audio``

        Args:
            video_url (str):
            audio_url (str):
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            attach_mode (AttachAudioRequestAttachMode | Unset):  Default: 'MatchVideo'.
            video_duration (float | None | Unset):
            audio_duration (float | None | Unset):
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = AttachAudioRequest(
            video_url=video_url,
            audio_url=audio_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            attach_mode=attach_mode,
            video_duration=video_duration,
            audio_duration=audio_duration,
        )
        return self._call(
            _video__attach_audio._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__attach_audio,
            wait=wait,
        )


class VideoResourceWithRawResponse:
    """``client.with_raw_response.video``: the same methods, answering ``RawResponse[T]``."""

    def __init__(self, resource: VideoResource) -> None:
        self.upload = to_raw_response_wrapper(resource.upload)
        self.estimate_credits = to_raw_response_wrapper(resource.estimate_credits)
        self.crop = to_raw_response_wrapper(resource.crop)
        self.reframe = to_raw_response_wrapper(resource.reframe)
        self.enhance = to_raw_response_wrapper(resource.enhance)
        self.add_sound_effect = to_raw_response_wrapper(resource.add_sound_effect)
        self.avatar_lip_sync = to_raw_response_wrapper(resource.avatar_lip_sync)
        self.lip_sync = to_raw_response_wrapper(resource.lip_sync)
        self.effects = to_raw_response_wrapper(resource.effects)
        self.replace_background = to_raw_response_wrapper(resource.replace_background)
        self.reference_to_video = to_raw_response_wrapper(resource.reference_to_video)
        self.video_to_video = to_raw_response_wrapper(resource.video_to_video)
        self.attach_audio = to_raw_response_wrapper(resource.attach_audio)


class AsyncVideoResource(AsyncResource):
    """Operations tagged ``video``: ``client.video.<method>(...)``."""

    async def upload(
        self,
        video_file: FileInput,
        *,
        video_url: str | Unset = "",
        video_file_path: Any | Unset = UNSET,
        asset_id: Any | Unset = UNSET,
        removing_asset_args: Any | Unset = UNSET,
        option: Any | Unset = "UploadVideo",
        video_duration: Any | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
    ) -> Asset:
        """Upload video.

        Uploads a video file and returns an asset whose `results` contain the hosted URL.
        multipart/form-data with the field `video_file` only (no JSON body).

        ``POST /v2/video``

        Args:
            video_file: a file to upload: path, bytes or binary file object (streamed). Input video file.
            video_url (str | Unset):  Default: ''.
            video_file_path (Any | Unset):
            asset_id (Any | Unset):
            removing_asset_args (Any | Unset):
            option (Any | Unset):  Default: 'UploadVideo'.
            video_duration (Any | Unset):
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        with ExitStack() as _files:
            _body = UploadVideoRequest(
                video_file=to_file(video_file, _files),
            )
            return await self._call(
                _video__upload_video._get_kwargs(
                    body=_body,
                    video_url=video_url,
                    video_file_path=video_file_path,
                    asset_id=asset_id,
                    removing_asset_args=removing_asset_args,
                    option=option,
                    video_duration=video_duration,
                    authorization=authorization,
                    username=username,
                    x_client_type=x_client_type,
                ),
                _parse_video__upload_video,
            )

    async def estimate_credits(
        self,
        *,
        option: str,
        app_name: VideoEstimateCreditsRequestAppName | Unset = "reference-to-video",
        quantity: int | Unset = 1,
        prompt: str | Unset = "",
        duration: int | None | Unset = UNSET,
        video_duration: float | None | Unset = UNSET,
    ) -> CreditEstimate:
        """Estimate video credits.

        Estimates credits for a video route without creating an asset. Same pricing as the matching
        `POST /v2/video/` handler. Like the image estimate, the key is optional.

        ``POST /v2/video/estimate-credits``

        Args:
            option (str): Model/tool option on the target video endpoint (e.g. `KlingO`,
                `AutoLipSync`).
            app_name (VideoEstimateCreditsRequestAppName | Unset): Internal route id on the asset
                record (same as the target route); `upload-video` costs 0 credits. Default: 'reference-
                to-video'.
            quantity (int | Unset):  Default: 1.
            prompt (str | Unset): Used for AvatarLipSync-style length-based pricing when applicable.
                Default: ''.
            duration (int | None | Unset): Same as `duration` on video routes; billed in 5-second
                blocks.
            video_duration (float | None | Unset): Explicit seconds override (alias of `duration`
                for video apps).

        Returns:
            CreditEstimate

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
        """

        _body = VideoEstimateCreditsRequest(
            option=option,
            app_name=app_name,
            quantity=quantity,
            prompt=prompt,
            duration=duration,
            video_duration=video_duration,
        )
        return await self._call(
            _video__estimate_video_credits._get_kwargs(
                body=_body,
            ),
            _parse_video__estimate_video_credits,
        )

    async def crop(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        aspect_ratio: str | Unset = "16:9",
        offset_x: int | None | Unset = UNSET,
        offset_y: int | None | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Crop video.

        Crops `video_url` to `aspect_ratio`. Optional `offset_x` / `offset_y` set the crop origin
        (default: center). Most clients should use `async_mode: true` (the default).

        ``POST /v2/video/crop-to-aspect-ratio``

        Args:
            video_url (str):
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            aspect_ratio (str | Unset):  Default: '16:9'.
            offset_x (int | None | Unset):
            offset_y (int | None | Unset):
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = CropVideoRequest(
            video_url=video_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            aspect_ratio=aspect_ratio,
            offset_x=offset_x,
            offset_y=offset_y,
        )
        return await self._call(
            _video__crop_video._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__crop_video,
            wait=wait,
        )

    async def reframe(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        aspect_ratio: str | Unset = "16:9",
        prompt: str | Unset = "Make it realistic",
        grid_position_x: int | None | Unset = UNSET,
        grid_position_y: int | None | Unset = UNSET,
        x_start: int | None | Unset = UNSET,
        x_end: int | None | Unset = UNSET,
        y_start: int | None | Unset = UNSET,
        y_end: int | None | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Reframe video.

        AI reframing (Luma) to a new `aspect_ratio` using `prompt`. Optional grid/position fields
        fine-tune the frame.

        ``POST /v2/video/reframe``

        Args:
            video_url (str):
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            aspect_ratio (str | Unset):  Default: '16:9'.
            prompt (str | Unset):  Default: 'Make it realistic'.
            grid_position_x (int | None | Unset):
            grid_position_y (int | None | Unset):
            x_start (int | None | Unset):
            x_end (int | None | Unset):
            y_start (int | None | Unset):
            y_end (int | None | Unset):
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = ReframeVideoRequest(
            video_url=video_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            aspect_ratio=aspect_ratio,
            prompt=prompt,
            grid_position_x=grid_position_x,
            grid_position_y=grid_position_y,
            x_start=x_start,
            x_end=x_end,
            y_start=y_start,
            y_end=y_end,
        )
        return await self._call(
            _video__reframe_video._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__reframe_video,
            wait=wait,
        )

    async def enhance(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        enhance_mode: EnhanceVideoRequestEnhanceMode | Unset = "4X&DeepClean",
        compression_scale: str | Unset = "0.5",
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Enhance video.

        Enhances `video_url` (upscale and/or deep clean).

        ``POST /v2/video/enhance``

        Args:
            video_url (str):
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            enhance_mode (EnhanceVideoRequestEnhanceMode | Unset):  Default: '4X&DeepClean'.
            compression_scale (str | Unset): From 0 to 1, as a string. Default: '0.5'.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = EnhanceVideoRequest(
            video_url=video_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            enhance_mode=enhance_mode,
            compression_scale=compression_scale,
        )
        return await self._call(
            _video__enhance_video._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__enhance_video,
            wait=wait,
        )

    async def add_sound_effect(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        prompt: str | Unset = "",
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Add sound effect.

        Adds an AI sound effect described by `prompt` to `video_url`.

        ``POST /v2/video/sound-effect``

        Args:
            video_url (str):
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            prompt (str | Unset): Prompt describing the sound effect. Default: ''.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = SoundEffectRequest(
            video_url=video_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            prompt=prompt,
        )
        return await self._call(
            _video__add_sound_effect._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__add_sound_effect,
            wait=wait,
        )

    async def avatar_lip_sync(
        self,
        *,
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        avatar_id: str | Unset = "",
        voice_id: str | Unset = "",
        prompt: str | Unset = "",
        bg_image_url: str | Unset = "",
        audio_url: str | Unset = "",
        aspect_ratio: AvatarLipSyncRequestAspectRatio | Unset = "16:9",
        show_caption: AvatarLipSyncRequestShowCaption | Unset = "On",
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Avatar lip-sync video.

        Creatify talking-avatar video. Provide `avatar_id`, `voice_id` and `prompt`. Optional
        `bg_image_url`, `audio_url`, `aspect_ratio`, `show_caption`. Avatars and voices are listed
        by internal routes that are not in the public schema.

        ``POST /v2/video/avatars/lip-sync``

        Args:
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            avatar_id (str | Unset):  Default: ''.
            voice_id (str | Unset):  Default: ''.
            prompt (str | Unset): Speech script for the avatar. Default: ''.
            bg_image_url (str | Unset):  Default: ''.
            audio_url (str | Unset):  Default: ''.
            aspect_ratio (AvatarLipSyncRequestAspectRatio | Unset):  Default: '16:9'.
            show_caption (AvatarLipSyncRequestShowCaption | Unset):  Default: 'On'.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = AvatarLipSyncRequest(
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            avatar_id=avatar_id,
            voice_id=voice_id,
            prompt=prompt,
            bg_image_url=bg_image_url,
            audio_url=audio_url,
            aspect_ratio=aspect_ratio,
            show_caption=show_caption,
        )
        return await self._call(
            _video__avatar_lip_sync._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__avatar_lip_sync,
            wait=wait,
        )

    async def lip_sync(
        self,
        *,
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        image_url: str | Unset = "",
        video_url: str | Unset = "",
        audio_url: str | Unset = "",
        prompt: str | Unset = "",
        option: str | Unset = "AutoLipSync",
        voice: str | Unset = "AutoV",
        video_duration: float | None | Unset = UNSET,
        audio_duration: float | None | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Lip-sync video.

        Lip-sync using URLs only. Visual: `image_url` and/or `video_url`. Audio: `audio_url`, or
        `prompt` + `voice` for text-to-speech.

        ``POST /v2/video/lip-sync``

        Args:
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            image_url (str | Unset):  Default: ''.
            video_url (str | Unset):  Default: ''.
            audio_url (str | Unset):  Default: ''.
            prompt (str | Unset): Speech prompt when generating audio from text. Default: ''.
            option (str | Unset): Lip-sync tool. Known values: AutoLipSync, SyncLipSync,
                HummingBird, NewportLipSync, KlingAvatar, PVideo, NewportDreamAvatar. Default:
                'AutoLipSync'.
            voice (str | Unset):  Default: 'AutoV'.
            video_duration (float | None | Unset):
            audio_duration (float | None | Unset):
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = LipSyncRequest(
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            image_url=image_url,
            video_url=video_url,
            audio_url=audio_url,
            prompt=prompt,
            option=option,
            voice=voice,
            video_duration=video_duration,
            audio_duration=audio_duration,
        )
        return await self._call(
            _video__lip_sync._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__lip_sync,
            wait=wait,
        )

    async def effects(
        self,
        *,
        image_url: str,
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        ref_image_url: str | Unset = "",
        option: str | Unset = "HiggsfieldEffects",
        effect: str | Unset = "BulletTime",
        prompt: str | Unset = "",
        aspect_ratio: None | str | Unset = UNSET,
        quantity: int | Unset = 1,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Video effects.

        Motion effect from `image_url`. Use `ref_image_url` for two-subject effects (e.g. hug). Set
        `aspect_ratio` when the provider supports it.

        ``POST /v2/video/video-effects``

        Args:
            image_url (str):
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            ref_image_url (str | Unset):  Default: ''.
            option (str | Unset): Known values: PikaEffects, KlingEffects, WanEffects, ViduEffects,
                PixverseEffects, HiggsfieldEffects. Default: 'HiggsfieldEffects'.
            effect (str | Unset):  Default: 'BulletTime'.
            prompt (str | Unset):  Default: ''.
            aspect_ratio (None | str | Unset):
            quantity (int | Unset):  Default: 1.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = VideoEffectsRequest(
            image_url=image_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            ref_image_url=ref_image_url,
            option=option,
            effect=effect,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            quantity=quantity,
        )
        return await self._call(
            _video__video_effects._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__video_effects,
            wait=wait,
        )

    async def replace_background(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        bg_image_url: str | Unset = "",
        bg_video_url: str | Unset = "",
        chroma_key_color: str | Unset = "origin",
        chroma_tolerance: str | Unset = "0.1",
        prompt: str | Unset = "",
        overlay_scale: str | Unset = "0.6666",
        alignment: ReplaceVideoBackgroundRequestAlignment | Unset = "center",
        start_time: str | Unset = "0",
        crop_to_content: bool | Unset = True,
        x_offset: int | Unset = 0,
        y_offset: int | Unset = 0,
        use_rembg_lib: bool | Unset = False,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Replace video background.

        Composites `video_url` over `bg_image_url` and/or `bg_video_url`. Tune `chroma_key_color`,
        `overlay_scale`, `alignment`, offsets, etc.

        ``POST /v2/video/replace-background``

        Args:
            video_url (str):
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            bg_image_url (str | Unset):  Default: ''.
            bg_video_url (str | Unset):  Default: ''.
            chroma_key_color (str | Unset):  Default: 'origin'.
            chroma_tolerance (str | Unset):  Default: '0.1'.
            prompt (str | Unset):  Default: ''.
            overlay_scale (str | Unset):  Default: '0.6666'.
            alignment (ReplaceVideoBackgroundRequestAlignment | Unset):  Default: 'center'.
            start_time (str | Unset):  Default: '0'.
            crop_to_content (bool | Unset):  Default: True.
            x_offset (int | Unset):  Default: 0.
            y_offset (int | Unset):  Default: 0.
            use_rembg_lib (bool | Unset):  Default: False.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = ReplaceVideoBackgroundRequest(
            video_url=video_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            bg_image_url=bg_image_url,
            bg_video_url=bg_video_url,
            chroma_key_color=chroma_key_color,
            chroma_tolerance=chroma_tolerance,
            prompt=prompt,
            overlay_scale=overlay_scale,
            alignment=alignment,
            start_time=start_time,
            crop_to_content=crop_to_content,
            x_offset=x_offset,
            y_offset=y_offset,
            use_rembg_lib=use_rembg_lib,
        )
        return await self._call(
            _video__replace_video_background._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__replace_video_background,
            wait=wait,
        )

    async def reference_to_video(
        self,
        *,
        image_urls: list[str],
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        elements: list[str] | Unset = UNSET,
        aspect_ratio: str | Unset = "16:9",
        prompt: str | Unset = "",
        option: str | Unset = "KlingO",
        quantity: int | Unset = 1,
        duration: int | Unset = 5,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Reference to video.

        Generates video from `image_urls` (at least one) and `prompt`. `elements`: optional URL
        groups for element-aware tools.

        ``POST /v2/video/reference-to-video``

        Args:
            image_urls (list[str]):
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            elements (list[str] | Unset): Optional URL groups for element-aware tools.
            aspect_ratio (str | Unset):  Default: '16:9'.
            prompt (str | Unset):  Default: ''.
            option (str | Unset): Known values: AutoR, KlingO, HappyHorse, Grok, SeedanceFast,
                VeoReference, ViduReference, HeygenAgent, PikaScenes, MinimaxReference. Default:
                'KlingO'.
            quantity (int | Unset):  Default: 1.
            duration (int | Unset):  Default: 5.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = ReferenceToVideoRequest(
            image_urls=image_urls,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            elements=elements,
            aspect_ratio=aspect_ratio,
            prompt=prompt,
            option=option,
            quantity=quantity,
            duration=duration,
        )
        return await self._call(
            _video__reference_to_video._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__reference_to_video,
            wait=wait,
        )

    async def video_to_video(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        image_url: str | Unset = "",
        prompt: str | Unset = "",
        option: str | Unset = "KlingO",
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Video to video.

        Modifies `video_url` from `prompt`. Optional `image_url` as reference.

        ``POST /v2/video/video-to-video``

        Args:
            video_url (str):
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            image_url (str | Unset):  Default: ''.
            prompt (str | Unset):  Default: ''.
            option (str | Unset): Known values: KlingO, HappyHorse, Grok, SeedanceFast, LumaModify.
                Default: 'KlingO'.
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = VideoToVideoRequest(
            video_url=video_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            image_url=image_url,
            prompt=prompt,
            option=option,
        )
        return await self._call(
            _video__video_to_video._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__video_to_video,
            wait=wait,
        )

    async def attach_audio(
        self,
        *,
        video_url: str,
        audio_url: str,
        async_mode: bool | Unset = True,
        webhook_url: None | str | Unset = UNSET,
        attach_mode: AttachAudioRequestAttachMode | Unset = "MatchVideo",
        video_duration: float | None | Unset = UNSET,
        audio_duration: float | None | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
    ) -> Asset:
        """Attach audio.

        Attaches `audio_url` to `video_url`.

        ``POST /v2/video/audio``

        Args:
            video_url (str):
            audio_url (str):
            async_mode (bool | Unset): Answer at once with `status` `processing`; poll the asset by
                id. Default: True.
            webhook_url (None | str | Unset): Optional URL that receives a `POST` when the job is
                complete.
            attach_mode (AttachAudioRequestAttachMode | Unset):  Default: 'MatchVideo'.
            video_duration (float | None | Unset):
            audio_duration (float | None | Unset):
            authorization (None | str | Unset):
            username (None | str | Unset):
            x_client_type (None | str | Unset):
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """

        _body = AttachAudioRequest(
            video_url=video_url,
            audio_url=audio_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            attach_mode=attach_mode,
            video_duration=video_duration,
            audio_duration=audio_duration,
        )
        return await self._call(
            _video__attach_audio._get_kwargs(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video__attach_audio,
            wait=wait,
        )


class AsyncVideoResourceWithRawResponse:
    """``client.with_raw_response.video``: the same methods, answering ``RawResponse[T]``."""

    def __init__(self, resource: AsyncVideoResource) -> None:
        self.upload = async_to_raw_response_wrapper(resource.upload)
        self.estimate_credits = async_to_raw_response_wrapper(resource.estimate_credits)
        self.crop = async_to_raw_response_wrapper(resource.crop)
        self.reframe = async_to_raw_response_wrapper(resource.reframe)
        self.enhance = async_to_raw_response_wrapper(resource.enhance)
        self.add_sound_effect = async_to_raw_response_wrapper(resource.add_sound_effect)
        self.avatar_lip_sync = async_to_raw_response_wrapper(resource.avatar_lip_sync)
        self.lip_sync = async_to_raw_response_wrapper(resource.lip_sync)
        self.effects = async_to_raw_response_wrapper(resource.effects)
        self.replace_background = async_to_raw_response_wrapper(resource.replace_background)
        self.reference_to_video = async_to_raw_response_wrapper(resource.reference_to_video)
        self.video_to_video = async_to_raw_response_wrapper(resource.video_to_video)
        self.attach_audio = async_to_raw_response_wrapper(resource.attach_audio)


class Vimmerse(SyncAPIClient):
    """Synchronous client of the Vimmerse API.

    ``Vimmerse(api_key=None, base_url=None, timeout=DEFAULT_TIMEOUT, max_retries=2,
    default_headers=None, http_client=None, allow_insecure_http=False)``

    The key comes from ``api_key`` or ``$VIMMERSE_API_KEY``; the server from ``base_url``,
    ``$VIMMERSE_BASE_URL`` or https://api.vimmerse.net. The default timeout allows 5 s to
    connect and 600 s to read, enough for a synchronous generation.

    Resources:
        assets: AssetsResource
        image: ImageResource
        media: MediaResource
        text: TextResource
        video: VideoResource
    """

    @cached_property
    def assets(self) -> AssetsResource:
        return AssetsResource(self)

    @cached_property
    def image(self) -> ImageResource:
        return ImageResource(self)

    @cached_property
    def media(self) -> MediaResource:
        return MediaResource(self)

    @cached_property
    def text(self) -> TextResource:
        return TextResource(self)

    @cached_property
    def video(self) -> VideoResource:
        return VideoResource(self)

    @cached_property
    def with_raw_response(self) -> VimmerseWithRawResponse:
        """Every operation, answering ``RawResponse[T]`` (status, headers, body, ``.parse()``)."""
        return VimmerseWithRawResponse(self)


class VimmerseWithRawResponse:
    def __init__(self, client: Vimmerse) -> None:
        self._client = client

    @cached_property
    def assets(self) -> AssetsResourceWithRawResponse:
        return AssetsResourceWithRawResponse(self._client.assets)

    @cached_property
    def image(self) -> ImageResourceWithRawResponse:
        return ImageResourceWithRawResponse(self._client.image)

    @cached_property
    def media(self) -> MediaResourceWithRawResponse:
        return MediaResourceWithRawResponse(self._client.media)

    @cached_property
    def text(self) -> TextResourceWithRawResponse:
        return TextResourceWithRawResponse(self._client.text)

    @cached_property
    def video(self) -> VideoResourceWithRawResponse:
        return VideoResourceWithRawResponse(self._client.video)


class AsyncVimmerse(AsyncAPIClient):
    """Asynchronous client of the Vimmerse API.

    ``AsyncVimmerse(api_key=None, base_url=None, timeout=DEFAULT_TIMEOUT, max_retries=2,
    default_headers=None, http_client=None, allow_insecure_http=False)``

    The key comes from ``api_key`` or ``$VIMMERSE_API_KEY``; the server from ``base_url``,
    ``$VIMMERSE_BASE_URL`` or https://api.vimmerse.net. The default timeout allows 5 s to
    connect and 600 s to read, enough for a synchronous generation.

    Resources:
        assets: AsyncAssetsResource
        image: AsyncImageResource
        media: AsyncMediaResource
        text: AsyncTextResource
        video: AsyncVideoResource
    """

    @cached_property
    def assets(self) -> AsyncAssetsResource:
        return AsyncAssetsResource(self)

    @cached_property
    def image(self) -> AsyncImageResource:
        return AsyncImageResource(self)

    @cached_property
    def media(self) -> AsyncMediaResource:
        return AsyncMediaResource(self)

    @cached_property
    def text(self) -> AsyncTextResource:
        return AsyncTextResource(self)

    @cached_property
    def video(self) -> AsyncVideoResource:
        return AsyncVideoResource(self)

    @cached_property
    def with_raw_response(self) -> AsyncVimmerseWithRawResponse:
        """Every operation, answering ``RawResponse[T]`` (status, headers, body, ``.parse()``)."""
        return AsyncVimmerseWithRawResponse(self)


class AsyncVimmerseWithRawResponse:
    def __init__(self, client: AsyncVimmerse) -> None:
        self._client = client

    @cached_property
    def assets(self) -> AsyncAssetsResourceWithRawResponse:
        return AsyncAssetsResourceWithRawResponse(self._client.assets)

    @cached_property
    def image(self) -> AsyncImageResourceWithRawResponse:
        return AsyncImageResourceWithRawResponse(self._client.image)

    @cached_property
    def media(self) -> AsyncMediaResourceWithRawResponse:
        return AsyncMediaResourceWithRawResponse(self._client.media)

    @cached_property
    def text(self) -> AsyncTextResourceWithRawResponse:
        return AsyncTextResourceWithRawResponse(self._client.text)

    @cached_property
    def video(self) -> AsyncVideoResourceWithRawResponse:
        return AsyncVideoResourceWithRawResponse(self._client.video)
