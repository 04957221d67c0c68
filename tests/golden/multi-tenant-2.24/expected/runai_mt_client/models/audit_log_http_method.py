from enum import StrEnum


class AuditLogHttpMethod(StrEnum):
    CREATE = "CREATE"
    DELETE = "DELETE"
    GET = "GET"
    PATCH = "PATCH"
    POST = "POST"
    PUT = "PUT"

    def __str__(self) -> str:
        return str(self.value)
