# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_media_request_aspect_ratio import (
    CreateMediaRequestAspectRatio,
    check_create_media_request_aspect_ratio,
)
from ..models.create_media_request_camera_path import (
    CreateMediaRequestCameraPath,
    check_create_media_request_camera_path,
)
from ..models.create_media_request_character_animate import (
    CreateMediaRequestCharacterAnimate,
    check_create_media_request_character_animate,
)
from ..models.create_media_request_extend_video import (
    CreateMediaRequestExtendVideo,
    check_create_media_request_extend_video,
)
from ..models.create_media_request_sound_effects import (
    CreateMediaRequestSoundEffects,
    check_create_media_request_sound_effects,
)
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="CreateMediaRequest")


@_attrs_define
class CreateMediaRequest:
    """
    Attributes:
        title (str | Unset): Title of the media. Default: ''.
        description (str | Unset): Description of the media. Default: ''.
        visibility_status (str | Unset): Visibility status of the media. Default: '1'.
        image_urls (list[str] | Unset): Image URLs, used like `image_files`; ignored when files are uploaded.
        media_items (str | Unset): To extend an existing video, e.g. `[{"type": "image", "url": "...", "position":
            "First"}, {"type": "video", "url": "...", "position": "Last"}]`.
        prompt (str | Unset): Description to generate the video. Default: ''.
        motion_type (str | Unset): Type of motion. Default: 'Auto'.
        camera_control (CreateMediaRequestCameraPath | Unset): Camera path of the bullet video; only used with the
            `Parallax` motion type. Default: 'HorizontalArc'.
        quantity (int | Unset):  Default: 1.
        duration (int | Unset):  Default: 5.
        loop (int | Unset):  Default: 1.
        motion_range (int | Unset):  Default: 5.
        sound_effects (CreateMediaRequestSoundEffects | Unset): Defines if the generated video will include sound
            effects or not. Default: 'No'.
        extend_video (CreateMediaRequestExtendVideo | Unset): Defines if the uploaded video will be extended or not.
            Default: 'No'.
        character_animate (CreateMediaRequestCharacterAnimate | Unset): Defines if the uploaded video will be animated
            as character animate. Default: 'No'.
        model (str | Unset): How the video is animated: `S2V` for Character Animate; `FashnTryOn`, `ViduTryOn` or
            `KlingTryOn` for TryOnVideo.
        aspect_ratio (CreateMediaRequestAspectRatio | Unset):
        webhook_url (str | Unset): Receives a `POST` once the media is fully generated.
        image_files (list[File] | Unset): Images to upload. One image gives an auto motion video of that image; with
            two, the second (most recently uploaded) is the final frame.
    """

    title: str | Unset = ""
    description: str | Unset = ""
    visibility_status: str | Unset = "1"
    image_urls: list[str] | Unset = UNSET
    media_items: str | Unset = UNSET
    prompt: str | Unset = ""
    motion_type: str | Unset = "Auto"
    camera_control: CreateMediaRequestCameraPath | Unset = "HorizontalArc"
    quantity: int | Unset = 1
    duration: int | Unset = 5
    loop: int | Unset = 1
    motion_range: int | Unset = 5
    sound_effects: CreateMediaRequestSoundEffects | Unset = "No"
    extend_video: CreateMediaRequestExtendVideo | Unset = "No"
    character_animate: CreateMediaRequestCharacterAnimate | Unset = "No"
    model: str | Unset = UNSET
    aspect_ratio: CreateMediaRequestAspectRatio | Unset = UNSET
    webhook_url: str | Unset = UNSET
    image_files: list[File] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        visibility_status = self.visibility_status

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        media_items = self.media_items

        prompt = self.prompt

        motion_type = self.motion_type

        camera_control: str | Unset = UNSET
        if not isinstance(self.camera_control, Unset):
            camera_control = self.camera_control

        quantity = self.quantity

        duration = self.duration

        loop = self.loop

        motion_range = self.motion_range

        sound_effects: str | Unset = UNSET
        if not isinstance(self.sound_effects, Unset):
            sound_effects = self.sound_effects

        extend_video: str | Unset = UNSET
        if not isinstance(self.extend_video, Unset):
            extend_video = self.extend_video

        character_animate: str | Unset = UNSET
        if not isinstance(self.character_animate, Unset):
            character_animate = self.character_animate

        model = self.model

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        webhook_url = self.webhook_url

        image_files: list[FileTypes] | Unset = UNSET
        if not isinstance(self.image_files, Unset):
            image_files = []
            for image_files_item_data in self.image_files:
                image_files_item = image_files_item_data.to_tuple()

                image_files.append(image_files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if visibility_status is not UNSET:
            field_dict["visibility_status"] = visibility_status
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if media_items is not UNSET:
            field_dict["media_items"] = media_items
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if motion_type is not UNSET:
            field_dict["motion_type"] = motion_type
        if camera_control is not UNSET:
            field_dict["camera_control"] = camera_control
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if duration is not UNSET:
            field_dict["duration"] = duration
        if loop is not UNSET:
            field_dict["loop"] = loop
        if motion_range is not UNSET:
            field_dict["motion_range"] = motion_range
        if sound_effects is not UNSET:
            field_dict["sound_effects"] = sound_effects
        if extend_video is not UNSET:
            field_dict["extend_video"] = extend_video
        if character_animate is not UNSET:
            field_dict["character_animate"] = character_animate
        if model is not UNSET:
            field_dict["model"] = model
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if image_files is not UNSET:
            field_dict["image_files"] = image_files

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.title, Unset):
            files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.visibility_status, Unset):
            files.append(
                ("visibility_status", (None, str(self.visibility_status).encode(), "text/plain"))
            )

        if not isinstance(self.image_urls, Unset):
            for image_urls_item_element in self.image_urls:
                files.append(
                    ("image_urls", (None, str(image_urls_item_element).encode(), "text/plain"))
                )

        if not isinstance(self.media_items, Unset):
            files.append(("media_items", (None, str(self.media_items).encode(), "text/plain")))

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.motion_type, Unset):
            files.append(("motion_type", (None, str(self.motion_type).encode(), "text/plain")))

        if not isinstance(self.camera_control, Unset):
            files.append(
                ("camera_control", (None, str(self.camera_control).encode(), "text/plain"))
            )

        if not isinstance(self.quantity, Unset):
            files.append(("quantity", (None, str(self.quantity).encode(), "text/plain")))

        if not isinstance(self.duration, Unset):
            files.append(("duration", (None, str(self.duration).encode(), "text/plain")))

        if not isinstance(self.loop, Unset):
            files.append(("loop", (None, str(self.loop).encode(), "text/plain")))

        if not isinstance(self.motion_range, Unset):
            files.append(("motion_range", (None, str(self.motion_range).encode(), "text/plain")))

        if not isinstance(self.sound_effects, Unset):
            files.append(("sound_effects", (None, str(self.sound_effects).encode(), "text/plain")))

        if not isinstance(self.extend_video, Unset):
            files.append(("extend_video", (None, str(self.extend_video).encode(), "text/plain")))

        if not isinstance(self.character_animate, Unset):
            files.append(
                ("character_animate", (None, str(self.character_animate).encode(), "text/plain"))
            )

        if not isinstance(self.model, Unset):
            files.append(("model", (None, str(self.model).encode(), "text/plain")))

        if not isinstance(self.aspect_ratio, Unset):
            files.append(("aspect_ratio", (None, str(self.aspect_ratio).encode(), "text/plain")))

        if not isinstance(self.webhook_url, Unset):
            files.append(("webhook_url", (None, str(self.webhook_url).encode(), "text/plain")))

        if not isinstance(self.image_files, Unset):
            for image_files_item_element in self.image_files:
                files.append(("image_files", image_files_item_element.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        visibility_status = d.pop("visibility_status", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        media_items = d.pop("media_items", UNSET)

        prompt = d.pop("prompt", UNSET)

        motion_type = d.pop("motion_type", UNSET)

        _camera_control = d.pop("camera_control", UNSET)
        camera_control: CreateMediaRequestCameraPath | Unset
        if isinstance(_camera_control, Unset):
            camera_control = UNSET
        else:
            camera_control = check_create_media_request_camera_path(_camera_control)

        quantity = d.pop("quantity", UNSET)

        duration = d.pop("duration", UNSET)

        loop = d.pop("loop", UNSET)

        motion_range = d.pop("motion_range", UNSET)

        _sound_effects = d.pop("sound_effects", UNSET)
        sound_effects: CreateMediaRequestSoundEffects | Unset
        if isinstance(_sound_effects, Unset):
            sound_effects = UNSET
        else:
            sound_effects = check_create_media_request_sound_effects(_sound_effects)

        _extend_video = d.pop("extend_video", UNSET)
        extend_video: CreateMediaRequestExtendVideo | Unset
        if isinstance(_extend_video, Unset):
            extend_video = UNSET
        else:
            extend_video = check_create_media_request_extend_video(_extend_video)

        _character_animate = d.pop("character_animate", UNSET)
        character_animate: CreateMediaRequestCharacterAnimate | Unset
        if isinstance(_character_animate, Unset):
            character_animate = UNSET
        else:
            character_animate = check_create_media_request_character_animate(_character_animate)

        model = d.pop("model", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: CreateMediaRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_create_media_request_aspect_ratio(_aspect_ratio)

        webhook_url = d.pop("webhook_url", UNSET)

        _image_files = d.pop("image_files", UNSET)
        image_files: list[File] | Unset = UNSET
        if _image_files is not UNSET:
            image_files = []
            for image_files_item_data in _image_files:
                image_files_item = File(payload=BytesIO(image_files_item_data))

                image_files.append(image_files_item)

        create_media_request = cls(
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
            image_files=image_files,
        )

        create_media_request.additional_properties = d
        return create_media_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
