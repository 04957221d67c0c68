from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterReportedStatusOperandsValue")


@_attrs_define
class ClusterReportedStatusOperandsValue:
    """Schema ``ClusterReportedStatusOperandsValue`` of the Run:ai API 2.24.

    Attributes:
        ready (bool):
        last_transition_time (datetime.datetime | Unset):
        reasons (list[str] | Unset):
        unready_threshold_crossed (bool | Unset):
    """

    ready: bool
    last_transition_time: datetime.datetime | Unset = UNSET
    reasons: list[str] | Unset = UNSET
    unready_threshold_crossed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ready = self.ready

        last_transition_time: str | Unset = UNSET
        if not isinstance(self.last_transition_time, Unset):
            last_transition_time = self.last_transition_time.isoformat()

        reasons: list[str] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = self.reasons

        unready_threshold_crossed = self.unready_threshold_crossed

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["ready"] = ready
        if last_transition_time is not UNSET:
            field__dict["lastTransitionTime"] = last_transition_time
        if reasons is not UNSET:
            field__dict["reasons"] = reasons
        if unready_threshold_crossed is not UNSET:
            field__dict["unreadyThresholdCrossed"] = unready_threshold_crossed
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        ready = rest__dict.pop("ready")
        _last_transition_time = rest__dict.pop("lastTransitionTime", UNSET)
        last_transition_time: datetime.datetime | Unset
        if isinstance(_last_transition_time, Unset):
            last_transition_time = UNSET
        else:
            last_transition_time = datetime.datetime.fromisoformat(_last_transition_time)

        reasons = cast(list[str], rest__dict.pop("reasons", UNSET))

        unready_threshold_crossed = rest__dict.pop("unreadyThresholdCrossed", UNSET)
        model__instance = cls__(
            ready=ready,
            last_transition_time=last_transition_time,
            reasons=reasons,
            unready_threshold_crossed=unready_threshold_crossed,
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
