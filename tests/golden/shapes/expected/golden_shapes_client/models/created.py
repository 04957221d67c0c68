from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.created_event import CreatedEvent

T = TypeVar("T", bound="Created")


@_attrs_define
class Created:
    """Schema ``Created`` of the Run:ai API 1.0.

    Attributes:
        at (datetime.datetime):
        event (CreatedEvent):
    """

    at: datetime.datetime
    event: CreatedEvent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        event = self.event.value

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["at"] = at
        field__dict["event"] = event
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        at = datetime.datetime.fromisoformat(rest__dict.pop("at"))

        event = CreatedEvent(rest__dict.pop("event"))

        model__instance = cls__(
            at=at,
            event=event,
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
