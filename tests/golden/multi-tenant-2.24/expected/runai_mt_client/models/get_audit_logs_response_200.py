from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log import AuditLog

T = TypeVar("T", bound="GetAuditLogsResponse200")


@_attrs_define
class GetAuditLogsResponse200:
    """Inline schema of the Run:ai API 2.24.

    Attributes:
        audit_logs (list[AuditLog] | Unset):
        next_ (int | Unset):
        total (int | Unset):
    """

    audit_logs: list[AuditLog] | Unset = UNSET
    next_: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audit_logs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audit_logs, Unset):
            audit_logs = []
            for componentsschemas_audit_logs_item_data in self.audit_logs:
                componentsschemas_audit_logs_item = componentsschemas_audit_logs_item_data.to_dict()
                audit_logs.append(componentsschemas_audit_logs_item)

        next_ = self.next_

        total = self.total

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        if audit_logs is not UNSET:
            field__dict["audit_logs"] = audit_logs
        if next_ is not UNSET:
            field__dict["next"] = next_
        if total is not UNSET:
            field__dict["total"] = total
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        from ..models.audit_log import AuditLog

        rest__dict = dict(src__dict)
        _audit_logs = rest__dict.pop("audit_logs", UNSET)
        audit_logs: list[AuditLog] | Unset = UNSET
        if _audit_logs is not UNSET:
            audit_logs = []
            for componentsschemas_audit_logs_item_data in _audit_logs:
                componentsschemas_audit_logs_item = AuditLog.from_dict(
                    componentsschemas_audit_logs_item_data
                )

                audit_logs.append(componentsschemas_audit_logs_item)

        next_ = rest__dict.pop("next", UNSET)
        total = rest__dict.pop("total", UNSET)
        model__instance = cls__(
            audit_logs=audit_logs,
            next_=next_,
            total=total,
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
