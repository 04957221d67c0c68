from enum import StrEnum


class CreatedEvent(StrEnum):
    CREATED = "created"

    def __str__(self) -> str:
        return str(self.value)
