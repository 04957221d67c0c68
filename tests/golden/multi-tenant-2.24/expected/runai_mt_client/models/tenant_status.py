from enum import StrEnum


class TenantStatus(StrEnum):
    CREATING = "Creating"
    DELETED = "Deleted"
    DELETING = "Deleting"
    FAILED = "Failed"
    READY = "Ready"
    UPDATING = "Updating"

    def __str__(self) -> str:
        return str(self.value)
