from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.access_rule_phase import AccessRulePhase
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessRuleStatusResponse")


@_attrs_define
class AccessRuleStatusResponse:
    """Schema ``AccessRuleStatusResponse`` of the Run:ai API 2.24.

    Attributes:
        details (str | Unset):
        message (str | Unset):
        phase (AccessRulePhase | Unset):
    """

    details: str | Unset = UNSET
    message: str | Unset = UNSET
    phase: AccessRulePhase | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        details = self.details

        message = self.message

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        if details is not UNSET:
            field__dict["details"] = details
        if message is not UNSET:
            field__dict["message"] = message
        if phase is not UNSET:
            field__dict["phase"] = phase
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        details = rest__dict.pop("details", UNSET)
        message = rest__dict.pop("message", UNSET)
        _phase = rest__dict.pop("phase", UNSET)
        phase: AccessRulePhase | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = AccessRulePhase(_phase)

        model__instance = cls__(
            details=details,
            message=message,
            phase=phase,
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
