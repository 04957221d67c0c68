from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceAccountPostResponse")


@_attrs_define
class ServiceAccountPostResponse:
    """Schema ``ServiceAccountPostResponse`` of the Run:ai API 2.24.

    Attributes:
        client_secret (str):
        id (str):
        name (str):
        client_id (str | Unset):
    """

    client_secret: str
    id: str
    name: str
    client_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_secret = self.client_secret

        id = self.id

        name = self.name

        client_id = self.client_id

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["clientSecret"] = client_secret
        field__dict["id"] = id
        field__dict["name"] = name
        if client_id is not UNSET:
            field__dict["clientId"] = client_id
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        client_secret = rest__dict.pop("clientSecret")
        id = rest__dict.pop("id")
        name = rest__dict.pop("name")
        client_id = rest__dict.pop("clientId", UNSET)
        model__instance = cls__(
            client_secret=client_secret,
            id=id,
            name=name,
            client_id=client_id,
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
