from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import deprecated

from ..models.token_request_grant_type_enum import TokenRequestGrantTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    """Token request; which fields are needed depends on `grantType`.

    Schema ``TokenRequest`` of the Run:ai API 2.24.

        Attributes:
            app_id (str | Unset):
                Deprecated: Field 'appID' of TokenRequest is deprecated since Run:ai 2.22 and due for
                removal in 2.24.
            app_secret (str | Unset):
                Deprecated: Field 'appSecret' of TokenRequest is deprecated since Run:ai 2.22 and due for
                removal in 2.24.
            client_id (str | Unset):
            client_secret (str | Unset):
            code (str | Unset):
            external_token (str | Unset):
            grant_type (TokenRequestGrantTypeEnum | Unset):
            password (str | Unset):
            redirect_uri (str | Unset):
            refresh_token (str | Unset):
            username (str | Unset):
    """

    _app_id: str | Unset = _attrs_field(default=UNSET, alias="app_id")
    _app_secret: str | Unset = _attrs_field(default=UNSET, alias="app_secret")
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    code: str | Unset = UNSET
    external_token: str | Unset = UNSET
    grant_type: TokenRequestGrantTypeEnum | Unset = UNSET
    password: str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        # Passing a deprecated field (other than its default) to the constructor warns at the
        # caller's line (this method <- attrs' __init__ <- caller); from_dict sets it afterwards.
        if self._app_id is not UNSET:
            warnings.warn(
                "Field 'appID' of TokenRequest is deprecated since Run:ai 2.22 and due for removal in 2.24.",
                DeprecationWarning,
                stacklevel=3,
            )
        if self._app_secret is not UNSET:
            warnings.warn(
                "Field 'appSecret' of TokenRequest is deprecated since Run:ai 2.22 and due for removal in 2.24.",
                DeprecationWarning,
                stacklevel=3,
            )

    @property
    @deprecated(
        "Field 'appID' of TokenRequest is deprecated since Run:ai 2.22 and due for removal in 2.24.",
        category=DeprecationWarning,
    )
    def app_id(self) -> str | Unset:
        """Deprecated: Field 'appID' of TokenRequest is deprecated since Run:ai 2.22 and due for
        removal in 2.24."""
        return self._app_id

    @app_id.setter
    @deprecated(
        "Field 'appID' of TokenRequest is deprecated since Run:ai 2.22 and due for removal in 2.24.",
        category=DeprecationWarning,
    )
    def app_id(self, value: str | Unset) -> None:
        self._app_id = value

    @property
    @deprecated(
        "Field 'appSecret' of TokenRequest is deprecated since Run:ai 2.22 and due for removal in 2.24.",
        category=DeprecationWarning,
    )
    def app_secret(self) -> str | Unset:
        """Deprecated: Field 'appSecret' of TokenRequest is deprecated since Run:ai 2.22 and due for
        removal in 2.24."""
        return self._app_secret

    @app_secret.setter
    @deprecated(
        "Field 'appSecret' of TokenRequest is deprecated since Run:ai 2.22 and due for removal in 2.24.",
        category=DeprecationWarning,
    )
    def app_secret(self, value: str | Unset) -> None:
        self._app_secret = value

    def to_dict(self) -> dict[str, Any]:
        app_id = self._app_id

        app_secret = self._app_secret

        client_id = self.client_id

        client_secret = self.client_secret

        code = self.code

        external_token = self.external_token

        grant_type: str | Unset = UNSET
        if not isinstance(self.grant_type, Unset):
            grant_type = self.grant_type.value

        password = self.password

        redirect_uri = self.redirect_uri

        refresh_token = self.refresh_token

        username = self.username

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        if app_id is not UNSET:
            field__dict["appID"] = app_id
        if app_secret is not UNSET:
            field__dict["appSecret"] = app_secret
        if client_id is not UNSET:
            field__dict["clientID"] = client_id
        if client_secret is not UNSET:
            field__dict["clientSecret"] = client_secret
        if code is not UNSET:
            field__dict["code"] = code
        if external_token is not UNSET:
            field__dict["externalToken"] = external_token
        if grant_type is not UNSET:
            field__dict["grantType"] = grant_type
        if password is not UNSET:
            field__dict["password"] = password
        if redirect_uri is not UNSET:
            field__dict["redirectUri"] = redirect_uri
        if refresh_token is not UNSET:
            field__dict["refreshToken"] = refresh_token
        if username is not UNSET:
            field__dict["username"] = username
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        app_id = rest__dict.pop("appID", UNSET)
        app_secret = rest__dict.pop("appSecret", UNSET)
        client_id = rest__dict.pop("clientID", UNSET)
        client_secret = rest__dict.pop("clientSecret", UNSET)
        code = rest__dict.pop("code", UNSET)
        external_token = rest__dict.pop("externalToken", UNSET)
        _grant_type = rest__dict.pop("grantType", UNSET)
        grant_type: TokenRequestGrantTypeEnum | Unset
        if isinstance(_grant_type, Unset):
            grant_type = UNSET
        else:
            grant_type = TokenRequestGrantTypeEnum(_grant_type)

        password = rest__dict.pop("password", UNSET)
        redirect_uri = rest__dict.pop("redirectUri", UNSET)
        refresh_token = rest__dict.pop("refreshToken", UNSET)
        username = rest__dict.pop("username", UNSET)
        model__instance = cls__(
            client_id=client_id,
            client_secret=client_secret,
            code=code,
            external_token=external_token,
            grant_type=grant_type,
            password=password,
            redirect_uri=redirect_uri,
            refresh_token=refresh_token,
            username=username,
        )
        model__instance._app_id = app_id
        model__instance._app_secret = app_secret
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
