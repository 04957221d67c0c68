from enum import StrEnum


class TenantCreationRequestRole(StrEnum):
    CLOUD_OPERATOR = "Cloud operator"
    SYSTEM_ADMINISTRATOR = "System administrator"

    def __str__(self) -> str:
        return str(self.value)
