from enum import StrEnum


class GetClustersVerbosity(StrEnum):
    FULL = "full"
    METADATA = "metadata"

    def __str__(self) -> str:
        return str(self.value)
