from enum import StrEnum


class SquareKind(StrEnum):
    SQUARE = "Square"

    def __str__(self) -> str:
        return str(self.value)
