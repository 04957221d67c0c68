from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_dependency_status_components import ClusterDependencyStatusComponents

T = TypeVar("T", bound="ClusterDependencyStatus")


@_attrs_define
class ClusterDependencyStatus:
    """Schema ``ClusterDependencyStatus`` of the Run:ai API 2.24.

    Attributes:
        available (bool):
        components (ClusterDependencyStatusComponents | Unset):
        reason (str | Unset):
    """

    available: bool
    components: ClusterDependencyStatusComponents | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available = self.available

        components: dict[str, Any] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = self.components.to_dict()

        reason = self.reason

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["available"] = available
        if components is not UNSET:
            field__dict["components"] = components
        if reason is not UNSET:
            field__dict["reason"] = reason
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        from ..models.cluster_dependency_status_components import ClusterDependencyStatusComponents

        rest__dict = dict(src__dict)
        available = rest__dict.pop("available")
        _components = rest__dict.pop("components", UNSET)
        components: ClusterDependencyStatusComponents | Unset
        if isinstance(_components, Unset):
            components = UNSET
        else:
            components = ClusterDependencyStatusComponents.from_dict(_components)

        reason = rest__dict.pop("reason", UNSET)
        model__instance = cls__(
            available=available,
            components=components,
            reason=reason,
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
