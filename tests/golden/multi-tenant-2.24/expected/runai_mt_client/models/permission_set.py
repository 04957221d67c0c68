from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role_permission import RolePermission

T = TypeVar("T", bound="PermissionSet")


@_attrs_define
class PermissionSet:
    """Schema ``PermissionSet`` of the Run:ai API 2.24.

    Attributes:
        id (UUID):
        name (str):
        permissions (list[RolePermission]):
        description (str | Unset):
    """

    id: UUID
    name: str
    permissions: list[RolePermission]
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        permissions = []
        for componentsschemas_role_permissions_item_data in self.permissions:
            componentsschemas_role_permissions_item = (
                componentsschemas_role_permissions_item_data.to_dict()
            )
            permissions.append(componentsschemas_role_permissions_item)

        description = self.description

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["id"] = id
        field__dict["name"] = name
        field__dict["permissions"] = permissions
        if description is not UNSET:
            field__dict["description"] = description
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        from ..models.role_permission import RolePermission

        rest__dict = dict(src__dict)
        id = UUID(rest__dict.pop("id"))

        name = rest__dict.pop("name")
        permissions = []
        _permissions = rest__dict.pop("permissions")
        for componentsschemas_role_permissions_item_data in _permissions:
            componentsschemas_role_permissions_item = RolePermission.from_dict(
                componentsschemas_role_permissions_item_data
            )

            permissions.append(componentsschemas_role_permissions_item)

        description = rest__dict.pop("description", UNSET)
        model__instance = cls__(
            id=id,
            name=name,
            permissions=permissions,
            description=description,
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
