from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grant_token_v2_body_grant_type import GrantTokenV2BodyGrantType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GrantTokenV2Body")


@_attrs_define
class GrantTokenV2Body:
    """Inline schema of the Run:ai API 2.24.

    Attributes:
        grant_type (GrantTokenV2BodyGrantType):
        client_id (str | Unset):
        client_secret (str | Unset):
        code (str | Unset):
        password (str | Unset):
        redirect_uri (str | Unset):
        refresh_token (str | Unset):
        username (str | Unset):
    """

    grant_type: GrantTokenV2BodyGrantType
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    code: str | Unset = UNSET
    password: str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        client_id = self.client_id

        client_secret = self.client_secret

        code = self.code

        password = self.password

        redirect_uri = self.redirect_uri

        refresh_token = self.refresh_token

        username = self.username

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["grant_type"] = grant_type
        if client_id is not UNSET:
            field__dict["client_id"] = client_id
        if client_secret is not UNSET:
            field__dict["client_secret"] = client_secret
        if code is not UNSET:
            field__dict["code"] = code
        if password is not UNSET:
            field__dict["password"] = password
        if redirect_uri is not UNSET:
            field__dict["redirect_uri"] = redirect_uri
        if refresh_token is not UNSET:
            field__dict["refresh_token"] = refresh_token
        if username is not UNSET:
            field__dict["username"] = username
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        grant_type = GrantTokenV2BodyGrantType(rest__dict.pop("grant_type"))

        client_id = rest__dict.pop("client_id", UNSET)
        client_secret = rest__dict.pop("client_secret", UNSET)
        code = rest__dict.pop("code", UNSET)
        password = rest__dict.pop("password", UNSET)
        redirect_uri = rest__dict.pop("redirect_uri", UNSET)
        refresh_token = rest__dict.pop("refresh_token", UNSET)
        username = rest__dict.pop("username", UNSET)
        model__instance = cls__(
            grant_type=grant_type,
            client_id=client_id,
            client_secret=client_secret,
            code=code,
            password=password,
            redirect_uri=redirect_uri,
            refresh_token=refresh_token,
            username=username,
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
