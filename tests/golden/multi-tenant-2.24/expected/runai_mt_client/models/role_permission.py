from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission_action import PermissionAction
from ..models.resource_type import ResourceType

T = TypeVar("T", bound="RolePermission")


@_attrs_define
class RolePermission:
    """Schema ``RolePermission`` of the Run:ai API 2.24.

    Attributes:
        actions (list[PermissionAction]):
        resource_type (ResourceType):
    """

    actions: list[PermissionAction]
    resource_type: ResourceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.value
            actions.append(actions_item)

        resource_type = self.resource_type.value

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["actions"] = actions
        field__dict["resourceType"] = resource_type
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        actions = []
        _actions = rest__dict.pop("actions")
        for actions_item_data in _actions:
            actions_item = PermissionAction(actions_item_data)

            actions.append(actions_item)

        resource_type = ResourceType(rest__dict.pop("resourceType"))

        model__instance = cls__(
            actions=actions,
            resource_type=resource_type,
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
