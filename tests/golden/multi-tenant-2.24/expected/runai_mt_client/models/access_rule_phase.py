from enum import StrEnum


class AccessRulePhase(StrEnum):
    CREATING = "Creating"
    DELETING = "Deleting"
    NOTREADY = "NotReady"
    READY = "Ready"

    def __str__(self) -> str:
        return str(self.value)
