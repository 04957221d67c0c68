from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scope_type import ScopeType
from ..models.subject_type import SubjectType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessRuleCreationFields")


@_attrs_define
class AccessRuleCreationFields:
    """Schema ``AccessRuleCreationFields`` of the Run:ai API 2.24.

    Attributes:
        role_id (int):
        scope_id (str):
        scope_type (ScopeType):
        subject_id (str):
        subject_type (SubjectType):
        cluster_id (UUID | Unset):
    """

    role_id: int
    scope_id: str
    scope_type: ScopeType
    subject_id: str
    subject_type: SubjectType
    cluster_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        scope_id = self.scope_id

        scope_type = self.scope_type.value

        subject_id = self.subject_id

        subject_type = self.subject_type.value

        cluster_id: str | Unset = UNSET
        if not isinstance(self.cluster_id, Unset):
            cluster_id = str(self.cluster_id)

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["roleId"] = role_id
        field__dict["scopeId"] = scope_id
        field__dict["scopeType"] = scope_type
        field__dict["subjectId"] = subject_id
        field__dict["subjectType"] = subject_type
        if cluster_id is not UNSET:
            field__dict["clusterId"] = cluster_id
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        role_id = rest__dict.pop("roleId")
        scope_id = rest__dict.pop("scopeId")
        scope_type = ScopeType(rest__dict.pop("scopeType"))

        subject_id = rest__dict.pop("subjectId")
        subject_type = SubjectType(rest__dict.pop("subjectType"))

        _cluster_id = rest__dict.pop("clusterId", UNSET)
        cluster_id: UUID | Unset
        if isinstance(_cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = UUID(_cluster_id)

        model__instance = cls__(
            role_id=role_id,
            scope_id=scope_id,
            scope_type=scope_type,
            subject_id=subject_id,
            subject_type=subject_type,
            cluster_id=cluster_id,
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
