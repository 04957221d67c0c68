from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_state import StatusState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.status_counts import StatusCounts

T = TypeVar("T", bound="Status")


@_attrs_define
class Status:
    """Schema ``Status`` of the Run:ai API 1.0.

    Attributes:
        state (StatusState):
        checked_at (datetime.datetime | Unset):
        counts (StatusCounts | Unset):
        message (None | str | Unset):
        uptime (float | Unset):
    """

    state: StatusState
    checked_at: datetime.datetime | Unset = UNSET
    counts: StatusCounts | Unset = UNSET
    message: None | str | Unset = UNSET
    uptime: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state.value

        checked_at: str | Unset = UNSET
        if not isinstance(self.checked_at, Unset):
            checked_at = self.checked_at.isoformat()

        counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.counts, Unset):
            counts = self.counts.to_dict()

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        uptime = self.uptime

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["state"] = state
        if checked_at is not UNSET:
            field__dict["checkedAt"] = checked_at
        if counts is not UNSET:
            field__dict["counts"] = counts
        if message is not UNSET:
            field__dict["message"] = message
        if uptime is not UNSET:
            field__dict["uptime"] = uptime
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        from ..models.status_counts import StatusCounts

        rest__dict = dict(src__dict)
        state = StatusState(rest__dict.pop("state"))

        _checked_at = rest__dict.pop("checkedAt", UNSET)
        checked_at: datetime.datetime | Unset
        if isinstance(_checked_at, Unset):
            checked_at = UNSET
        else:
            checked_at = datetime.datetime.fromisoformat(_checked_at)

        _counts = rest__dict.pop("counts", UNSET)
        counts: StatusCounts | Unset
        if isinstance(_counts, Unset):
            counts = UNSET
        else:
            counts = StatusCounts.from_dict(_counts)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(rest__dict.pop("message", UNSET))

        uptime = rest__dict.pop("uptime", UNSET)
        model__instance = cls__(
            state=state,
            checked_at=checked_at,
            counts=counts,
            message=message,
            uptime=uptime,
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
