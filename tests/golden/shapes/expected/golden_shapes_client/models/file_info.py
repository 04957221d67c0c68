from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileInfo")


@_attrs_define
class FileInfo:
    """Schema ``FileInfo`` of the Run:ai API 1.0.

    Attributes:
        id (int):
        size (int):
        content_type (str | Unset):  Default: 'application/octet-stream'.
    """

    id: int
    size: int
    content_type: str | Unset = "application/octet-stream"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        size = self.size

        content_type = self.content_type

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["id"] = id
        field__dict["size"] = size
        if content_type is not UNSET:
            field__dict["contentType"] = content_type
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        id = rest__dict.pop("id")
        size = rest__dict.pop("size")
        content_type = rest__dict.pop("contentType", UNSET)
        model__instance = cls__(
            id=id,
            size=size,
            content_type=content_type,
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
