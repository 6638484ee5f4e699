# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""``client.video``: Upload, generate and edit videos (v2, JSON except the upload)."""

from __future__ import annotations

from contextlib import ExitStack
from typing import Any, cast  # noqa: F401 - used by some specs' answers

import httpx

from vimmerse_core._files import FileInput, to_file
from vimmerse_core._path import path_segment  # noqa: F401 - used by routes with path parameters
from vimmerse_core._request_options import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestOptions
from vimmerse_core._resources import AsyncResource, SyncResource
from vimmerse_core._response import async_to_raw_response_wrapper, to_raw_response_wrapper

from ..models.asset import Asset
from ..models.attach_audio_request import AttachAudioRequest
from ..models.attach_audio_request_attach_mode import AttachAudioRequestAttachMode
from ..models.avatar_lip_sync_request import AvatarLipSyncRequest
from ..models.avatar_lip_sync_request_aspect_ratio import AvatarLipSyncRequestAspectRatio
from ..models.avatar_lip_sync_request_show_caption import AvatarLipSyncRequestShowCaption
from ..models.credit_estimate import CreditEstimate
from ..models.crop_video_request import CropVideoRequest
from ..models.enhance_video_request import EnhanceVideoRequest
from ..models.enhance_video_request_enhance_mode import EnhanceVideoRequestEnhanceMode
from ..models.lip_sync_request import LipSyncRequest
from ..models.reference_to_video_request import ReferenceToVideoRequest
from ..models.reframe_video_request import ReframeVideoRequest
from ..models.replace_video_background_request import ReplaceVideoBackgroundRequest
from ..models.replace_video_background_request_alignment import (
    ReplaceVideoBackgroundRequestAlignment,
)
from ..models.sound_effect_request import SoundEffectRequest
from ..models.upload_video_request import UploadVideoRequest
from ..models.video_effects_request import VideoEffectsRequest
from ..models.video_estimate_credits_request import VideoEstimateCreditsRequest
from ..models.video_estimate_credits_request_app_name import VideoEstimateCreditsRequestAppName
from ..models.video_to_video_request import VideoToVideoRequest
from ..types import UNSET, Unset

__all__ = [
    "AsyncVideoResource",
    "AsyncVideoResourceWithRawResponse",
    "VideoResource",
    "VideoResourceWithRawResponse",
]


def _upload_video_request(
    *,
    body: UploadVideoRequest,
    video_url: str | Unset = "",
    video_file_path: Any | Unset = UNSET,
    asset_id: Any | Unset = UNSET,
    removing_asset_args: Any | Unset = UNSET,
    option: Any | Unset = "UploadVideo",
    video_duration: Any | Unset = UNSET,
    authorization: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    x_client_type: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["Authorization"] = authorization

    if not isinstance(username, Unset):
        headers["Username"] = username

    if not isinstance(x_client_type, Unset):
        headers["X-Client-Type"] = x_client_type

    params: dict[str, Any] = {}

    params["video_url"] = video_url

    params["video_file_path"] = video_file_path

    params["asset_id"] = asset_id

    params["removing_asset_args"] = removing_asset_args

    params["option"] = option

    params["video_duration"] = video_duration

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/video",
        "params": params,
    }
    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_upload_video(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _estimate_video_credits_request(
    *,
    body: VideoEstimateCreditsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/video/estimate-credits",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_estimate_video_credits(response: httpx.Response) -> CreditEstimate:
    response_200 = CreditEstimate.from_dict(response.json())

    return response_200


def _crop_video_request(
    *,
    body: CropVideoRequest,
    authorization: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    x_client_type: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["Authorization"] = authorization

    if not isinstance(username, Unset):
        headers["Username"] = username

    if not isinstance(x_client_type, Unset):
        headers["X-Client-Type"] = x_client_type

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/video/crop-to-aspect-ratio",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_crop_video(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _reframe_video_request(
    *,
    body: ReframeVideoRequest,
    authorization: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    x_client_type: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["Authorization"] = authorization

    if not isinstance(username, Unset):
        headers["Username"] = username

    if not isinstance(x_client_type, Unset):
        headers["X-Client-Type"] = x_client_type

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/video/reframe",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_reframe_video(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _enhance_video_request(
    *,
    body: EnhanceVideoRequest,
    authorization: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    x_client_type: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["Authorization"] = authorization

    if not isinstance(username, Unset):
        headers["Username"] = username

    if not isinstance(x_client_type, Unset):
        headers["X-Client-Type"] = x_client_type

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/video/enhance",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_enhance_video(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _add_sound_effect_request(
    *,
    body: SoundEffectRequest,
    authorization: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    x_client_type: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["Authorization"] = authorization

    if not isinstance(username, Unset):
        headers["Username"] = username

    if not isinstance(x_client_type, Unset):
        headers["X-Client-Type"] = x_client_type

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/video/sound-effect",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_add_sound_effect(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _avatar_lip_sync_request(
    *,
    body: AvatarLipSyncRequest,
    authorization: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    x_client_type: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["Authorization"] = authorization

    if not isinstance(username, Unset):
        headers["Username"] = username

    if not isinstance(x_client_type, Unset):
        headers["X-Client-Type"] = x_client_type

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/video/avatars/lip-sync",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_avatar_lip_sync(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _lip_sync_request(
    *,
    body: LipSyncRequest,
    authorization: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    x_client_type: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["Authorization"] = authorization

    if not isinstance(username, Unset):
        headers["Username"] = username

    if not isinstance(x_client_type, Unset):
        headers["X-Client-Type"] = x_client_type

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/video/lip-sync",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_lip_sync(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _video_effects_request(
    *,
    body: VideoEffectsRequest,
    authorization: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    x_client_type: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["Authorization"] = authorization

    if not isinstance(username, Unset):
        headers["Username"] = username

    if not isinstance(x_client_type, Unset):
        headers["X-Client-Type"] = x_client_type

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/video/video-effects",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_video_effects(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _replace_video_background_request(
    *,
    body: ReplaceVideoBackgroundRequest,
    authorization: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    x_client_type: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["Authorization"] = authorization

    if not isinstance(username, Unset):
        headers["Username"] = username

    if not isinstance(x_client_type, Unset):
        headers["X-Client-Type"] = x_client_type

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/video/replace-background",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_replace_video_background(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _reference_to_video_request(
    *,
    body: ReferenceToVideoRequest,
    authorization: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    x_client_type: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["Authorization"] = authorization

    if not isinstance(username, Unset):
        headers["Username"] = username

    if not isinstance(x_client_type, Unset):
        headers["X-Client-Type"] = x_client_type

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/video/reference-to-video",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_reference_to_video(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _video_to_video_request(
    *,
    body: VideoToVideoRequest,
    authorization: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    x_client_type: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["Authorization"] = authorization

    if not isinstance(username, Unset):
        headers["Username"] = username

    if not isinstance(x_client_type, Unset):
        headers["X-Client-Type"] = x_client_type

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/video/video-to-video",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_video_to_video(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _attach_audio_request(
    *,
    body: AttachAudioRequest,
    authorization: None | str | Unset = UNSET,
    username: None | str | Unset = UNSET,
    x_client_type: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(authorization, Unset):
        headers["Authorization"] = authorization

    if not isinstance(username, Unset):
        headers["Username"] = username

    if not isinstance(x_client_type, Unset):
        headers["X-Client-Type"] = x_client_type

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/video/audio",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_attach_audio(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


class VideoResource(SyncResource):
    """``client.video``: Upload, generate and edit videos (v2, JSON except the upload)."""

    def upload(
        self,
        video_file: FileInput,
        *,
        video_url: str | Unset = UNSET,
        video_file_path: Any | Unset = UNSET,
        asset_id: Any | Unset = UNSET,
        removing_asset_args: Any | Unset = UNSET,
        option: Any | Unset = UNSET,
        video_duration: Any | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Upload video.

        Uploads a video file and returns an asset whose `results` contain the hosted URL. Content-
        Type: multipart/form-data, with the field `video_file` only (no JSON body).

        ``POST /v2/video``

        Args:
            video_file: a file to upload: path, bytes or binary file object (streamed). Input video
                file.
            video_url: Server default: "" (sent only when given).
            video_file_path:
            asset_id:
            removing_asset_args:
            option: Server default: "UploadVideo" (sent only when given).
            video_duration:
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        with ExitStack() as _files:
            _body = UploadVideoRequest(
                video_file=to_file(video_file, _files),
            )
            return self._call(
                _upload_video_request(
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
                _parse_upload_video,
                call=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            )

    def estimate_credits(
        self,
        *,
        option: str,
        app_name: VideoEstimateCreditsRequestAppName | Unset = UNSET,
        quantity: int | Unset = UNSET,
        prompt: str | Unset = UNSET,
        duration: int | None | Unset = UNSET,
        video_duration: float | None | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> CreditEstimate:
        """Estimate video credits.

        Estimates credits for a video route without creating an asset. Same pricing as the matching
        `POST /v2/video/` handler. Like the image estimate, the key is optional.

        ``POST /v2/video/estimate-credits``

        Args:
            option: Model/tool option on the target video endpoint (e.g. `KlingO`, `AutoLipSync`).
            app_name: Internal route id on the asset record (same as the target route); `upload-
                video` costs 0 credits. Server default: "reference-to-video" (sent only when given).
            quantity: Server default: 1 (sent only when given).
            prompt: Used for AvatarLipSync-style length-based pricing when applicable. Server
                default: "" (sent only when given).
            duration: Same as `duration` on video routes; billed in 5-second blocks.
            video_duration: Explicit seconds override (alias of `duration` for video apps).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            CreditEstimate

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _estimate_video_credits_request(body=_body),
            _parse_estimate_video_credits,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def crop(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        aspect_ratio: str | Unset = UNSET,
        offset_x: int | None | Unset = UNSET,
        offset_y: int | None | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Crop video.

        Crops `video_url` to `aspect_ratio`. Optional `offset_x` / `offset_y` set the crop origin
        (default: center). Most clients should use `async_mode: true` (the default).

        ``POST /v2/video/crop-to-aspect-ratio``

        Args:
            video_url:
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            aspect_ratio: Server default: "16:9" (sent only when given).
            offset_x:
            offset_y:
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _crop_video_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_crop_video,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def reframe(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        aspect_ratio: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Reframe video.

        AI reframing (Luma) to a new `aspect_ratio` using `prompt`. Optional grid/position fields
        fine-tune the frame.

        ``POST /v2/video/reframe``

        Args:
            video_url:
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            aspect_ratio: Server default: "16:9" (sent only when given).
            prompt: Server default: "Make it realistic" (sent only when given).
            grid_position_x:
            grid_position_y:
            x_start:
            x_end:
            y_start:
            y_end:
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _reframe_video_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_reframe_video,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def enhance(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        enhance_mode: EnhanceVideoRequestEnhanceMode | Unset = UNSET,
        compression_scale: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Enhance video.

        Enhances `video_url` (upscale and/or deep clean).

        ``POST /v2/video/enhance``

        Args:
            video_url:
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            enhance_mode: Server default: "4X&DeepClean" (sent only when given).
            compression_scale: From 0 to 1, as a string. Server default: "0.5" (sent only when
                given).
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _enhance_video_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_enhance_video,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def add_sound_effect(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Add sound effect.

        Adds an AI sound effect described by `prompt` to `video_url`.

        ``POST /v2/video/sound-effect``

        Args:
            video_url:
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            prompt: Prompt describing the sound effect. Server default: "" (sent only when given).
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """
        _body = SoundEffectRequest(
            video_url=video_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            prompt=prompt,
        )
        return self._call(
            _add_sound_effect_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_add_sound_effect,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def avatar_lip_sync(
        self,
        *,
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        avatar_id: str | Unset = UNSET,
        voice_id: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        bg_image_url: str | Unset = UNSET,
        audio_url: str | Unset = UNSET,
        aspect_ratio: AvatarLipSyncRequestAspectRatio | Unset = UNSET,
        show_caption: AvatarLipSyncRequestShowCaption | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Avatar lip-sync video.

        Creatify talking-avatar video. Provide `avatar_id`, `voice_id` and `prompt`. Optional
        `bg_image_url`, `audio_url`, `aspect_ratio`, `show_caption`. Avatars and voices are listed
        by internal routes that are not in the public schema.

        ``POST /v2/video/avatars/lip-sync``

        Args:
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            avatar_id: Server default: "" (sent only when given).
            voice_id: Server default: "" (sent only when given).
            prompt: Speech script for the avatar. Server default: "" (sent only when given).
            bg_image_url: Background Image URL. Server default: "" (sent only when given).
            audio_url: Background Audio URL. Server default: "" (sent only when given).
            aspect_ratio: Server default: "16:9" (sent only when given).
            show_caption: Server default: "On" (sent only when given).
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _avatar_lip_sync_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_avatar_lip_sync,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def lip_sync(
        self,
        *,
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        video_url: str | Unset = UNSET,
        audio_url: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        option: str | Unset = UNSET,
        voice: str | Unset = UNSET,
        video_duration: float | None | Unset = UNSET,
        audio_duration: float | None | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Lip-sync video.

        Lip-sync using URLs only. Visual: `image_url` and/or `video_url`. Audio: `audio_url`, or
        `prompt` + `voice` for text-to-speech.

        ``POST /v2/video/lip-sync``

        Args:
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            image_url: Server default: "" (sent only when given).
            video_url: Server default: "" (sent only when given).
            audio_url: Server default: "" (sent only when given).
            prompt: Speech prompt when generating audio from text. Server default: "" (sent only
                when given).
            option: Lip-sync tool. Known values: AutoLipSync, SyncLipSync, HummingBird,
                NewportLipSync, KlingAvatar, PVideo, NewportDreamAvatar (any other is sent as
                typed). Server default: "AutoLipSync" (sent only when given).
            voice: Narrator voice. Server default: "AutoV" (sent only when given).
            video_duration:
            audio_duration:
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _lip_sync_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_lip_sync,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def effects(
        self,
        *,
        image_url: str,
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        ref_image_url: str | Unset = UNSET,
        option: str | Unset = UNSET,
        effect: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        aspect_ratio: None | str | Unset = UNSET,
        quantity: int | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Video effects.

        Motion effect from `image_url`. Use `ref_image_url` for two-subject effects (e.g. hug). Set
        `aspect_ratio` when the provider supports it.

        ``POST /v2/video/video-effects``

        Args:
            image_url: Base image URL.
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            ref_image_url: Optional reference image URL. Server default: "" (sent only when given).
            option: Effects tool. Known values: PikaEffects, KlingEffects, WanEffects, ViduEffects,
                PixverseEffects, HiggsfieldEffects (any other is sent as typed). Server default:
                "HiggsfieldEffects" (sent only when given).
            effect: Effect name. Server default: "BulletTime" (sent only when given).
            prompt: Server default: "" (sent only when given).
            aspect_ratio:
            quantity: Server default: 1 (sent only when given).
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _video_effects_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video_effects,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def replace_background(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        bg_image_url: str | Unset = UNSET,
        bg_video_url: str | Unset = UNSET,
        chroma_key_color: str | Unset = UNSET,
        chroma_tolerance: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        overlay_scale: str | Unset = UNSET,
        alignment: ReplaceVideoBackgroundRequestAlignment | Unset = UNSET,
        start_time: str | Unset = UNSET,
        crop_to_content: bool | Unset = UNSET,
        x_offset: int | Unset = UNSET,
        y_offset: int | Unset = UNSET,
        use_rembg_lib: bool | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Replace video background.

        Composites `video_url` over `bg_image_url` and/or `bg_video_url`. Tune `chroma_key_color`,
        `overlay_scale`, `alignment`, offsets, etc.

        ``POST /v2/video/replace-background``

        Args:
            video_url: Foreground video URL.
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            bg_image_url: Background image URL. Server default: "" (sent only when given).
            bg_video_url: Background video URL. Server default: "" (sent only when given).
            chroma_key_color: Server default: "origin" (sent only when given).
            chroma_tolerance: Server default: "0.1" (sent only when given).
            prompt: Server default: "" (sent only when given).
            overlay_scale: Server default: "0.6666" (sent only when given).
            alignment: Server default: "center" (sent only when given).
            start_time: Background video start time. Server default: "0" (sent only when given).
            crop_to_content: Crop overlay to content. Server default: true (sent only when given).
            x_offset: Server default: 0 (sent only when given).
            y_offset: Server default: 0 (sent only when given).
            use_rembg_lib: Use rembg library. Server default: false (sent only when given).
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _replace_video_background_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_replace_video_background,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def reference_to_video(
        self,
        *,
        image_urls: list[str],
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        elements: list[str] | Unset = UNSET,
        aspect_ratio: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        option: str | Unset = UNSET,
        quantity: int | Unset = UNSET,
        duration: int | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Reference to video.

        Generates video from `image_urls` (at least one) and `prompt`. `elements`: optional URL
        groups for element-aware tools.

        ``POST /v2/video/reference-to-video``

        Args:
            image_urls: Reference image URLs.
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            elements: Optional URL groups for element-aware tools.
            aspect_ratio: Server default: "16:9" (sent only when given).
            prompt: Server default: "" (sent only when given).
            option: Video generation tool. Known values: AutoR, KlingO, HappyHorse, Grok,
                SeedanceFast, VeoReference, ViduReference, HeygenAgent, PikaScenes, MinimaxReference
                (any other is sent as typed). Server default: "KlingO" (sent only when given).
            quantity: Server default: 1 (sent only when given).
            duration: Duration (seconds). Server default: 5 (sent only when given).
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _reference_to_video_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_reference_to_video,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def video_to_video(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        option: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Video to video.

        Modifies `video_url` from `prompt`. Optional `image_url` as reference.

        ``POST /v2/video/video-to-video``

        Args:
            video_url: Source video URL.
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            image_url: Optional reference image URL. Server default: "" (sent only when given).
            prompt: Modification prompt. Server default: "" (sent only when given).
            option: Video modification tool. Known values: KlingO, HappyHorse, Grok, SeedanceFast,
                LumaModify (any other is sent as typed). Server default: "KlingO" (sent only when
                given).
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _video_to_video_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video_to_video,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def attach_audio(
        self,
        *,
        video_url: str,
        audio_url: str,
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        attach_mode: AttachAudioRequestAttachMode | Unset = UNSET,
        video_duration: float | None | Unset = UNSET,
        audio_duration: float | None | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Attach audio.

        Attaches `audio_url` to `video_url`.

        ``POST /v2/video/audio``

        Args:
            video_url:
            audio_url:
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            attach_mode: Server default: "MatchVideo" (sent only when given).
            video_duration:
            audio_duration:
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _attach_audio_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_attach_audio,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
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
    """``client.video``: Upload, generate and edit videos (v2, JSON except the upload)."""

    async def upload(
        self,
        video_file: FileInput,
        *,
        video_url: str | Unset = UNSET,
        video_file_path: Any | Unset = UNSET,
        asset_id: Any | Unset = UNSET,
        removing_asset_args: Any | Unset = UNSET,
        option: Any | Unset = UNSET,
        video_duration: Any | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Upload video.

        Uploads a video file and returns an asset whose `results` contain the hosted URL. Content-
        Type: multipart/form-data, with the field `video_file` only (no JSON body).

        ``POST /v2/video``

        Args:
            video_file: a file to upload: path, bytes or binary file object (streamed). Input video
                file.
            video_url: Server default: "" (sent only when given).
            video_file_path:
            asset_id:
            removing_asset_args:
            option: Server default: "UploadVideo" (sent only when given).
            video_duration:
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        with ExitStack() as _files:
            _body = UploadVideoRequest(
                video_file=to_file(video_file, _files),
            )
            return await self._call(
                _upload_video_request(
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
                _parse_upload_video,
                call=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            )

    async def estimate_credits(
        self,
        *,
        option: str,
        app_name: VideoEstimateCreditsRequestAppName | Unset = UNSET,
        quantity: int | Unset = UNSET,
        prompt: str | Unset = UNSET,
        duration: int | None | Unset = UNSET,
        video_duration: float | None | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> CreditEstimate:
        """Estimate video credits.

        Estimates credits for a video route without creating an asset. Same pricing as the matching
        `POST /v2/video/` handler. Like the image estimate, the key is optional.

        ``POST /v2/video/estimate-credits``

        Args:
            option: Model/tool option on the target video endpoint (e.g. `KlingO`, `AutoLipSync`).
            app_name: Internal route id on the asset record (same as the target route); `upload-
                video` costs 0 credits. Server default: "reference-to-video" (sent only when given).
            quantity: Server default: 1 (sent only when given).
            prompt: Used for AvatarLipSync-style length-based pricing when applicable. Server
                default: "" (sent only when given).
            duration: Same as `duration` on video routes; billed in 5-second blocks.
            video_duration: Explicit seconds override (alias of `duration` for video apps).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            CreditEstimate

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _estimate_video_credits_request(body=_body),
            _parse_estimate_video_credits,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def crop(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        aspect_ratio: str | Unset = UNSET,
        offset_x: int | None | Unset = UNSET,
        offset_y: int | None | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Crop video.

        Crops `video_url` to `aspect_ratio`. Optional `offset_x` / `offset_y` set the crop origin
        (default: center). Most clients should use `async_mode: true` (the default).

        ``POST /v2/video/crop-to-aspect-ratio``

        Args:
            video_url:
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            aspect_ratio: Server default: "16:9" (sent only when given).
            offset_x:
            offset_y:
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _crop_video_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_crop_video,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def reframe(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        aspect_ratio: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Reframe video.

        AI reframing (Luma) to a new `aspect_ratio` using `prompt`. Optional grid/position fields
        fine-tune the frame.

        ``POST /v2/video/reframe``

        Args:
            video_url:
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            aspect_ratio: Server default: "16:9" (sent only when given).
            prompt: Server default: "Make it realistic" (sent only when given).
            grid_position_x:
            grid_position_y:
            x_start:
            x_end:
            y_start:
            y_end:
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _reframe_video_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_reframe_video,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def enhance(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        enhance_mode: EnhanceVideoRequestEnhanceMode | Unset = UNSET,
        compression_scale: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Enhance video.

        Enhances `video_url` (upscale and/or deep clean).

        ``POST /v2/video/enhance``

        Args:
            video_url:
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            enhance_mode: Server default: "4X&DeepClean" (sent only when given).
            compression_scale: From 0 to 1, as a string. Server default: "0.5" (sent only when
                given).
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _enhance_video_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_enhance_video,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def add_sound_effect(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Add sound effect.

        Adds an AI sound effect described by `prompt` to `video_url`.

        ``POST /v2/video/sound-effect``

        Args:
            video_url:
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            prompt: Prompt describing the sound effect. Server default: "" (sent only when given).
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
            JobFailedError: with ``wait=True``, the job ended in ``fail``.
        """
        _body = SoundEffectRequest(
            video_url=video_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
            prompt=prompt,
        )
        return await self._call(
            _add_sound_effect_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_add_sound_effect,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def avatar_lip_sync(
        self,
        *,
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        avatar_id: str | Unset = UNSET,
        voice_id: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        bg_image_url: str | Unset = UNSET,
        audio_url: str | Unset = UNSET,
        aspect_ratio: AvatarLipSyncRequestAspectRatio | Unset = UNSET,
        show_caption: AvatarLipSyncRequestShowCaption | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Avatar lip-sync video.

        Creatify talking-avatar video. Provide `avatar_id`, `voice_id` and `prompt`. Optional
        `bg_image_url`, `audio_url`, `aspect_ratio`, `show_caption`. Avatars and voices are listed
        by internal routes that are not in the public schema.

        ``POST /v2/video/avatars/lip-sync``

        Args:
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            avatar_id: Server default: "" (sent only when given).
            voice_id: Server default: "" (sent only when given).
            prompt: Speech script for the avatar. Server default: "" (sent only when given).
            bg_image_url: Background Image URL. Server default: "" (sent only when given).
            audio_url: Background Audio URL. Server default: "" (sent only when given).
            aspect_ratio: Server default: "16:9" (sent only when given).
            show_caption: Server default: "On" (sent only when given).
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _avatar_lip_sync_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_avatar_lip_sync,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def lip_sync(
        self,
        *,
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        video_url: str | Unset = UNSET,
        audio_url: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        option: str | Unset = UNSET,
        voice: str | Unset = UNSET,
        video_duration: float | None | Unset = UNSET,
        audio_duration: float | None | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Lip-sync video.

        Lip-sync using URLs only. Visual: `image_url` and/or `video_url`. Audio: `audio_url`, or
        `prompt` + `voice` for text-to-speech.

        ``POST /v2/video/lip-sync``

        Args:
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            image_url: Server default: "" (sent only when given).
            video_url: Server default: "" (sent only when given).
            audio_url: Server default: "" (sent only when given).
            prompt: Speech prompt when generating audio from text. Server default: "" (sent only
                when given).
            option: Lip-sync tool. Known values: AutoLipSync, SyncLipSync, HummingBird,
                NewportLipSync, KlingAvatar, PVideo, NewportDreamAvatar (any other is sent as
                typed). Server default: "AutoLipSync" (sent only when given).
            voice: Narrator voice. Server default: "AutoV" (sent only when given).
            video_duration:
            audio_duration:
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _lip_sync_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_lip_sync,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def effects(
        self,
        *,
        image_url: str,
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        ref_image_url: str | Unset = UNSET,
        option: str | Unset = UNSET,
        effect: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        aspect_ratio: None | str | Unset = UNSET,
        quantity: int | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Video effects.

        Motion effect from `image_url`. Use `ref_image_url` for two-subject effects (e.g. hug). Set
        `aspect_ratio` when the provider supports it.

        ``POST /v2/video/video-effects``

        Args:
            image_url: Base image URL.
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            ref_image_url: Optional reference image URL. Server default: "" (sent only when given).
            option: Effects tool. Known values: PikaEffects, KlingEffects, WanEffects, ViduEffects,
                PixverseEffects, HiggsfieldEffects (any other is sent as typed). Server default:
                "HiggsfieldEffects" (sent only when given).
            effect: Effect name. Server default: "BulletTime" (sent only when given).
            prompt: Server default: "" (sent only when given).
            aspect_ratio:
            quantity: Server default: 1 (sent only when given).
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _video_effects_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video_effects,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def replace_background(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        bg_image_url: str | Unset = UNSET,
        bg_video_url: str | Unset = UNSET,
        chroma_key_color: str | Unset = UNSET,
        chroma_tolerance: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        overlay_scale: str | Unset = UNSET,
        alignment: ReplaceVideoBackgroundRequestAlignment | Unset = UNSET,
        start_time: str | Unset = UNSET,
        crop_to_content: bool | Unset = UNSET,
        x_offset: int | Unset = UNSET,
        y_offset: int | Unset = UNSET,
        use_rembg_lib: bool | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Replace video background.

        Composites `video_url` over `bg_image_url` and/or `bg_video_url`. Tune `chroma_key_color`,
        `overlay_scale`, `alignment`, offsets, etc.

        ``POST /v2/video/replace-background``

        Args:
            video_url: Foreground video URL.
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            bg_image_url: Background image URL. Server default: "" (sent only when given).
            bg_video_url: Background video URL. Server default: "" (sent only when given).
            chroma_key_color: Server default: "origin" (sent only when given).
            chroma_tolerance: Server default: "0.1" (sent only when given).
            prompt: Server default: "" (sent only when given).
            overlay_scale: Server default: "0.6666" (sent only when given).
            alignment: Server default: "center" (sent only when given).
            start_time: Background video start time. Server default: "0" (sent only when given).
            crop_to_content: Crop overlay to content. Server default: true (sent only when given).
            x_offset: Server default: 0 (sent only when given).
            y_offset: Server default: 0 (sent only when given).
            use_rembg_lib: Use rembg library. Server default: false (sent only when given).
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _replace_video_background_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_replace_video_background,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def reference_to_video(
        self,
        *,
        image_urls: list[str],
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        elements: list[str] | Unset = UNSET,
        aspect_ratio: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        option: str | Unset = UNSET,
        quantity: int | Unset = UNSET,
        duration: int | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Reference to video.

        Generates video from `image_urls` (at least one) and `prompt`. `elements`: optional URL
        groups for element-aware tools.

        ``POST /v2/video/reference-to-video``

        Args:
            image_urls: Reference image URLs.
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            elements: Optional URL groups for element-aware tools.
            aspect_ratio: Server default: "16:9" (sent only when given).
            prompt: Server default: "" (sent only when given).
            option: Video generation tool. Known values: AutoR, KlingO, HappyHorse, Grok,
                SeedanceFast, VeoReference, ViduReference, HeygenAgent, PikaScenes, MinimaxReference
                (any other is sent as typed). Server default: "KlingO" (sent only when given).
            quantity: Server default: 1 (sent only when given).
            duration: Duration (seconds). Server default: 5 (sent only when given).
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _reference_to_video_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_reference_to_video,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def video_to_video(
        self,
        *,
        video_url: str,
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        image_url: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        option: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Video to video.

        Modifies `video_url` from `prompt`. Optional `image_url` as reference.

        ``POST /v2/video/video-to-video``

        Args:
            video_url: Source video URL.
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            image_url: Optional reference image URL. Server default: "" (sent only when given).
            prompt: Modification prompt. Server default: "" (sent only when given).
            option: Video modification tool. Known values: KlingO, HappyHorse, Grok, SeedanceFast,
                LumaModify (any other is sent as typed). Server default: "KlingO" (sent only when
                given).
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _video_to_video_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_video_to_video,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def attach_audio(
        self,
        *,
        video_url: str,
        audio_url: str,
        async_mode: bool | Unset = UNSET,
        webhook_url: None | str | Unset = UNSET,
        attach_mode: AttachAudioRequestAttachMode | Unset = UNSET,
        video_duration: float | None | Unset = UNSET,
        audio_duration: float | None | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Attach audio.

        Attaches `audio_url` to `video_url`.

        ``POST /v2/video/audio``

        Args:
            video_url:
            audio_url:
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: true (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
            attach_mode: Server default: "MatchVideo" (sent only when given).
            video_duration:
            audio_duration:
            authorization: An optional header the pages list on this route without saying what it
                does; sent only when given.
            username: An optional header the pages list on this route without saying what it does;
                sent only when given.
            x_client_type: An optional header the pages list on this route without saying what it
                does; sent only when given.
            wait: set ``async_mode`` and poll the asset until it finishes (see ``assets.wait``).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included. With
                ``wait=True`` it bounds each poll too.

        Returns:
            Asset

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _attach_audio_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_attach_audio,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
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
