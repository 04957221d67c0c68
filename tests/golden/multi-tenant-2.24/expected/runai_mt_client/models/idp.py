from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.idp_type import IdpType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mappers import Mappers
    from ..models.ocp_data import OcpData
    from ..models.oidc_data import OidcData
    from ..models.saml_data import SamlData

T = TypeVar("T", bound="Idp")


@_attrs_define
class Idp:
    """An external identity provider.

    Schema ``Idp`` of the Run:ai API 2.24.

        Attributes:
            alias (str):
            redirect_uri (str):
            type_ (IdpType):
            mappers (Mappers | Unset):
            ocp_data (None | OcpData | Unset):
            oidc_data (None | OidcData | Unset):
            saml_data (None | SamlData | Unset):
    """

    alias: str
    redirect_uri: str
    type_: IdpType
    mappers: Mappers | Unset = UNSET
    ocp_data: None | OcpData | Unset = UNSET
    oidc_data: None | OidcData | Unset = UNSET
    saml_data: None | SamlData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ocp_data import OcpData
        from ..models.oidc_data import OidcData
        from ..models.saml_data import SamlData

        alias = self.alias

        redirect_uri = self.redirect_uri

        type_ = self.type_.value

        mappers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mappers, Unset):
            mappers = self.mappers.to_dict()

        ocp_data: dict[str, Any] | None | Unset
        if isinstance(self.ocp_data, Unset):
            ocp_data = UNSET
        elif isinstance(self.ocp_data, OcpData):
            ocp_data = self.ocp_data.to_dict()
        else:
            ocp_data = self.ocp_data

        oidc_data: dict[str, Any] | None | Unset
        if isinstance(self.oidc_data, Unset):
            oidc_data = UNSET
        elif isinstance(self.oidc_data, OidcData):
            oidc_data = self.oidc_data.to_dict()
        else:
            oidc_data = self.oidc_data

        saml_data: dict[str, Any] | None | Unset
        if isinstance(self.saml_data, Unset):
            saml_data = UNSET
        elif isinstance(self.saml_data, SamlData):
            saml_data = self.saml_data.to_dict()
        else:
            saml_data = self.saml_data

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["alias"] = alias
        field__dict["redirectUri"] = redirect_uri
        field__dict["type"] = type_
        if mappers is not UNSET:
            field__dict["mappers"] = mappers
        if ocp_data is not UNSET:
            field__dict["ocpData"] = ocp_data
        if oidc_data is not UNSET:
            field__dict["oidcData"] = oidc_data
        if saml_data is not UNSET:
            field__dict["samlData"] = saml_data
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        from ..models.mappers import Mappers
        from ..models.ocp_data import OcpData
        from ..models.oidc_data import OidcData
        from ..models.saml_data import SamlData

        rest__dict = dict(src__dict)
        alias = rest__dict.pop("alias")
        redirect_uri = rest__dict.pop("redirectUri")
        type_ = IdpType(rest__dict.pop("type"))

        _mappers = rest__dict.pop("mappers", UNSET)
        mappers: Mappers | Unset
        if isinstance(_mappers, Unset):
            mappers = UNSET
        else:
            mappers = Mappers.from_dict(_mappers)

        def _parse_ocp_data(data: object) -> None | OcpData | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ocp_data_type_0 = OcpData.from_dict(data)

                return ocp_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OcpData | Unset, data)

        ocp_data = _parse_ocp_data(rest__dict.pop("ocpData", UNSET))

        def _parse_oidc_data(data: object) -> None | OidcData | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                oidc_data_type_0 = OidcData.from_dict(data)

                return oidc_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OidcData | Unset, data)

        oidc_data = _parse_oidc_data(rest__dict.pop("oidcData", UNSET))

        def _parse_saml_data(data: object) -> None | SamlData | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                saml_data_type_0 = SamlData.from_dict(data)

                return saml_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SamlData | Unset, data)

        saml_data = _parse_saml_data(rest__dict.pop("samlData", UNSET))

        model__instance = cls__(
            alias=alias,
            redirect_uri=redirect_uri,
            type_=type_,
            mappers=mappers,
            ocp_data=ocp_data,
            oidc_data=oidc_data,
            saml_data=saml_data,
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
