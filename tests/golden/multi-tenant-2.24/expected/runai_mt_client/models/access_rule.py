from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scope_type import ScopeType
from ..models.subject_type import SubjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_rule_status_response import AccessRuleStatusResponse

T = TypeVar("T", bound="AccessRule")


@_attrs_define
class AccessRule:
    """Schema ``AccessRule`` of the Run:ai API 2.24.

    Attributes:
        role_id (int):
        scope_id (str):
        scope_type (ScopeType):
        subject_id (str):
        subject_type (SubjectType):
        role_name (str):
        scope_name (str):
        created_at (datetime.datetime):
        created_by (str):
        id (int):
        updated_at (datetime.datetime):
        tenant_id (int): Numeric id of a tenant.
        cluster_id (UUID | Unset):
        deleted_at (datetime.datetime | None | Unset):
        status (AccessRuleStatusResponse | Unset):
    """

    role_id: int
    scope_id: str
    scope_type: ScopeType
    subject_id: str
    subject_type: SubjectType
    role_name: str
    scope_name: str
    created_at: datetime.datetime
    created_by: str
    id: int
    updated_at: datetime.datetime
    tenant_id: int
    cluster_id: UUID | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    status: AccessRuleStatusResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        scope_id = self.scope_id

        scope_type = self.scope_type.value

        subject_id = self.subject_id

        subject_type = self.subject_type.value

        role_name = self.role_name

        scope_name = self.scope_name

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        id = self.id

        updated_at = self.updated_at.isoformat()

        tenant_id = self.tenant_id

        cluster_id: str | Unset = UNSET
        if not isinstance(self.cluster_id, Unset):
            cluster_id = str(self.cluster_id)

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["roleId"] = role_id
        field__dict["scopeId"] = scope_id
        field__dict["scopeType"] = scope_type
        field__dict["subjectId"] = subject_id
        field__dict["subjectType"] = subject_type
        field__dict["roleName"] = role_name
        field__dict["scopeName"] = scope_name
        field__dict["createdAt"] = created_at
        field__dict["createdBy"] = created_by
        field__dict["id"] = id
        field__dict["updatedAt"] = updated_at
        field__dict["tenantId"] = tenant_id
        if cluster_id is not UNSET:
            field__dict["clusterId"] = cluster_id
        if deleted_at is not UNSET:
            field__dict["deletedAt"] = deleted_at
        if status is not UNSET:
            field__dict["status"] = status
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        from ..models.access_rule_status_response import AccessRuleStatusResponse

        rest__dict = dict(src__dict)
        role_id = rest__dict.pop("roleId")
        scope_id = rest__dict.pop("scopeId")
        scope_type = ScopeType(rest__dict.pop("scopeType"))

        subject_id = rest__dict.pop("subjectId")
        subject_type = SubjectType(rest__dict.pop("subjectType"))

        role_name = rest__dict.pop("roleName")
        scope_name = rest__dict.pop("scopeName")
        created_at = datetime.datetime.fromisoformat(rest__dict.pop("createdAt"))

        created_by = rest__dict.pop("createdBy")
        id = rest__dict.pop("id")
        updated_at = datetime.datetime.fromisoformat(rest__dict.pop("updatedAt"))

        tenant_id = rest__dict.pop("tenantId")
        _cluster_id = rest__dict.pop("clusterId", UNSET)
        cluster_id: UUID | Unset
        if isinstance(_cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = UUID(_cluster_id)

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(rest__dict.pop("deletedAt", UNSET))

        _status = rest__dict.pop("status", UNSET)
        status: AccessRuleStatusResponse | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AccessRuleStatusResponse.from_dict(_status)

        model__instance = cls__(
            role_id=role_id,
            scope_id=scope_id,
            scope_type=scope_type,
            subject_id=subject_id,
            subject_type=subject_type,
            role_name=role_name,
            scope_name=scope_name,
            created_at=created_at,
            created_by=created_by,
            id=id,
            updated_at=updated_at,
            tenant_id=tenant_id,
            cluster_id=cluster_id,
            deleted_at=deleted_at,
            status=status,
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
