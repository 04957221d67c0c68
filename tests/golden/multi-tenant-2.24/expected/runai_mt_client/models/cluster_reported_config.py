from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterReportedConfig")


@_attrs_define
class ClusterReportedConfig:
    """Schema ``ClusterReportedConfig`` of the Run:ai API 2.24.

    Attributes:
        ingress_class (None | str | Unset):
        subdomain_enabled (bool | None | Unset):
        workload_ownership_protection (bool | None | Unset):
    """

    ingress_class: None | str | Unset = UNSET
    subdomain_enabled: bool | None | Unset = UNSET
    workload_ownership_protection: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ingress_class: None | str | Unset
        if isinstance(self.ingress_class, Unset):
            ingress_class = UNSET
        else:
            ingress_class = self.ingress_class

        subdomain_enabled: bool | None | Unset
        if isinstance(self.subdomain_enabled, Unset):
            subdomain_enabled = UNSET
        else:
            subdomain_enabled = self.subdomain_enabled

        workload_ownership_protection: bool | None | Unset
        if isinstance(self.workload_ownership_protection, Unset):
            workload_ownership_protection = UNSET
        else:
            workload_ownership_protection = self.workload_ownership_protection

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        if ingress_class is not UNSET:
            field__dict["ingressClass"] = ingress_class
        if subdomain_enabled is not UNSET:
            field__dict["subdomainEnabled"] = subdomain_enabled
        if workload_ownership_protection is not UNSET:
            field__dict["workloadOwnershipProtection"] = workload_ownership_protection
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)

        def _parse_ingress_class(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ingress_class = _parse_ingress_class(rest__dict.pop("ingressClass", UNSET))

        def _parse_subdomain_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        subdomain_enabled = _parse_subdomain_enabled(rest__dict.pop("subdomainEnabled", UNSET))

        def _parse_workload_ownership_protection(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        workload_ownership_protection = _parse_workload_ownership_protection(
            rest__dict.pop("workloadOwnershipProtection", UNSET)
        )

        model__instance = cls__(
            ingress_class=ingress_class,
            subdomain_enabled=subdomain_enabled,
            workload_ownership_protection=workload_ownership_protection,
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
