from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EnrichmentDataFields")


@_attrs_define
class EnrichmentDataFields:
    """Schema ``EnrichmentDataFields`` of the Run:ai API 2.24.

    Attributes:
        role_name (str):
        scope_name (str):
    """

    role_name: str
    scope_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_name = self.role_name

        scope_name = self.scope_name

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["roleName"] = role_name
        field__dict["scopeName"] = scope_name
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        role_name = rest__dict.pop("roleName")
        scope_name = rest__dict.pop("scopeName")
        model__instance = cls__(
            role_name=role_name,
            scope_name=scope_name,
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
