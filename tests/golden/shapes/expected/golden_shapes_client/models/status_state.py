from enum import StrEnum


class StatusState(StrEnum):
    DEGRADED = "degraded"
    IN_MAINTENANCE = "in-maintenance"
    OK = "ok"
    VALUE_3 = "2fa-required"

    def __str__(self) -> str:
        return str(self.value)
