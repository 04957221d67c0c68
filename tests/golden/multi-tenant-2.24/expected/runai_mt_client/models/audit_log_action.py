from enum import StrEnum


class AuditLogAction(StrEnum):
    CREATE = "create"
    DELETE = "delete"
    RESET_PASSWORD = "reset-password"
    SIGN_IN = "sign-in"
    SIGN_OUT = "sign-out"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)
