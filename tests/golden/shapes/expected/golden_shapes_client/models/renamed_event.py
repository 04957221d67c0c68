from enum import StrEnum


class RenamedEvent(StrEnum):
    RENAMED = "renamed"

    def __str__(self) -> str:
        return str(self.value)
