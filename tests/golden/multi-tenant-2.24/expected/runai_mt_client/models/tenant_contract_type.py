from enum import StrEnum


class TenantContractType(StrEnum):
    NORMAL = "normal"
    TRIAL = "trial"

    def __str__(self) -> str:
        return str(self.value)
