# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""``client.media``: Animated videos ("media") from images, image URLs or a text prompt."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any, cast  # noqa: F401 - used by some specs' answers

import httpx

from vimmerse_core._download import Destination, DownloadProgress
from vimmerse_core._files import FileInput, to_file
from vimmerse_core._jobs import AsyncMediaHelpers, SyncMediaHelpers
from vimmerse_core._path import path_segment
from vimmerse_core._request_options import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestOptions
from vimmerse_core._response import async_to_raw_response_wrapper, to_raw_response_wrapper

from ..models.create_media_from_prompt_request import CreateMediaFromPromptRequest
from ..models.create_media_request import CreateMediaRequest
from ..models.create_media_request_aspect_ratio import CreateMediaRequestAspectRatio
from ..models.create_media_request_camera_path import CreateMediaRequestCameraPath
from ..models.create_media_request_character_animate import CreateMediaRequestCharacterAnimate
from ..models.create_media_request_extend_video import CreateMediaRequestExtendVideo
from ..models.create_media_request_sound_effects import CreateMediaRequestSoundEffects
from ..models.edit_media_request import EditMediaRequest
from ..models.edit_media_request_aspect_ratio import EditMediaRequestAspectRatio
from ..models.get_media_response import GetMediaResponse
from ..models.media import Media
from ..models.media_response import MediaResponse
from ..models.pose_preset import PosePreset
from ..models.process_media_response import ProcessMediaResponse
from ..models.process_media_response_data_type_1 import ProcessMediaResponseDataType1
from ..models.processing_status import ProcessingStatus
from ..models.processing_status_response import ProcessingStatusResponse
from ..models.submit_params import SubmitParams
from ..models.upload_media_request import UploadMediaRequest
from ..models.yes_no import YesNo
from ..types import UNSET, Unset

__all__ = [
    "AsyncMediaResource",
    "AsyncMediaResourceWithRawResponse",
    "MediaResource",
    "MediaResourceWithRawResponse",
]


def _create_media_request(
    *,
    body: CreateMediaRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/media",
    }
    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_create_media(response: httpx.Response) -> Media:
    response_200 = MediaResponse.from_dict(response.json())

    _wrapped = response_200

    return _wrapped.data


def _upload_media_request(
    *,
    body: UploadMediaRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/media/upload",
    }
    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_upload_media(response: httpx.Response) -> Media:
    response_200 = MediaResponse.from_dict(response.json())

    _wrapped = response_200

    return _wrapped.data


def _create_media_from_prompt_request(
    *,
    body: CreateMediaFromPromptRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/media/prompt",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_create_media_from_prompt(response: httpx.Response) -> Media:
    response_200 = MediaResponse.from_dict(response.json())

    _wrapped = response_200

    return _wrapped.data


def _get_processing_status_request(
    media_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/media/{media_id}/processing-status".format(
            media_id=path_segment("media_id", media_id),
        ),
    }
    return _kwargs


def _parse_get_processing_status(response: httpx.Response) -> ProcessingStatus:
    response_200 = ProcessingStatusResponse.from_dict(response.json())

    _wrapped = response_200

    return _wrapped.data


def _get_media_request(
    media_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/media/{media_id}".format(
            media_id=path_segment("media_id", media_id),
        ),
    }
    return _kwargs


def _parse_get_media(response: httpx.Response) -> Media:
    response_200 = GetMediaResponse.from_dict(response.json())

    _wrapped = response_200

    _data = _wrapped.data
    return _data.data if isinstance(_data, MediaResponse) else _data


def _edit_media_request(
    media_id: str,
    *,
    body: EditMediaRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/media/{media_id}/edit".format(
            media_id=path_segment("media_id", media_id),
        ),
    }
    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()

    headers["Content-Type"] = "application/x-www-form-urlencoded"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_edit_media(response: httpx.Response) -> Media:
    response_200 = MediaResponse.from_dict(response.json())

    _wrapped = response_200

    return _wrapped.data


def _download_media_request(
    media_id: str,
    *,
    object_type: str | Unset = "bullet_video_mp4",
    motion_type: str | Unset = UNSET,
    width: int | Unset = UNSET,
    file_size: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["object_type"] = object_type

    params["motion_type"] = motion_type

    params["width"] = width

    params["file_size"] = file_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/media/{media_id}/download".format(
            media_id=path_segment("media_id", media_id),
        ),
        "params": params,
    }
    return _kwargs


def _process_media_request(
    media_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/media/{media_id}/process".format(
            media_id=path_segment("media_id", media_id),
        ),
    }
    return _kwargs


def _parse_process_media(response: httpx.Response) -> Media | ProcessMediaResponseDataType1:
    response_200 = ProcessMediaResponse.from_dict(response.json())

    _wrapped = response_200

    return _wrapped.data


class MediaResource(SyncMediaHelpers[Media]):
    """``client.media``: Animated videos ("media") from images, image URLs or a text prompt."""

    _job_kind = "media"
    _job_model = Media

    def create(
        self,
        image_files: Sequence[FileInput] | Unset = UNSET,
        *,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        visibility_status: str | Unset = UNSET,
        image_urls: list[str] | Unset = UNSET,
        media_items: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        motion_type: str | Unset = UNSET,
        camera_control: CreateMediaRequestCameraPath | Unset = UNSET,
        quantity: int | Unset = UNSET,
        duration: int | Unset = UNSET,
        loop: int | Unset = UNSET,
        motion_range: int | Unset = UNSET,
        sound_effects: CreateMediaRequestSoundEffects | Unset = UNSET,
        extend_video: CreateMediaRequestExtendVideo | Unset = UNSET,
        character_animate: CreateMediaRequestCharacterAnimate | Unset = UNSET,
        model: str | Unset = UNSET,
        aspect_ratio: CreateMediaRequestAspectRatio | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Media:
        """Create media.

        Creates a new media from image files, image URLs or a text prompt. Two images (files or
        URLs) are the start and end frame of the video; one image animates that image; no image
        generates the video from `prompt`.

        ``POST /media``

        Args:
            title: Title of the media. Server default: "" (sent only when given).
            description: Description of the media. Server default: "" (sent only when given).
            visibility_status: Visibility status of the media. Server default: "1" (sent only when
                given).
            image_urls: Image URLs, used like `image_files`; ignored when files are uploaded.
            media_items: To extend an existing video, e.g. `[{"type": "image", "url": "...",
                "position": "First"}, {"type": "video", "url": "...", "position": "Last"}]`.
            prompt: Description to generate the video. Server default: "" (sent only when given).
            motion_type: Type of motion. Known values: Auto, LeonardoMotion, LumaAI, LumaRay2,
                KlingAI, Kling2, MinimaxHailuo, Seedance, Hunyuan, Wan, Pixverse, Veo, VeoFast,
                RunwayML, TryOnVideo, Parallax (any other is sent as typed). Server default: "Auto"
                (sent only when given).
            camera_control: Camera path of the bullet video; only used with the `Parallax` motion
                type. Server default: "HorizontalArc" (sent only when given).
            quantity: Server default: 1 (sent only when given).
            duration: Duration of video. Server default: 5 (sent only when given).
            loop: The number of repetitions of the same motion. Server default: 1 (sent only when
                given).
            motion_range: The amount of motion, from 1 to 10. Server default: 5 (sent only when
                given).
            sound_effects: Defines if the generated video will include sound effects or not. Server
                default: "No" (sent only when given).
            extend_video: Defines if the uploaded video will be extended or not. Server default:
                "No" (sent only when given).
            character_animate: Defines if the uploaded video will be animated as character animate.
                Server default: "No" (sent only when given).
            model: How the video is animated: `S2V` for Character Animate; `FashnTryOn`, `ViduTryOn`
                or `KlingTryOn` for TryOnVideo.
            aspect_ratio:
            webhook_url: Receives a `POST` once the media is fully generated.
            image_files: files to upload: path, bytes or binary file object (streamed). Images to
                upload. One image gives an auto motion video of that image; with two, the second
                (most recently uploaded) is the final frame.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Media

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
                _create_media_request(body=_body),
                _parse_create_media,
                call=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            )

    def upload(
        self,
        image: Sequence[FileInput] | Unset = UNSET,
        *,
        data: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
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
            image: files to upload: path, bytes or binary file object (streamed). One image animates
                that image; two are the first and last frame (the most recently uploaded is the last
                frame).
            data: JSON string of the request data: `title`, `description`, `is_transition`
                (`Yes`/`No`), `pose_preset` (a PosePreset or a list of them) and `submit_params`.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Media

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        with ExitStack() as _files:
            _body = UploadMediaRequest(
                image=UNSET if isinstance(image, Unset) else [to_file(f, _files) for f in image],
                data=data,
            )
            return self._call(
                _upload_media_request(body=_body),
                _parse_upload_media,
                call=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Media:
        """Create media from a text prompt.

        Creates a new media with the prompt under `pose_preset`. Its `Params`:
        `Prompt=...|PromptStrength=5|MotionAmount=5|MotionLength=5|Loop=1|Quantity=2`. All fields
        are optional; defaults are set automatically.

        ``POST /media/prompt``

        Args:
            title: Title of the media.
            description: Description of the media.
            primary_user_id:
            rating: Rated value. If empty, this media is not rated.
            webhook_url: Called when the status of the media has been updated.
            pose_preset: Pose preset parameter. Can be either a list or a PosePreset.
            submit_params: Submitting parameters.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Media

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _create_media_from_prompt_request(body=_body),
            _parse_create_media_from_prompt,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get_processing_status(
        self,
        media_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> ProcessingStatus:
        """Get media processing status.

        Retrieves the media's processing status and progress in percent.

        ``GET /media/{media_id}/processing-status``

        Args:
            media_id: The media's id, as returned in `data.id` by the route that created it.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            ProcessingStatus

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        return self._call(
            _get_processing_status_request(media_id=media_id),
            _parse_get_processing_status,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def get(
        self,
        media_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Media:
        """Get media.

        Retrieves a media object. The docs' example wraps the media twice (`{"data": {"data":
        {...}}}`); `data` holds either the media or a `{"data": media}` wrapper.

        ``GET /media/{media_id}``

        Args:
            media_id: The media's id, as returned in `data.id` by the route that created it.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Media

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        return self._call(
            _get_media_request(media_id=media_id),
            _parse_get_media,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Media:
        """Update media.

        Updates the media, and resubmits it if any of `prompt`, `motion_type`, `quantity`,
        `duration`, `loop`, `aspect_ratio` or `sound_effects` changes. A media that is processed
        again is charged again.

        ``PUT /media/{media_id}/edit``

        Args:
            media_id: The media's id, as returned in `data.id` by the route that created it.
            title: Title of the media.
            description: Description of the media.
            rating: Rated value. If empty, this media is not rated.
            visibility_status: Visibility status of the media.
            webhook_url: Called when the status of the media has been updated.
            prompt: Description to generate the video.
            motion_type: Type of motion (see `POST /media`).
            quantity:
            duration:
            loop:
            aspect_ratio:
            sound_effects:
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Media

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _edit_media_request(media_id=media_id, body=_body),
            _parse_edit_media,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def download(
        self,
        media_id: str,
        dest: Destination,
        *,
        object_type: str | Unset = UNSET,
        motion_type: str | Unset = UNSET,
        width: int | Unset = UNSET,
        file_size: float | Unset = UNSET,
        on_progress: DownloadProgress | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Path:
        """Download media file.

        Downloads a file of the media (bullet video, GIF or source files) as bytes.

        ``GET /media/{media_id}/download``

        Args:
            media_id: The media's id, as returned in `data.id` by the route that created it.
            dest: a file path, or a folder (existing, or ending in '/') to write into under a name
                with the job's id; an existing file is never replaced (a free name is chosen, and
                returned).
            object_type: What to download: `bullet_video_mp4` is the bullet video; the docs also
                name GIF and source files. Known values: bullet_video_mp4 (any other is sent as
                typed). Server default: "bullet_video_mp4" (sent only when given).
            motion_type: Which motion's result to download, e.g. `Auto` or `Auto1`.
            width: Output width in pixels.
            file_size: Maximum file size in MB.
            on_progress: called with (bytes written, total bytes or None) after each chunk.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            The path written (atomically, streamed in constant memory).

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        return self._download(
            _download_media_request(
                media_id=media_id,
                object_type=object_type,
                motion_type=motion_type,
                width=width,
                file_size=file_size,
            ),
            dest,
            on_progress=on_progress,
            fallback_name="download_media",
            job_id=str(media_id),
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def process(
        self,
        media_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Media | ProcessMediaResponseDataType1:
        """Process media.

        Resubmits the media to generate a bullet video again. No request body.

        ``POST /media/{media_id}/process``

        Args:
            media_id: The media's id, as returned in `data.id` by the route that created it.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Media | ProcessMediaResponseDataType1

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        return self._call(
            _process_media_request(media_id=media_id),
            _parse_process_media,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
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


class AsyncMediaResource(AsyncMediaHelpers[Media]):
    """``client.media``: Animated videos ("media") from images, image URLs or a text prompt."""

    _job_kind = "media"
    _job_model = Media

    async def create(
        self,
        image_files: Sequence[FileInput] | Unset = UNSET,
        *,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        visibility_status: str | Unset = UNSET,
        image_urls: list[str] | Unset = UNSET,
        media_items: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        motion_type: str | Unset = UNSET,
        camera_control: CreateMediaRequestCameraPath | Unset = UNSET,
        quantity: int | Unset = UNSET,
        duration: int | Unset = UNSET,
        loop: int | Unset = UNSET,
        motion_range: int | Unset = UNSET,
        sound_effects: CreateMediaRequestSoundEffects | Unset = UNSET,
        extend_video: CreateMediaRequestExtendVideo | Unset = UNSET,
        character_animate: CreateMediaRequestCharacterAnimate | Unset = UNSET,
        model: str | Unset = UNSET,
        aspect_ratio: CreateMediaRequestAspectRatio | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Media:
        """Create media.

        Creates a new media from image files, image URLs or a text prompt. Two images (files or
        URLs) are the start and end frame of the video; one image animates that image; no image
        generates the video from `prompt`.

        ``POST /media``

        Args:
            title: Title of the media. Server default: "" (sent only when given).
            description: Description of the media. Server default: "" (sent only when given).
            visibility_status: Visibility status of the media. Server default: "1" (sent only when
                given).
            image_urls: Image URLs, used like `image_files`; ignored when files are uploaded.
            media_items: To extend an existing video, e.g. `[{"type": "image", "url": "...",
                "position": "First"}, {"type": "video", "url": "...", "position": "Last"}]`.
            prompt: Description to generate the video. Server default: "" (sent only when given).
            motion_type: Type of motion. Known values: Auto, LeonardoMotion, LumaAI, LumaRay2,
                KlingAI, Kling2, MinimaxHailuo, Seedance, Hunyuan, Wan, Pixverse, Veo, VeoFast,
                RunwayML, TryOnVideo, Parallax (any other is sent as typed). Server default: "Auto"
                (sent only when given).
            camera_control: Camera path of the bullet video; only used with the `Parallax` motion
                type. Server default: "HorizontalArc" (sent only when given).
            quantity: Server default: 1 (sent only when given).
            duration: Duration of video. Server default: 5 (sent only when given).
            loop: The number of repetitions of the same motion. Server default: 1 (sent only when
                given).
            motion_range: The amount of motion, from 1 to 10. Server default: 5 (sent only when
                given).
            sound_effects: Defines if the generated video will include sound effects or not. Server
                default: "No" (sent only when given).
            extend_video: Defines if the uploaded video will be extended or not. Server default:
                "No" (sent only when given).
            character_animate: Defines if the uploaded video will be animated as character animate.
                Server default: "No" (sent only when given).
            model: How the video is animated: `S2V` for Character Animate; `FashnTryOn`, `ViduTryOn`
                or `KlingTryOn` for TryOnVideo.
            aspect_ratio:
            webhook_url: Receives a `POST` once the media is fully generated.
            image_files: files to upload: path, bytes or binary file object (streamed). Images to
                upload. One image gives an auto motion video of that image; with two, the second
                (most recently uploaded) is the final frame.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Media

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
                _create_media_request(body=_body),
                _parse_create_media,
                call=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
            )

    async def upload(
        self,
        image: Sequence[FileInput] | Unset = UNSET,
        *,
        data: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
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
            image: files to upload: path, bytes or binary file object (streamed). One image animates
                that image; two are the first and last frame (the most recently uploaded is the last
                frame).
            data: JSON string of the request data: `title`, `description`, `is_transition`
                (`Yes`/`No`), `pose_preset` (a PosePreset or a list of them) and `submit_params`.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Media

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        with ExitStack() as _files:
            _body = UploadMediaRequest(
                image=UNSET if isinstance(image, Unset) else [to_file(f, _files) for f in image],
                data=data,
            )
            return await self._call(
                _upload_media_request(body=_body),
                _parse_upload_media,
                call=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                ),
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Media:
        """Create media from a text prompt.

        Creates a new media with the prompt under `pose_preset`. Its `Params`:
        `Prompt=...|PromptStrength=5|MotionAmount=5|MotionLength=5|Loop=1|Quantity=2`. All fields
        are optional; defaults are set automatically.

        ``POST /media/prompt``

        Args:
            title: Title of the media.
            description: Description of the media.
            primary_user_id:
            rating: Rated value. If empty, this media is not rated.
            webhook_url: Called when the status of the media has been updated.
            pose_preset: Pose preset parameter. Can be either a list or a PosePreset.
            submit_params: Submitting parameters.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Media

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _create_media_from_prompt_request(body=_body),
            _parse_create_media_from_prompt,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get_processing_status(
        self,
        media_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> ProcessingStatus:
        """Get media processing status.

        Retrieves the media's processing status and progress in percent.

        ``GET /media/{media_id}/processing-status``

        Args:
            media_id: The media's id, as returned in `data.id` by the route that created it.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            ProcessingStatus

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        return await self._call(
            _get_processing_status_request(media_id=media_id),
            _parse_get_processing_status,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def get(
        self,
        media_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Media:
        """Get media.

        Retrieves a media object. The docs' example wraps the media twice (`{"data": {"data":
        {...}}}`); `data` holds either the media or a `{"data": media}` wrapper.

        ``GET /media/{media_id}``

        Args:
            media_id: The media's id, as returned in `data.id` by the route that created it.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Media

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        return await self._call(
            _get_media_request(media_id=media_id),
            _parse_get_media,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Media:
        """Update media.

        Updates the media, and resubmits it if any of `prompt`, `motion_type`, `quantity`,
        `duration`, `loop`, `aspect_ratio` or `sound_effects` changes. A media that is processed
        again is charged again.

        ``PUT /media/{media_id}/edit``

        Args:
            media_id: The media's id, as returned in `data.id` by the route that created it.
            title: Title of the media.
            description: Description of the media.
            rating: Rated value. If empty, this media is not rated.
            visibility_status: Visibility status of the media.
            webhook_url: Called when the status of the media has been updated.
            prompt: Description to generate the video.
            motion_type: Type of motion (see `POST /media`).
            quantity:
            duration:
            loop:
            aspect_ratio:
            sound_effects:
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Media

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _edit_media_request(media_id=media_id, body=_body),
            _parse_edit_media,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def download(
        self,
        media_id: str,
        dest: Destination,
        *,
        object_type: str | Unset = UNSET,
        motion_type: str | Unset = UNSET,
        width: int | Unset = UNSET,
        file_size: float | Unset = UNSET,
        on_progress: DownloadProgress | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Path:
        """Download media file.

        Downloads a file of the media (bullet video, GIF or source files) as bytes.

        ``GET /media/{media_id}/download``

        Args:
            media_id: The media's id, as returned in `data.id` by the route that created it.
            dest: a file path, or a folder (existing, or ending in '/') to write into under a name
                with the job's id; an existing file is never replaced (a free name is chosen, and
                returned).
            object_type: What to download: `bullet_video_mp4` is the bullet video; the docs also
                name GIF and source files. Known values: bullet_video_mp4 (any other is sent as
                typed). Server default: "bullet_video_mp4" (sent only when given).
            motion_type: Which motion's result to download, e.g. `Auto` or `Auto1`.
            width: Output width in pixels.
            file_size: Maximum file size in MB.
            on_progress: called with (bytes written, total bytes or None) after each chunk.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            The path written (atomically, streamed in constant memory).

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        return await self._download(
            _download_media_request(
                media_id=media_id,
                object_type=object_type,
                motion_type=motion_type,
                width=width,
                file_size=file_size,
            ),
            dest,
            on_progress=on_progress,
            fallback_name="download_media",
            job_id=str(media_id),
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def process(
        self,
        media_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Media | ProcessMediaResponseDataType1:
        """Process media.

        Resubmits the media to generate a bullet video again. No request body.

        ``POST /media/{media_id}/process``

        Args:
            media_id: The media's id, as returned in `data.id` by the route that created it.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            Media | ProcessMediaResponseDataType1

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        return await self._call(
            _process_media_request(media_id=media_id),
            _parse_process_media,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
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
