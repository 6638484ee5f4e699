from enum import StrEnum


class VideoEstimateCreditsRequestAppName(StrEnum):
    EDIT_VIDEO = "edit-video"
    LIP_SYNC = "lip-sync"
    REFERENCE_TO_VIDEO = "reference-to-video"
    REPLACE_BACKGROUND_VIDEO = "replace-background-video"
    TEXT_IMAGE_TO_VIDEO = "text-image-to-video"
    TRY_ON = "try-on"
    UPLOAD_VIDEO = "upload-video"
    VIDEO_EFFECTS = "video-effects"
    VIDEO_TO_VIDEO = "video-to-video"

    def __str__(self) -> str:
        return str(self.value)
