from enum import StrEnum


class GetAuditLogsSortBy(StrEnum):
    ACTION = "action"
    ENTITY_ID = "entity_id"
    ENTITY_NAME = "entity_name"
    ENTITY_TYPE = "entity_type"
    HTTP_METHOD = "http_method"
    RESULT = "result"
    SOURCE_IP = "source_ip"
    SUBJECT = "subject"
    SUBJECT_TYPE = "subject_type"
    TIMESTAMP = "timestamp"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)
