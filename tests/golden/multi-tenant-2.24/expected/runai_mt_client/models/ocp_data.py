from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OcpData")


@_attrs_define
class OcpData:
    """Schema ``OcpData`` of the Run:ai API 2.24.

    Attributes:
        client_id (str | Unset):
        client_secret (str | Unset):
        idp_base_url (str | Unset):
        scopes (list[str] | Unset):
    """

    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    idp_base_url: str | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        idp_base_url = self.idp_base_url

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        if client_id is not UNSET:
            field__dict["clientId"] = client_id
        if client_secret is not UNSET:
            field__dict["clientSecret"] = client_secret
        if idp_base_url is not UNSET:
            field__dict["idpBaseUrl"] = idp_base_url
        if scopes is not UNSET:
            field__dict["scopes"] = scopes
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        client_id = rest__dict.pop("clientId", UNSET)
        client_secret = rest__dict.pop("clientSecret", UNSET)
        idp_base_url = rest__dict.pop("idpBaseUrl", UNSET)
        scopes = cast(list[str], rest__dict.pop("scopes", UNSET))

        model__instance = cls__(
            client_id=client_id,
            client_secret=client_secret,
            idp_base_url=idp_base_url,
            scopes=scopes,
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
