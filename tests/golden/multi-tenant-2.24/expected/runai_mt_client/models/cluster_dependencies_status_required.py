from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cluster_dependency_status import ClusterDependencyStatus

T = TypeVar("T", bound="ClusterDependenciesStatusRequired")


@_attrs_define
class ClusterDependenciesStatusRequired:
    """Schema ``ClusterDependenciesStatus`` of the Run:ai API 2.24."""

    additional_properties: dict[str, ClusterDependencyStatus] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        field__dict: dict[str, Any] = {}
        for extra__name, extra__value in self.additional_properties.items():
            field__dict[extra__name] = extra__value.to_dict()
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        from ..models.cluster_dependency_status import ClusterDependencyStatus

        rest__dict = dict(src__dict)
        model__instance = cls__()
        extra__properties = {}
        for extra__name, extra__data in rest__dict.items():
            additional_property = ClusterDependencyStatus.from_dict(extra__data)

            extra__properties[extra__name] = additional_property
        model__instance.additional_properties = extra__properties
        return model__instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ClusterDependencyStatus:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ClusterDependencyStatus) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
