from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.saml_creation_data_metadata_xml_type_enum import SamlCreationDataMetadataXmlTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="SamlCreationData")


@_attrs_define
class SamlCreationData:
    """Schema ``SamlCreationData`` of the Run:ai API 2.24.

    Attributes:
        entity_id (str | Unset):
        file_name (str | Unset):
        metadata_xml_file (str | Unset):
        metadata_xml_type (SamlCreationDataMetadataXmlTypeEnum | Unset):
        metadata_xml_url (str | Unset):
    """

    entity_id: str | Unset = UNSET
    file_name: str | Unset = UNSET
    metadata_xml_file: str | Unset = UNSET
    metadata_xml_type: SamlCreationDataMetadataXmlTypeEnum | Unset = UNSET
    metadata_xml_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        file_name = self.file_name

        metadata_xml_file = self.metadata_xml_file

        metadata_xml_type: str | Unset = UNSET
        if not isinstance(self.metadata_xml_type, Unset):
            metadata_xml_type = self.metadata_xml_type.value

        metadata_xml_url = self.metadata_xml_url

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        if entity_id is not UNSET:
            field__dict["entityId"] = entity_id
        if file_name is not UNSET:
            field__dict["fileName"] = file_name
        if metadata_xml_file is not UNSET:
            field__dict["metadataXmlFile"] = metadata_xml_file
        if metadata_xml_type is not UNSET:
            field__dict["metadataXmlType"] = metadata_xml_type
        if metadata_xml_url is not UNSET:
            field__dict["metadataXmlUrl"] = metadata_xml_url
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        entity_id = rest__dict.pop("entityId", UNSET)
        file_name = rest__dict.pop("fileName", UNSET)
        metadata_xml_file = rest__dict.pop("metadataXmlFile", UNSET)
        _metadata_xml_type = rest__dict.pop("metadataXmlType", UNSET)
        metadata_xml_type: SamlCreationDataMetadataXmlTypeEnum | Unset
        if isinstance(_metadata_xml_type, Unset):
            metadata_xml_type = UNSET
        else:
            metadata_xml_type = SamlCreationDataMetadataXmlTypeEnum(_metadata_xml_type)

        metadata_xml_url = rest__dict.pop("metadataXmlUrl", UNSET)
        model__instance = cls__(
            entity_id=entity_id,
            file_name=file_name,
            metadata_xml_file=metadata_xml_file,
            metadata_xml_type=metadata_xml_type,
            metadata_xml_url=metadata_xml_url,
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
