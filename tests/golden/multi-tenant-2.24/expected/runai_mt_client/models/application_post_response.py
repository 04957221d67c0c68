from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplicationPostResponse")


@_attrs_define
class ApplicationPostResponse:
    """Schema ``ApplicationPostResponse`` of the Run:ai API 2.24.

    Attributes:
        id (str):
        name (str):
        secret (str):
        client_id (str | Unset):
    """

    id: str
    name: str
    secret: str
    client_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        secret = self.secret

        client_id = self.client_id

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["id"] = id
        field__dict["name"] = name
        field__dict["secret"] = secret
        if client_id is not UNSET:
            field__dict["clientId"] = client_id
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        id = rest__dict.pop("id")
        name = rest__dict.pop("name")
        secret = rest__dict.pop("secret")
        client_id = rest__dict.pop("clientId", UNSET)
        model__instance = cls__(
            id=id,
            name=name,
            secret=secret,
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
