from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingsLimits")


@_attrs_define
class SettingsLimits:
    """Schema ``SettingsLimits`` of the Run:ai API 1.0.

    Attributes:
        max_files (int | Unset):
        max_widgets (int | Unset):
    """

    max_files: int | Unset = UNSET
    max_widgets: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_files = self.max_files

        max_widgets = self.max_widgets

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        if max_files is not UNSET:
            field__dict["maxFiles"] = max_files
        if max_widgets is not UNSET:
            field__dict["maxWidgets"] = max_widgets
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        max_files = rest__dict.pop("maxFiles", UNSET)
        max_widgets = rest__dict.pop("maxWidgets", UNSET)
        model__instance = cls__(
            max_files=max_files,
            max_widgets=max_widgets,
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
