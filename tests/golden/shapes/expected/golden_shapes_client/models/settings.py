from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settings_labels import SettingsLabels
    from ..models.settings_limits import SettingsLimits

T = TypeVar("T", bound="Settings")


@_attrs_define
class Settings:
    """Schema ``Settings`` of the Run:ai API 1.0.

    Attributes:
        labels (SettingsLabels | Unset): Any JSON values, by name.
        limits (SettingsLimits | Unset):
        mode (str | Unset):  Default: 'normal'.
    """

    labels: SettingsLabels | Unset = UNSET
    limits: SettingsLimits | Unset = UNSET
    mode: str | Unset = "normal"
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        mode = self.mode

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        if labels is not UNSET:
            field__dict["labels"] = labels
        if limits is not UNSET:
            field__dict["limits"] = limits
        if mode is not UNSET:
            field__dict["mode"] = mode
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        from ..models.settings_labels import SettingsLabels
        from ..models.settings_limits import SettingsLimits

        rest__dict = dict(src__dict)
        _labels = rest__dict.pop("labels", UNSET)
        labels: SettingsLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = SettingsLabels.from_dict(_labels)

        _limits = rest__dict.pop("limits", UNSET)
        limits: SettingsLimits | Unset
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = SettingsLimits.from_dict(_limits)

        mode = rest__dict.pop("mode", UNSET)
        model__instance = cls__(
            labels=labels,
            limits=limits,
            mode=mode,
        )
        model__instance.additional_properties = rest__dict
        return model__instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
