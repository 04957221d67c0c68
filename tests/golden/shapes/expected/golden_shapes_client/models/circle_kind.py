from enum import StrEnum


class CircleKind(StrEnum):
    CIRCLE = "Circle"

    def __str__(self) -> str:
        return str(self.value)
