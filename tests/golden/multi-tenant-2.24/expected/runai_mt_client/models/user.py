from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A platform user.

    Schema ``User`` of the Run:ai API 2.24.

        Attributes:
            created_at (datetime.datetime | None):
            created_by (str):
            id (str):
            is_local (bool | None):
            last_login (datetime.datetime | None):
            updated_at (datetime.datetime | None):
            username (str):
            groups (list[str] | None | Unset):
    """

    created_at: datetime.datetime | None
    created_by: str
    id: str
    is_local: bool | None
    last_login: datetime.datetime | None
    updated_at: datetime.datetime | None
    username: str
    groups: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        created_by = self.created_by

        id = self.id

        is_local: bool | None
        is_local = self.is_local

        last_login: None | str
        if isinstance(self.last_login, datetime.datetime):
            last_login = self.last_login.isoformat()
        else:
            last_login = self.last_login

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        username = self.username

        groups: list[str] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = self.groups

        else:
            groups = self.groups

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["createdAt"] = created_at
        field__dict["createdBy"] = created_by
        field__dict["id"] = id
        field__dict["isLocal"] = is_local
        field__dict["lastLogin"] = last_login
        field__dict["updatedAt"] = updated_at
        field__dict["username"] = username
        if groups is not UNSET:
            field__dict["groups"] = groups
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)

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
        id = rest__dict.pop("id")

        def _parse_is_local(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_local = _parse_is_local(rest__dict.pop("isLocal"))

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

        username = rest__dict.pop("username")

        def _parse_groups(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                groups_type_0 = cast(list[str], data)

                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        groups = _parse_groups(rest__dict.pop("groups", UNSET))

        model__instance = cls__(
            created_at=created_at,
            created_by=created_by,
            id=id,
            is_local=is_local,
            last_login=last_login,
            updated_at=updated_at,
            username=username,
            groups=groups,
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
