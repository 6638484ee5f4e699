# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""``client.text``: Generate, refine and suggest prompts for image and video workflows."""

from __future__ import annotations

from typing import Any, cast

import httpx

from vimmerse_core._path import path_segment  # noqa: F401 - used by routes with path parameters
from vimmerse_core._request_options import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestOptions
from vimmerse_core._resources import AsyncResource, SyncResource
from vimmerse_core._response import async_to_raw_response_wrapper, to_raw_response_wrapper

from ..models.image_to_prompt_request import ImageToPromptRequest
from ..models.refine_prompt_request import RefinePromptRequest
from ..models.text_prompt_request import TextPromptRequest
from ..models.text_prompt_request_mode import TextPromptRequestMode
from ..models.text_prompt_request_option import TextPromptRequestOption
from ..types import UNSET, Unset

__all__ = [
    "AsyncTextResource",
    "AsyncTextResourceWithRawResponse",
    "TextResource",
    "TextResourceWithRawResponse",
]


def _generate_prompt_request(
    *,
    body: TextPromptRequest,
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
        "url": "/v2/text/prompt",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_generate_prompt(response: httpx.Response) -> str:
    response_200 = cast(str, response.json())
    return response_200


def _suggest_prompt_request(
    *,
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
        "url": "/v2/text/suggest-prompt",
    }
    _kwargs["headers"] = headers
    return _kwargs


def _parse_suggest_prompt(response: httpx.Response) -> str:
    response_200 = cast(str, response.json())
    return response_200


def _refine_prompt_request(
    *,
    body: RefinePromptRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/text/refine-prompt",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_refine_prompt(response: httpx.Response) -> str:
    response_200 = cast(str, response.json())
    return response_200


def _image_to_prompt_request(
    *,
    body: ImageToPromptRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/text/image-2-prompt",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_image_to_prompt(response: httpx.Response) -> str:
    response_200 = cast(str, response.json())
    return response_200


class TextResource(SyncResource):
    """``client.text``: Generate, refine and suggest prompts for image and video workflows."""

    def generate_prompt(
        self,
        *,
        image_url: str | Unset = UNSET,
        image2_url: str | Unset = UNSET,
        video_url: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        mode: TextPromptRequestMode | Unset = UNSET,
        option: TextPromptRequestOption | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> str:
        """Generate prompt.

        Generates or transforms prompt text. `option` selects the behaviour.

        ``POST /v2/text/prompt``

        Args:
            image_url: Primary image for vision options (HTTPS URL).
            image2_url: Optional second image.
            video_url: Uses the middle frame when there is no `image_url`.
            prompt: Seed text; required for the RefinePrompt behaviour.
            mode: What the prompt is for.
            option: Which prompt behaviour to run. Server default: "InspireMe" (sent only when
                given).
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
            str

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _generate_prompt_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_generate_prompt,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def suggest_prompt(
        self,
        *,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> str:
        """Suggest prompt.

        Returns a creative prompt suggestion. No request body is required.

        ``POST /v2/text/suggest-prompt``

        Args:
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
            str

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        return self._call(
            _suggest_prompt_request(
                authorization=authorization, username=username, x_client_type=x_client_type
            ),
            _parse_suggest_prompt,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def refine_prompt(
        self,
        *,
        prompt: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> str:
        """Refine prompt.

        Improves the supplied prompt for image/video generation.

        ``POST /v2/text/refine-prompt``

        Args:
            prompt: The prompt to improve.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            str

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        _body = RefinePromptRequest(
            prompt=prompt,
        )
        return self._call(
            _refine_prompt_request(body=_body),
            _parse_refine_prompt,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    def image_to_prompt(
        self,
        *,
        image_url: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> str:
        """Image to prompt.

        Describes `image_url` in one prompt (same as `POST /v2/text/prompt` with `"option":
        "Image2Prompt"`).

        ``POST /v2/text/image-2-prompt``

        Args:
            image_url: The image to describe (HTTPS URL).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            str

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        _body = ImageToPromptRequest(
            image_url=image_url,
        )
        return self._call(
            _image_to_prompt_request(body=_body),
            _parse_image_to_prompt,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class TextResourceWithRawResponse:
    """``client.with_raw_response.text``: the same methods, answering ``RawResponse[T]``."""

    def __init__(self, resource: TextResource) -> None:
        self.generate_prompt = to_raw_response_wrapper(resource.generate_prompt)
        self.suggest_prompt = to_raw_response_wrapper(resource.suggest_prompt)
        self.refine_prompt = to_raw_response_wrapper(resource.refine_prompt)
        self.image_to_prompt = to_raw_response_wrapper(resource.image_to_prompt)


class AsyncTextResource(AsyncResource):
    """``client.text``: Generate, refine and suggest prompts for image and video workflows."""

    async def generate_prompt(
        self,
        *,
        image_url: str | Unset = UNSET,
        image2_url: str | Unset = UNSET,
        video_url: str | Unset = UNSET,
        prompt: str | Unset = UNSET,
        mode: TextPromptRequestMode | Unset = UNSET,
        option: TextPromptRequestOption | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> str:
        """Generate prompt.

        Generates or transforms prompt text. `option` selects the behaviour.

        ``POST /v2/text/prompt``

        Args:
            image_url: Primary image for vision options (HTTPS URL).
            image2_url: Optional second image.
            video_url: Uses the middle frame when there is no `image_url`.
            prompt: Seed text; required for the RefinePrompt behaviour.
            mode: What the prompt is for.
            option: Which prompt behaviour to run. Server default: "InspireMe" (sent only when
                given).
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
            str

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
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
            _generate_prompt_request(
                body=_body,
                authorization=authorization,
                username=username,
                x_client_type=x_client_type,
            ),
            _parse_generate_prompt,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def suggest_prompt(
        self,
        *,
        authorization: None | str | Unset = UNSET,
        username: None | str | Unset = UNSET,
        x_client_type: None | str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> str:
        """Suggest prompt.

        Returns a creative prompt suggestion. No request body is required.

        ``POST /v2/text/suggest-prompt``

        Args:
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
            str

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        return await self._call(
            _suggest_prompt_request(
                authorization=authorization, username=username, x_client_type=x_client_type
            ),
            _parse_suggest_prompt,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def refine_prompt(
        self,
        *,
        prompt: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> str:
        """Refine prompt.

        Improves the supplied prompt for image/video generation.

        ``POST /v2/text/refine-prompt``

        Args:
            prompt: The prompt to improve.
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            str

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        _body = RefinePromptRequest(
            prompt=prompt,
        )
        return await self._call(
            _refine_prompt_request(body=_body),
            _parse_refine_prompt,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )

    async def image_to_prompt(
        self,
        *,
        image_url: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> str:
        """Image to prompt.

        Describes `image_url` in one prompt (same as `POST /v2/text/prompt` with `"option":
        "Image2Prompt"`).

        ``POST /v2/text/image-2-prompt``

        Args:
            image_url: The image to describe (HTTPS URL).
            extra_headers: headers to add to this request, replacing any of the same name; sent to
                the API's host only.
            extra_query: query parameters to add to this request, replacing any of the same name.
            extra_body: fields to add to the body (JSON, or form and multipart fields), replacing
                any of the same name: for what the API takes that this SDK does not know yet.
            timeout: this call's timeout instead of the client's (seconds or an ``httpx.Timeout``;
                None: none); its longest phase also bounds the call in all, retries included.

        Returns:
            str

        Raises:
            APIStatusError: a subclass per status (e.g. NotFoundError) for any non-2xx answer.
            APIConnectionError: no answer (APITimeoutError on a timeout).
            APIResponseValidationError: a 2xx answer that could not be read (``.excerpt``;
                ``.job_id`` when it names the job it created).
        """
        _body = ImageToPromptRequest(
            image_url=image_url,
        )
        return await self._call(
            _image_to_prompt_request(body=_body),
            _parse_image_to_prompt,
            call=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
        )


class AsyncTextResourceWithRawResponse:
    """``client.with_raw_response.text``: the same methods, answering ``RawResponse[T]``."""

    def __init__(self, resource: AsyncTextResource) -> None:
        self.generate_prompt = async_to_raw_response_wrapper(resource.generate_prompt)
        self.suggest_prompt = async_to_raw_response_wrapper(resource.suggest_prompt)
        self.refine_prompt = async_to_raw_response_wrapper(resource.refine_prompt)
        self.image_to_prompt = async_to_raw_response_wrapper(resource.image_to_prompt)
