from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_reported_status_platform_type import ClusterReportedStatusPlatformType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterReportedStatusPlatform")


@_attrs_define
class ClusterReportedStatusPlatform:
    """Schema ``ClusterReportedStatusPlatform`` of the Run:ai API 2.24.

    Attributes:
        kube_version (None | str | Unset):
        type_ (ClusterReportedStatusPlatformType | Unset):
    """

    kube_version: None | str | Unset = UNSET
    type_: ClusterReportedStatusPlatformType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kube_version: None | str | Unset
        if isinstance(self.kube_version, Unset):
            kube_version = UNSET
        else:
            kube_version = self.kube_version

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        if kube_version is not UNSET:
            field__dict["kubeVersion"] = kube_version
        if type_ is not UNSET:
            field__dict["type"] = type_
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)

        def _parse_kube_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kube_version = _parse_kube_version(rest__dict.pop("kubeVersion", UNSET))

        _type_ = rest__dict.pop("type", UNSET)
        type_: ClusterReportedStatusPlatformType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ClusterReportedStatusPlatformType(_type_)

        model__instance = cls__(
            kube_version=kube_version,
            type_=type_,
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
