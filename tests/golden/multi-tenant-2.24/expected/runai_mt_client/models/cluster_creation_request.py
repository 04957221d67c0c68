from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterCreationRequest")


@_attrs_define
class ClusterCreationRequest:
    """Schema ``ClusterCreationRequest`` of the Run:ai API 2.24.

    Attributes:
        name (str):
        domain (str | Unset):
        version (str | Unset):
    """

    name: str
    domain: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        domain = self.domain

        version = self.version

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["name"] = name
        if domain is not UNSET:
            field__dict["domain"] = domain
        if version is not UNSET:
            field__dict["version"] = version
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        name = rest__dict.pop("name")
        domain = rest__dict.pop("domain", UNSET)
        version = rest__dict.pop("version", UNSET)
        model__instance = cls__(
            name=name,
            domain=domain,
            version=version,
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
