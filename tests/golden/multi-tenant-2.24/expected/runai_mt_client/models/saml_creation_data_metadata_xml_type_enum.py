from enum import StrEnum


class SamlCreationDataMetadataXmlTypeEnum(StrEnum):
    FILE = "file"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)
