# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""Contains all the data models used in inputs/outputs"""

from .asset import Asset
from .asset_args import AssetArgs
from .asset_history_item import AssetHistoryItem
from .asset_status import AssetStatus
from .attach_audio_request import AttachAudioRequest
from .attach_audio_request_attach_mode import AttachAudioRequestAttachMode
from .avatar_lip_sync_request import AvatarLipSyncRequest
from .avatar_lip_sync_request_aspect_ratio import AvatarLipSyncRequestAspectRatio
from .avatar_lip_sync_request_show_caption import AvatarLipSyncRequestShowCaption
from .create_media_from_prompt_request import CreateMediaFromPromptRequest
from .create_media_request import CreateMediaRequest
from .create_media_request_aspect_ratio import CreateMediaRequestAspectRatio
from .create_media_request_camera_path import CreateMediaRequestCameraPath
from .create_media_request_character_animate import CreateMediaRequestCharacterAnimate
from .create_media_request_extend_video import CreateMediaRequestExtendVideo
from .create_media_request_sound_effects import CreateMediaRequestSoundEffects
from .credit_estimate import CreditEstimate
from .credit_estimate_breakdown import CreditEstimateBreakdown
from .crop_video_request import CropVideoRequest
from .edit_image_request import EditImageRequest
from .edit_image_request_option import EditImageRequestOption
from .edit_image_request_reframe_parameters import EditImageRequestReframeParameters
from .edit_media_request import EditMediaRequest
from .edit_media_request_aspect_ratio import EditMediaRequestAspectRatio
from .elements_request import ElementsRequest
from .enhance_video_request import EnhanceVideoRequest
from .enhance_video_request_enhance_mode import EnhanceVideoRequestEnhanceMode
from .face_swap_request import FaceSwapRequest
from .file_map_item import FileMapItem
from .get_media_response import GetMediaResponse
from .http_validation_error import HTTPValidationError
from .image_estimate_credits_request import ImageEstimateCreditsRequest
from .image_to_image_request import ImageToImageRequest
from .image_to_prompt_request import ImageToPromptRequest
from .lip_sync_request import LipSyncRequest
from .media import Media
from .media_response import MediaResponse
from .message import Message
from .pose_preset import PosePreset
from .process_media_response import ProcessMediaResponse
from .process_media_response_data_type_1 import ProcessMediaResponseDataType1
from .processing_status import ProcessingStatus
from .processing_status_response import ProcessingStatusResponse
from .reference_to_video_request import ReferenceToVideoRequest
from .refine_prompt_request import RefinePromptRequest
from .reframe_video_request import ReframeVideoRequest
from .replace_image_background_request import ReplaceImageBackgroundRequest
from .replace_image_background_request_option import ReplaceImageBackgroundRequestOption
from .replace_video_background_request import ReplaceVideoBackgroundRequest
from .replace_video_background_request_alignment import ReplaceVideoBackgroundRequestAlignment
from .sound_effect_request import SoundEffectRequest
from .submit_params import SubmitParams
from .submit_params_pipeline_preset import SubmitParamsPipelinePreset
from .submit_params_sound_effects import SubmitParamsSoundEffects
from .text_prompt_request import TextPromptRequest
from .text_prompt_request_mode import TextPromptRequestMode
from .text_prompt_request_option import TextPromptRequestOption
from .text_to_image_request import TextToImageRequest
from .try_on_request import TryOnRequest
from .upload_image_request import UploadImageRequest
from .upload_media_request import UploadMediaRequest
from .upload_video_request import UploadVideoRequest
from .validation_error import ValidationError
from .video_effects_request import VideoEffectsRequest
from .video_estimate_credits_request import VideoEstimateCreditsRequest
from .video_estimate_credits_request_app_name import VideoEstimateCreditsRequestAppName
from .video_history_item import VideoHistoryItem
from .video_to_video_request import VideoToVideoRequest
from .webhook_payload import WebhookPayload
from .yes_no import YesNo

__all__ = (
    "Asset",
    "AssetArgs",
    "AssetHistoryItem",
    "AssetStatus",
    "AttachAudioRequest",
    "AttachAudioRequestAttachMode",
    "AvatarLipSyncRequest",
    "AvatarLipSyncRequestAspectRatio",
    "AvatarLipSyncRequestShowCaption",
    "CreateMediaFromPromptRequest",
    "CreateMediaRequest",
    "CreateMediaRequestAspectRatio",
    "CreateMediaRequestCameraPath",
    "CreateMediaRequestCharacterAnimate",
    "CreateMediaRequestExtendVideo",
    "CreateMediaRequestSoundEffects",
    "CreditEstimate",
    "CreditEstimateBreakdown",
    "CropVideoRequest",
    "EditImageRequest",
    "EditImageRequestOption",
    "EditImageRequestReframeParameters",
    "EditMediaRequest",
    "EditMediaRequestAspectRatio",
    "ElementsRequest",
    "EnhanceVideoRequest",
    "EnhanceVideoRequestEnhanceMode",
    "FaceSwapRequest",
    "FileMapItem",
    "GetMediaResponse",
    "HTTPValidationError",
    "ImageEstimateCreditsRequest",
    "ImageToImageRequest",
    "ImageToPromptRequest",
    "LipSyncRequest",
    "Media",
    "MediaResponse",
    "Message",
    "PosePreset",
    "ProcessMediaResponse",
    "ProcessMediaResponseDataType1",
    "ProcessingStatus",
    "ProcessingStatusResponse",
    "ReferenceToVideoRequest",
    "RefinePromptRequest",
    "ReframeVideoRequest",
    "ReplaceImageBackgroundRequest",
    "ReplaceImageBackgroundRequestOption",
    "ReplaceVideoBackgroundRequest",
    "ReplaceVideoBackgroundRequestAlignment",
    "SoundEffectRequest",
    "SubmitParams",
    "SubmitParamsPipelinePreset",
    "SubmitParamsSoundEffects",
    "TextPromptRequest",
    "TextPromptRequestMode",
    "TextPromptRequestOption",
    "TextToImageRequest",
    "TryOnRequest",
    "UploadImageRequest",
    "UploadMediaRequest",
    "UploadVideoRequest",
    "ValidationError",
    "VideoEffectsRequest",
    "VideoEstimateCreditsRequest",
    "VideoEstimateCreditsRequestAppName",
    "VideoHistoryItem",
    "VideoToVideoRequest",
    "WebhookPayload",
    "YesNo",
)
