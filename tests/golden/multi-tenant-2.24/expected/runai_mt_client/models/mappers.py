from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Mappers")


@_attrs_define
class Mappers:
    """Schema ``Mappers`` of the Run:ai API 2.24.

    Attributes:
        email (str | Unset):
        gid (str | Unset):
        groups (str | Unset):
        supplementary_groups (str | Unset):
        uid (str | Unset):
    """

    email: str | Unset = UNSET
    gid: str | Unset = UNSET
    groups: str | Unset = UNSET
    supplementary_groups: str | Unset = UNSET
    uid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        gid = self.gid

        groups = self.groups

        supplementary_groups = self.supplementary_groups

        uid = self.uid

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        if email is not UNSET:
            field__dict["email"] = email
        if gid is not UNSET:
            field__dict["gid"] = gid
        if groups is not UNSET:
            field__dict["groups"] = groups
        if supplementary_groups is not UNSET:
            field__dict["supplementaryGroups"] = supplementary_groups
        if uid is not UNSET:
            field__dict["uid"] = uid
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        email = rest__dict.pop("email", UNSET)
        gid = rest__dict.pop("gid", UNSET)
        groups = rest__dict.pop("groups", UNSET)
        supplementary_groups = rest__dict.pop("supplementaryGroups", UNSET)
        uid = rest__dict.pop("uid", UNSET)
        model__instance = cls__(
            email=email,
            gid=gid,
            groups=groups,
            supplementary_groups=supplementary_groups,
            uid=uid,
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
