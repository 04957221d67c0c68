from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Application")


@_attrs_define
class Application:
    """Schema ``Application`` of the Run:ai API 2.24.

    Attributes:
        client_id (str):
        created_at (datetime.datetime | None):
        created_by (str):
        enabled (bool):
        id (str):
        last_login (datetime.datetime | None):
        name (str):
        updated_at (datetime.datetime | None):
        tenant_id (str | Unset):
    """

    client_id: str
    created_at: datetime.datetime | None
    created_by: str
    enabled: bool
    id: str
    last_login: datetime.datetime | None
    name: str
    updated_at: datetime.datetime | None
    tenant_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        created_by = self.created_by

        enabled = self.enabled

        id = self.id

        last_login: None | str
        if isinstance(self.last_login, datetime.datetime):
            last_login = self.last_login.isoformat()
        else:
            last_login = self.last_login

        name = self.name

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        tenant_id = self.tenant_id

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["clientId"] = client_id
        field__dict["createdAt"] = created_at
        field__dict["createdBy"] = created_by
        field__dict["enabled"] = enabled
        field__dict["id"] = id
        field__dict["lastLogin"] = last_login
        field__dict["name"] = name
        field__dict["updatedAt"] = updated_at
        if tenant_id is not UNSET:
            field__dict["tenantId"] = tenant_id
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        client_id = rest__dict.pop("clientId")

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created_at = _parse_created_at(rest__dict.pop("createdAt"))

        created_by = rest__dict.pop("createdBy")
        enabled = rest__dict.pop("enabled")
        id = rest__dict.pop("id")

        def _parse_last_login(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_login_type_0 = datetime.datetime.fromisoformat(data)

                return last_login_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_login = _parse_last_login(rest__dict.pop("lastLogin"))

        name = rest__dict.pop("name")

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(rest__dict.pop("updatedAt"))

        tenant_id = rest__dict.pop("tenantId", UNSET)
        model__instance = cls__(
            client_id=client_id,
            created_at=created_at,
            created_by=created_by,
            enabled=enabled,
            id=id,
            last_login=last_login,
            name=name,
            updated_at=updated_at,
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
