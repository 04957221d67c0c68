from enum import StrEnum


class UsersFilterSortFields(StrEnum):
    CREATEDBY = "createdBy"
    CREATIONTIME = "creationTime"
    LASTLOGIN = "lastLogin"
    LASTUPDATED = "lastUpdated"
    TYPE = "type"
    USERNAME = "username"

    def __str__(self) -> str:
        return str(self.value)
