from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SamlData")


@_attrs_define
class SamlData:
    """Schema ``SamlData`` of the Run:ai API 2.24.

    Attributes:
        entity_id (str | Unset):
        service_provider_metadata_url (str | Unset):
        signing_certificate (str | Unset):
        single_sign_on_service_url (str | Unset):
    """

    entity_id: str | Unset = UNSET
    service_provider_metadata_url: str | Unset = UNSET
    signing_certificate: str | Unset = UNSET
    single_sign_on_service_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        service_provider_metadata_url = self.service_provider_metadata_url

        signing_certificate = self.signing_certificate

        single_sign_on_service_url = self.single_sign_on_service_url

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        if entity_id is not UNSET:
            field__dict["entityId"] = entity_id
        if service_provider_metadata_url is not UNSET:
            field__dict["serviceProviderMetadataUrl"] = service_provider_metadata_url
        if signing_certificate is not UNSET:
            field__dict["signingCertificate"] = signing_certificate
        if single_sign_on_service_url is not UNSET:
            field__dict["singleSignOnServiceUrl"] = single_sign_on_service_url
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        entity_id = rest__dict.pop("entityId", UNSET)
        service_provider_metadata_url = rest__dict.pop("serviceProviderMetadataUrl", UNSET)
        signing_certificate = rest__dict.pop("signingCertificate", UNSET)
        single_sign_on_service_url = rest__dict.pop("singleSignOnServiceUrl", UNSET)
        model__instance = cls__(
            entity_id=entity_id,
            service_provider_metadata_url=service_provider_metadata_url,
            signing_certificate=signing_certificate,
            single_sign_on_service_url=single_sign_on_service_url,
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
