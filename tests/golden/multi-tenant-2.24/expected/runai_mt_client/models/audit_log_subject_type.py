from enum import StrEnum


class AuditLogSubjectType(StrEnum):
    APP = "App"
    USER = "User"

    def __str__(self) -> str:
        return str(self.value)
