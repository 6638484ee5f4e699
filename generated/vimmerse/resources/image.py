# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""``client.image``: Upload, generate and edit images (v2, JSON except the upload)."""

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
from ..models.credit_estimate import CreditEstimate
from ..models.edit_image_request import EditImageRequest
from ..models.edit_image_request_option import EditImageRequestOption
from ..models.edit_image_request_reframe_parameters import EditImageRequestReframeParameters
from ..models.elements_request import ElementsRequest
from ..models.face_swap_request import FaceSwapRequest
from ..models.image_estimate_credits_request import ImageEstimateCreditsRequest
from ..models.image_to_image_request import ImageToImageRequest
from ..models.replace_image_background_request import ReplaceImageBackgroundRequest
from ..models.replace_image_background_request_option import ReplaceImageBackgroundRequestOption
from ..models.text_to_image_request import TextToImageRequest
from ..models.try_on_request import TryOnRequest
from ..models.upload_image_request import UploadImageRequest
from ..types import UNSET, Unset

__all__ = [
    "AsyncImageResource",
    "AsyncImageResourceWithRawResponse",
    "ImageResource",
    "ImageResourceWithRawResponse",
]


def _upload_image_request(
    *,
    body: UploadImageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/image",
    }
    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_upload_image(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _estimate_image_credits_request(
    *,
    body: ImageEstimateCreditsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/image/estimate-credits",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_estimate_image_credits(response: httpx.Response) -> CreditEstimate:
    response_200 = CreditEstimate.from_dict(response.json())

    return response_200


def _text_to_image_request(
    *,
    body: TextToImageRequest,
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
        "url": "/v2/image/text-2-image",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_text_to_image(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _image_to_image_request(
    *,
    body: ImageToImageRequest,
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
        "url": "/v2/image/image-2-image",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_image_to_image(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _image_elements_request(
    *,
    body: ElementsRequest,
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
        "url": "/v2/image/elements",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_image_elements(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _replace_image_background_request(
    *,
    body: ReplaceImageBackgroundRequest,
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
        "url": "/v2/image/replace-background",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_replace_image_background(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _edit_image_request(
    *,
    body: EditImageRequest,
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
        "url": "/v2/image/edit-image",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_edit_image(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _face_swap_request(
    *,
    body: FaceSwapRequest,
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
        "url": "/v2/image/face-swap",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_face_swap(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


def _try_on_request(
    *,
    body: TryOnRequest,
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
        "url": "/v2/image/try-on",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_try_on(response: httpx.Response) -> Asset:
    response_200 = Asset.from_dict(response.json())

    return response_200


class ImageResource(SyncResource):
    """``client.image``: Upload, generate and edit images (v2, JSON except the upload)."""

    def upload(
        self,
        image_file: FileInput,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Upload image.

        Uploads an image file (JPEG, PNG or WebP) to Vimmerse storage so it can be referenced by URL
        in the other `/v2/image/` routes. The only v2 image route that uses multipart/form-data. The
        uploaded file's URL is in the asset's `results`.

        ``POST /v2/image``

        Args:
            image_file: a file to upload: path, bytes or binary file object (streamed). The image
                file (JPEG, PNG or WebP).
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
            _body = UploadImageRequest(
                image_file=to_file(image_file, _files),
            )
            return self._call(
                _upload_image_request(body=_body),
                _parse_upload_image,
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
        app_name: str | Unset = UNSET,
        quantity: int | Unset = UNSET,
        prompt: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> CreditEstimate:
        """Estimate image credits.

        Returns how many credits an image generation request would charge for the given `app_name`,
        `option`, `quantity` and optional `prompt`, without creating an asset. Uses the same billing
        rules as the `POST /v2/image/` generation routes. The docs' example sends no API key, so the
        key is optional here.

        ``POST /v2/image/estimate-credits``

        Args:
            option: Model/tool option of that route, e.g. `NanoBanana`. Known values: AutoI,
                NanoBanana, NanoBananaFaceSwap, NanoBananaTryOn (any other is sent as typed).
            app_name: The generation route to price, e.g. `text-to-image`. Server default: "text-to-
                image" (sent only when given).
            quantity: Server default: 1 (sent only when given).
            prompt: Used when pricing depends on the prompt. Server default: "" (sent only when
                given).
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
        _body = ImageEstimateCreditsRequest(
            option=option,
            app_name=app_name,
            quantity=quantity,
            prompt=prompt,
        )
        return self._call(
            _estimate_image_credits_request(body=_body),
            _parse_estimate_image_credits,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def text_to_image(
        self,
        *,
        prompt: str | Unset = UNSET,
        quantity: int | Unset = UNSET,
        option: str | Unset = UNSET,
        aspect_ratio: str | Unset = UNSET,
        enhance_image: bool | Unset = UNSET,
        async_mode: bool | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Text to image.

        Generates one or more images from a text prompt. The response is an asset object; output
        URLs are in `results`.

        ``POST /v2/image/text-2-image``

        Args:
            prompt: Text description of the desired image.
            quantity: Number of images. Server default: 1 (sent only when given).
            option: Model/tool; `AutoI` picks automatically. Known values: AutoI, NanoBanana (any
                other is sent as typed). Server default: "AutoI" (sent only when given).
            aspect_ratio: Output aspect ratio, e.g. `21:9`, `16:9`, `4:3`, `1:1`, `9:16`. Server
                default: "16:9" (sent only when given).
            enhance_image: Apply 1× super-resolution post-processing. Server default: false (sent
                only when given).
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: false (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
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
            _text_to_image_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_text_to_image,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def image_to_image(
        self,
        *,
        image_url: str,
        prompt: str | Unset = UNSET,
        option: str | Unset = UNSET,
        aspect_ratio: str | Unset = UNSET,
        quantity: int | Unset = UNSET,
        enhance_image: bool | Unset = UNSET,
        async_mode: bool | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Image to image.

        Transforms or reimagines a source image using a text prompt. Provide `image_url` (from the
        upload or any public HTTPS URL). Output URLs are in `results`.

        ``POST /v2/image/image-2-image``

        Args:
            image_url: Source image URL.
            prompt: Desired edits or style. Server default: "" (sent only when given).
            option: Edit model/mode. Server default: "AutoI" (sent only when given).
            aspect_ratio: Optional output ratio.
            quantity: Variations. Server default: 1 (sent only when given).
            enhance_image: Super-resolution post-processing. Server default: false (sent only when
                given).
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: false (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
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
            _image_to_image_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_image_to_image,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def elements(
        self,
        *,
        image_urls: list[str],
        prompt: str | Unset = UNSET,
        option: str | Unset = UNSET,
        aspect_ratio: str | Unset = UNSET,
        quantity: int | Unset = UNSET,
        swap_faces: bool | Unset = UNSET,
        async_mode: bool | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Elements.

        Generates or edits an image using a main image plus reference images (characters, objects,
        environments). Pass all images as `image_urls`: the first URL is the main image; the rest
        are references. Limits depend on `option`.

        ``POST /v2/image/elements``

        Args:
            image_urls: The main image first, then the reference images. Limits depend on `option`.
            prompt: Server default: "" (sent only when given).
            option: Server default: "AutoI" (sent only when given).
            aspect_ratio:
            quantity: Server default: 1 (sent only when given).
            swap_faces: Server default: false (sent only when given).
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: false (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
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
            _image_elements_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_image_elements,
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
        image_url: str,
        option: ReplaceImageBackgroundRequestOption,
        image2_url: str | Unset = UNSET,
        async_mode: bool | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Replace image background.

        Removes, replaces, or restyles the background of an image. `RemoveBackground` gives a
        transparent PNG foreground (omit `image2_url`); `ReplaceBackground` needs `image2_url` as
        the new background; `RestyleBackground` needs `image2_url` as the style reference.

        ``POST /v2/image/replace-background``

        Args:
            image_url: The image whose background changes.
            option:
            image2_url: New background (`ReplaceBackground`) or style reference
                (`RestyleBackground`); omit for `RemoveBackground`.
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: false (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
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
        _body = ReplaceImageBackgroundRequest(
            image_url=image_url,
            option=option,
            image2_url=image2_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
        )
        return self._call(
            _replace_image_background_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_replace_image_background,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
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
        quantity: int | Unset = UNSET,
        async_mode: bool | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Edit image.

        Edits an image: remove text, upscale, reframe, expand aspect ratio, or inpaint masked
        regions. Required fields by option: `RemoveText` and `Upscale` need `image_url`;
        `ExpandToAspectRatio` needs `image_url` and `aspect_ratio`; `Inpaint` needs `image_url`,
        `mask_url` and `prompt`; `LumaReframe` needs `image_url` and `reframe_parameters`.

        ``POST /v2/image/edit-image``

        Args:
            image_url:
            option:
            aspect_ratio: Required by `ExpandToAspectRatio`.
            mask_url: Required by `Inpaint`.
            prompt: Required by `Inpaint`.
            reframe_parameters: Required by `LumaReframe`.
            quantity: Server default: 1 (sent only when given).
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: false (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
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
            _edit_image_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_edit_image,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def face_swap(
        self,
        *,
        image_urls: list[str],
        option: str | Unset = UNSET,
        face_only_mode: bool | Unset = UNSET,
        multi_face_mode: bool | Unset = UNSET,
        order_indices: list[int] | Unset = UNSET,
        async_mode: bool | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Face swap.

        Swaps faces in a target image using one or more reference face images. `image_urls[0]` is
        the target image containing the face(s) to replace; `image_urls[1:]` are the reference
        faces; `order_indices` optionally maps target face indices (left-to-right from 0).

        ``POST /v2/image/face-swap``

        Args:
            image_urls: The target image first, then one or more reference faces.
            option: Face-swap tool. Known values: NanoBananaFaceSwap (any other is sent as typed).
            face_only_mode:
            multi_face_mode:
            order_indices: Target face indices (left-to-right from 0) that the reference faces map
                to.
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: false (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
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
            _face_swap_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_face_swap,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def try_on(
        self,
        *,
        human_image_url: str,
        clothes_image_url: str,
        option: str | Unset = UNSET,
        async_mode: bool | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Try on.

        Virtual try-on: composites the clothing from `clothes_image_url` onto the person in
        `human_image_url`.

        ``POST /v2/image/try-on``

        Args:
            human_image_url: The person.
            clothes_image_url: The clothing.
            option: Try-on tool. Known values: NanoBananaTryOn (any other is sent as typed).
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: false (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
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
        _body = TryOnRequest(
            human_image_url=human_image_url,
            clothes_image_url=clothes_image_url,
            option=option,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
        )
        return self._call(
            _try_on_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_try_on,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
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
    """``client.image``: Upload, generate and edit images (v2, JSON except the upload)."""

    async def upload(
        self,
        image_file: FileInput,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Upload image.

        Uploads an image file (JPEG, PNG or WebP) to Vimmerse storage so it can be referenced by URL
        in the other `/v2/image/` routes. The only v2 image route that uses multipart/form-data. The
        uploaded file's URL is in the asset's `results`.

        ``POST /v2/image``

        Args:
            image_file: a file to upload: path, bytes or binary file object (streamed). The image
                file (JPEG, PNG or WebP).
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
            _body = UploadImageRequest(
                image_file=to_file(image_file, _files),
            )
            return await self._call(
                _upload_image_request(body=_body),
                _parse_upload_image,
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
        app_name: str | Unset = UNSET,
        quantity: int | Unset = UNSET,
        prompt: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> CreditEstimate:
        """Estimate image credits.

        Returns how many credits an image generation request would charge for the given `app_name`,
        `option`, `quantity` and optional `prompt`, without creating an asset. Uses the same billing
        rules as the `POST /v2/image/` generation routes. The docs' example sends no API key, so the
        key is optional here.

        ``POST /v2/image/estimate-credits``

        Args:
            option: Model/tool option of that route, e.g. `NanoBanana`. Known values: AutoI,
                NanoBanana, NanoBananaFaceSwap, NanoBananaTryOn (any other is sent as typed).
            app_name: The generation route to price, e.g. `text-to-image`. Server default: "text-to-
                image" (sent only when given).
            quantity: Server default: 1 (sent only when given).
            prompt: Used when pricing depends on the prompt. Server default: "" (sent only when
                given).
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
        _body = ImageEstimateCreditsRequest(
            option=option,
            app_name=app_name,
            quantity=quantity,
            prompt=prompt,
        )
        return await self._call(
            _estimate_image_credits_request(body=_body),
            _parse_estimate_image_credits,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def text_to_image(
        self,
        *,
        prompt: str | Unset = UNSET,
        quantity: int | Unset = UNSET,
        option: str | Unset = UNSET,
        aspect_ratio: str | Unset = UNSET,
        enhance_image: bool | Unset = UNSET,
        async_mode: bool | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Text to image.

        Generates one or more images from a text prompt. The response is an asset object; output
        URLs are in `results`.

        ``POST /v2/image/text-2-image``

        Args:
            prompt: Text description of the desired image.
            quantity: Number of images. Server default: 1 (sent only when given).
            option: Model/tool; `AutoI` picks automatically. Known values: AutoI, NanoBanana (any
                other is sent as typed). Server default: "AutoI" (sent only when given).
            aspect_ratio: Output aspect ratio, e.g. `21:9`, `16:9`, `4:3`, `1:1`, `9:16`. Server
                default: "16:9" (sent only when given).
            enhance_image: Apply 1× super-resolution post-processing. Server default: false (sent
                only when given).
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: false (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
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
            _text_to_image_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_text_to_image,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def image_to_image(
        self,
        *,
        image_url: str,
        prompt: str | Unset = UNSET,
        option: str | Unset = UNSET,
        aspect_ratio: str | Unset = UNSET,
        quantity: int | Unset = UNSET,
        enhance_image: bool | Unset = UNSET,
        async_mode: bool | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Image to image.

        Transforms or reimagines a source image using a text prompt. Provide `image_url` (from the
        upload or any public HTTPS URL). Output URLs are in `results`.

        ``POST /v2/image/image-2-image``

        Args:
            image_url: Source image URL.
            prompt: Desired edits or style. Server default: "" (sent only when given).
            option: Edit model/mode. Server default: "AutoI" (sent only when given).
            aspect_ratio: Optional output ratio.
            quantity: Variations. Server default: 1 (sent only when given).
            enhance_image: Super-resolution post-processing. Server default: false (sent only when
                given).
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: false (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
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
            _image_to_image_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_image_to_image,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def elements(
        self,
        *,
        image_urls: list[str],
        prompt: str | Unset = UNSET,
        option: str | Unset = UNSET,
        aspect_ratio: str | Unset = UNSET,
        quantity: int | Unset = UNSET,
        swap_faces: bool | Unset = UNSET,
        async_mode: bool | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Elements.

        Generates or edits an image using a main image plus reference images (characters, objects,
        environments). Pass all images as `image_urls`: the first URL is the main image; the rest
        are references. Limits depend on `option`.

        ``POST /v2/image/elements``

        Args:
            image_urls: The main image first, then the reference images. Limits depend on `option`.
            prompt: Server default: "" (sent only when given).
            option: Server default: "AutoI" (sent only when given).
            aspect_ratio:
            quantity: Server default: 1 (sent only when given).
            swap_faces: Server default: false (sent only when given).
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: false (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
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
            _image_elements_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_image_elements,
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
        image_url: str,
        option: ReplaceImageBackgroundRequestOption,
        image2_url: str | Unset = UNSET,
        async_mode: bool | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Replace image background.

        Removes, replaces, or restyles the background of an image. `RemoveBackground` gives a
        transparent PNG foreground (omit `image2_url`); `ReplaceBackground` needs `image2_url` as
        the new background; `RestyleBackground` needs `image2_url` as the style reference.

        ``POST /v2/image/replace-background``

        Args:
            image_url: The image whose background changes.
            option:
            image2_url: New background (`ReplaceBackground`) or style reference
                (`RestyleBackground`); omit for `RemoveBackground`.
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: false (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
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
        _body = ReplaceImageBackgroundRequest(
            image_url=image_url,
            option=option,
            image2_url=image2_url,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
        )
        return await self._call(
            _replace_image_background_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_replace_image_background,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
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
        quantity: int | Unset = UNSET,
        async_mode: bool | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Edit image.

        Edits an image: remove text, upscale, reframe, expand aspect ratio, or inpaint masked
        regions. Required fields by option: `RemoveText` and `Upscale` need `image_url`;
        `ExpandToAspectRatio` needs `image_url` and `aspect_ratio`; `Inpaint` needs `image_url`,
        `mask_url` and `prompt`; `LumaReframe` needs `image_url` and `reframe_parameters`.

        ``POST /v2/image/edit-image``

        Args:
            image_url:
            option:
            aspect_ratio: Required by `ExpandToAspectRatio`.
            mask_url: Required by `Inpaint`.
            prompt: Required by `Inpaint`.
            reframe_parameters: Required by `LumaReframe`.
            quantity: Server default: 1 (sent only when given).
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: false (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
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
            _edit_image_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_edit_image,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def face_swap(
        self,
        *,
        image_urls: list[str],
        option: str | Unset = UNSET,
        face_only_mode: bool | Unset = UNSET,
        multi_face_mode: bool | Unset = UNSET,
        order_indices: list[int] | Unset = UNSET,
        async_mode: bool | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Face swap.

        Swaps faces in a target image using one or more reference face images. `image_urls[0]` is
        the target image containing the face(s) to replace; `image_urls[1:]` are the reference
        faces; `order_indices` optionally maps target face indices (left-to-right from 0).

        ``POST /v2/image/face-swap``

        Args:
            image_urls: The target image first, then one or more reference faces.
            option: Face-swap tool. Known values: NanoBananaFaceSwap (any other is sent as typed).
            face_only_mode:
            multi_face_mode:
            order_indices: Target face indices (left-to-right from 0) that the reference faces map
                to.
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: false (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
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
            _face_swap_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_face_swap,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def try_on(
        self,
        *,
        human_image_url: str,
        clothes_image_url: str,
        option: str | Unset = UNSET,
        async_mode: bool | Unset = UNSET,
        webhook_url: str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        wait: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Asset:
        """Try on.

        Virtual try-on: composites the clothing from `clothes_image_url` onto the person in
        `human_image_url`.

        ``POST /v2/image/try-on``

        Args:
            human_image_url: The person.
            clothes_image_url: The clothing.
            option: Try-on tool. Known values: NanoBananaTryOn (any other is sent as typed).
            async_mode: Answer at once with `status` `processing`; poll the asset by id. Server
                default: false (sent only when given).
            webhook_url: Optional URL that receives a `POST` when the job is complete.
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
        _body = TryOnRequest(
            human_image_url=human_image_url,
            clothes_image_url=clothes_image_url,
            option=option,
            async_mode=True if wait else async_mode,
            webhook_url=webhook_url,
        )
        return await self._call(
            _try_on_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_try_on,
            wait=wait,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
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
