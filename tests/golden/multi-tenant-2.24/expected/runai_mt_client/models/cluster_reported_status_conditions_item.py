from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_reported_status_conditions_item_status import (
    ClusterReportedStatusConditionsItemStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterReportedStatusConditionsItem")


@_attrs_define
class ClusterReportedStatusConditionsItem:
    """Schema ``ClusterReportedStatusConditionsItem`` of the Run:ai API 2.24.

    Attributes:
        last_transition_time (datetime.datetime):
        message (str):
        reason (str):
        status (ClusterReportedStatusConditionsItemStatus):
        type_ (str):
        observed_generation (int | Unset):
    """

    last_transition_time: datetime.datetime
    message: str
    reason: str
    status: ClusterReportedStatusConditionsItemStatus
    type_: str
    observed_generation: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_transition_time = self.last_transition_time.isoformat()

        message = self.message

        reason = self.reason

        status = self.status.value

        type_ = self.type_

        observed_generation = self.observed_generation

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["lastTransitionTime"] = last_transition_time
        field__dict["message"] = message
        field__dict["reason"] = reason
        field__dict["status"] = status
        field__dict["type"] = type_
        if observed_generation is not UNSET:
            field__dict["observedGeneration"] = observed_generation
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        last_transition_time = datetime.datetime.fromisoformat(rest__dict.pop("lastTransitionTime"))

        message = rest__dict.pop("message")
        reason = rest__dict.pop("reason")
        status = ClusterReportedStatusConditionsItemStatus(rest__dict.pop("status"))

        type_ = rest__dict.pop("type")
        observed_generation = rest__dict.pop("observedGeneration", UNSET)
        model__instance = cls__(
            last_transition_time=last_transition_time,
            message=message,
            reason=reason,
            status=status,
            type_=type_,
            observed_generation=observed_generation,
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
