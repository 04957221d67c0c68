from enum import StrEnum


class SubjectType(StrEnum):
    APP = "app"
    GROUP = "group"
    SERVICE_ACCOUNT = "service-account"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
