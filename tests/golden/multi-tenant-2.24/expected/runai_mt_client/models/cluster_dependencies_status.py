from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cluster_dependencies_status_optional import ClusterDependenciesStatusOptional
    from ..models.cluster_dependencies_status_required import ClusterDependenciesStatusRequired

T = TypeVar("T", bound="ClusterDependenciesStatus")


@_attrs_define
class ClusterDependenciesStatus:
    """Schema ``ClusterDependenciesStatus`` of the Run:ai API 2.24.

    Attributes:
        optional (ClusterDependenciesStatusOptional):
        required (ClusterDependenciesStatusRequired):
    """

    optional: ClusterDependenciesStatusOptional
    required: ClusterDependenciesStatusRequired
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        optional = self.optional.to_dict()

        required = self.required.to_dict()

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["optional"] = optional
        field__dict["required"] = required
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        from ..models.cluster_dependencies_status_optional import ClusterDependenciesStatusOptional
        from ..models.cluster_dependencies_status_required import ClusterDependenciesStatusRequired

        rest__dict = dict(src__dict)
        optional = ClusterDependenciesStatusOptional.from_dict(rest__dict.pop("optional"))

        required = ClusterDependenciesStatusRequired.from_dict(rest__dict.pop("required"))

        model__instance = cls__(
            optional=optional,
            required=required,
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
