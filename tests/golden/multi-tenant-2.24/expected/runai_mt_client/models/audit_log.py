from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_log_action import AuditLogAction
from ..models.audit_log_http_method import AuditLogHttpMethod
from ..models.audit_log_result import AuditLogResult
from ..models.audit_log_subject_type import AuditLogSubjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_metadata import AuditLogMetadata

T = TypeVar("T", bound="AuditLog")


@_attrs_define
class AuditLog:
    """Schema ``AuditLog`` of the Run:ai API 2.24.

    Attributes:
        action (AuditLogAction):
        result (AuditLogResult):
        subject (str):
        subject_type (AuditLogSubjectType):  Default: AuditLogSubjectType.USER.
        tenant_id (str):
        cluster_id (UUID | Unset):
        cluster_name (str | Unset):
        entity_id (str | Unset):
        entity_name (str | Unset):
        entity_type (str | Unset):
        http_method (AuditLogHttpMethod | Unset):
        http_status_code (int | Unset):
        id (UUID | Unset):
        metadata (AuditLogMetadata | Unset):
        request_id (UUID | Unset):
        source_ip (str | Unset):
        timestamp (datetime.datetime | Unset):
        url (str | Unset):
    """

    action: AuditLogAction
    result: AuditLogResult
    subject: str
    tenant_id: str
    subject_type: AuditLogSubjectType = AuditLogSubjectType.USER
    cluster_id: UUID | Unset = UNSET
    cluster_name: str | Unset = UNSET
    entity_id: str | Unset = UNSET
    entity_name: str | Unset = UNSET
    entity_type: str | Unset = UNSET
    http_method: AuditLogHttpMethod | Unset = UNSET
    http_status_code: int | Unset = UNSET
    id: UUID | Unset = UNSET
    metadata: AuditLogMetadata | Unset = UNSET
    request_id: UUID | Unset = UNSET
    source_ip: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        result = self.result.value

        subject = self.subject

        subject_type = self.subject_type.value

        tenant_id = self.tenant_id

        cluster_id: str | Unset = UNSET
        if not isinstance(self.cluster_id, Unset):
            cluster_id = str(self.cluster_id)

        cluster_name = self.cluster_name

        entity_id = self.entity_id

        entity_name = self.entity_name

        entity_type = self.entity_type

        http_method: str | Unset = UNSET
        if not isinstance(self.http_method, Unset):
            http_method = self.http_method.value

        http_status_code = self.http_status_code

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        request_id: str | Unset = UNSET
        if not isinstance(self.request_id, Unset):
            request_id = str(self.request_id)

        source_ip = self.source_ip

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        url = self.url

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["action"] = action
        field__dict["result"] = result
        field__dict["subject"] = subject
        field__dict["subject_type"] = subject_type
        field__dict["tenant_id"] = tenant_id
        if cluster_id is not UNSET:
            field__dict["cluster_id"] = cluster_id
        if cluster_name is not UNSET:
            field__dict["cluster_name"] = cluster_name
        if entity_id is not UNSET:
            field__dict["entity_id"] = entity_id
        if entity_name is not UNSET:
            field__dict["entity_name"] = entity_name
        if entity_type is not UNSET:
            field__dict["entity_type"] = entity_type
        if http_method is not UNSET:
            field__dict["http_method"] = http_method
        if http_status_code is not UNSET:
            field__dict["http_status_code"] = http_status_code
        if id is not UNSET:
            field__dict["id"] = id
        if metadata is not UNSET:
            field__dict["metadata"] = metadata
        if request_id is not UNSET:
            field__dict["request_id"] = request_id
        if source_ip is not UNSET:
            field__dict["source_ip"] = source_ip
        if timestamp is not UNSET:
            field__dict["timestamp"] = timestamp
        if url is not UNSET:
            field__dict["url"] = url
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        from ..models.audit_log_metadata import AuditLogMetadata

        rest__dict = dict(src__dict)
        action = AuditLogAction(rest__dict.pop("action"))

        result = AuditLogResult(rest__dict.pop("result"))

        subject = rest__dict.pop("subject")
        subject_type = AuditLogSubjectType(rest__dict.pop("subject_type"))

        tenant_id = rest__dict.pop("tenant_id")
        _cluster_id = rest__dict.pop("cluster_id", UNSET)
        cluster_id: UUID | Unset
        if isinstance(_cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = UUID(_cluster_id)

        cluster_name = rest__dict.pop("cluster_name", UNSET)
        entity_id = rest__dict.pop("entity_id", UNSET)
        entity_name = rest__dict.pop("entity_name", UNSET)
        entity_type = rest__dict.pop("entity_type", UNSET)
        _http_method = rest__dict.pop("http_method", UNSET)
        http_method: AuditLogHttpMethod | Unset
        if isinstance(_http_method, Unset):
            http_method = UNSET
        else:
            http_method = AuditLogHttpMethod(_http_method)

        http_status_code = rest__dict.pop("http_status_code", UNSET)
        _id = rest__dict.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _metadata = rest__dict.pop("metadata", UNSET)
        metadata: AuditLogMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AuditLogMetadata.from_dict(_metadata)

        _request_id = rest__dict.pop("request_id", UNSET)
        request_id: UUID | Unset
        if isinstance(_request_id, Unset):
            request_id = UNSET
        else:
            request_id = UUID(_request_id)

        source_ip = rest__dict.pop("source_ip", UNSET)
        _timestamp = rest__dict.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        url = rest__dict.pop("url", UNSET)
        model__instance = cls__(
            action=action,
            result=result,
            subject=subject,
            subject_type=subject_type,
            tenant_id=tenant_id,
            cluster_id=cluster_id,
            cluster_name=cluster_name,
            entity_id=entity_id,
            entity_name=entity_name,
            entity_type=entity_type,
            http_method=http_method,
            http_status_code=http_status_code,
            id=id,
            metadata=metadata,
            request_id=request_id,
            source_ip=source_ip,
            timestamp=timestamp,
            url=url,
        )
        model__instance.additional_properties = rest__dict
        return model__instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
