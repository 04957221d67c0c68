from enum import StrEnum


class AuditLogResult(StrEnum):
    FAILED = "Failed"
    SUCCEEDED = "Succeeded"

    def __str__(self) -> str:
        return str(self.value)
