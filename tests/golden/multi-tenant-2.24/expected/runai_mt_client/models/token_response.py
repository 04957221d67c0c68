from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenResponse")


@_attrs_define
class TokenResponse:
    """Tokens issued for a token request.

    Schema ``TokenResponse`` of the Run:ai API 2.24.

        Attributes:
            access_token (str | Unset):
            expires_in (int | Unset):
            id_token (str | Unset):
            refresh_token (str | Unset):
    """

    access_token: str | Unset = UNSET
    expires_in: int | Unset = UNSET
    id_token: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        id_token = self.id_token

        refresh_token = self.refresh_token

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        if access_token is not UNSET:
            field__dict["accessToken"] = access_token
        if expires_in is not UNSET:
            field__dict["expiresIn"] = expires_in
        if id_token is not UNSET:
            field__dict["idToken"] = id_token
        if refresh_token is not UNSET:
            field__dict["refreshToken"] = refresh_token
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        access_token = rest__dict.pop("accessToken", UNSET)
        expires_in = rest__dict.pop("expiresIn", UNSET)
        id_token = rest__dict.pop("idToken", UNSET)
        refresh_token = rest__dict.pop("refreshToken", UNSET)
        model__instance = cls__(
            access_token=access_token,
            expires_in=expires_in,
            id_token=id_token,
            refresh_token=refresh_token,
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
