from enum import StrEnum


class ServiceCode(StrEnum):
    DIRECT = "direct"
    TEXT2SPEECH = "text2speech"
    TEXT2SPEECH_SSML = "text2speech_ssml"

    def __str__(self) -> str:
        return str(self.value)
