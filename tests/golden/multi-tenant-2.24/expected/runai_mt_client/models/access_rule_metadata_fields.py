from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessRuleMetadataFields")


@_attrs_define
class AccessRuleMetadataFields:
    """Schema ``AccessRuleMetadataFields`` of the Run:ai API 2.24.

    Attributes:
        created_at (datetime.datetime):
        created_by (str):
        id (int):
        updated_at (datetime.datetime):
        deleted_at (datetime.datetime | None | Unset):
        tenant_id (int | Unset): Numeric id of a tenant.
    """

    created_at: datetime.datetime
    created_by: str
    id: int
    updated_at: datetime.datetime
    deleted_at: datetime.datetime | None | Unset = UNSET
    tenant_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        created_by = self.created_by

        id = self.id

        updated_at = self.updated_at.isoformat()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        tenant_id = self.tenant_id

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["createdAt"] = created_at
        field__dict["createdBy"] = created_by
        field__dict["id"] = id
        field__dict["updatedAt"] = updated_at
        if deleted_at is not UNSET:
            field__dict["deletedAt"] = deleted_at
        if tenant_id is not UNSET:
            field__dict["tenantId"] = tenant_id
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        created_at = datetime.datetime.fromisoformat(rest__dict.pop("createdAt"))

        created_by = rest__dict.pop("createdBy")
        id = rest__dict.pop("id")
        updated_at = datetime.datetime.fromisoformat(rest__dict.pop("updatedAt"))

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

        tenant_id = rest__dict.pop("tenantId", UNSET)
        model__instance = cls__(
            created_at=created_at,
            created_by=created_by,
            id=id,
            updated_at=updated_at,
            deleted_at=deleted_at,
            tenant_id=tenant_id,
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
