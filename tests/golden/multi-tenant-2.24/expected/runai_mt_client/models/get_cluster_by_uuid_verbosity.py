from enum import StrEnum


class GetClusterByUuidVerbosity(StrEnum):
    FULL = "full"
    METADATA = "metadata"

    def __str__(self) -> str:
        return str(self.value)
