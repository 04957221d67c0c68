from enum import StrEnum


class ScopeType(StrEnum):
    CLUSTER = "cluster"
    DEPARTMENT = "department"
    PROJECT = "project"
    SYSTEM = "system"
    TENANT = "tenant"

    def __str__(self) -> str:
        return str(self.value)
