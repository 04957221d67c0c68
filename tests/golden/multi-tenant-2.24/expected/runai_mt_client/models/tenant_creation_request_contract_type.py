from enum import StrEnum


class TenantCreationRequestContractType(StrEnum):
    NORMAL = "normal"
    TRIAL = "trial"

    def __str__(self) -> str:
        return str(self.value)
