from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.o_auth_2_error_error import OAuth2ErrorError
from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuth2Error")


@_attrs_define
class OAuth2Error:
    """Schema ``OAuth2Error`` of the Run:ai API 2.24.

    Attributes:
        error (OAuth2ErrorError):
        error_description (str | Unset):
        error_uri (str | Unset):
    """

    error: OAuth2ErrorError
    error_description: str | Unset = UNSET
    error_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.value

        error_description = self.error_description

        error_uri = self.error_uri

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["error"] = error
        if error_description is not UNSET:
            field__dict["error_description"] = error_description
        if error_uri is not UNSET:
            field__dict["error_uri"] = error_uri
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        error = OAuth2ErrorError(rest__dict.pop("error"))

        error_description = rest__dict.pop("error_description", UNSET)
        error_uri = rest__dict.pop("error_uri", UNSET)
        model__instance = cls__(
            error=error,
            error_description=error_description,
            error_uri=error_uri,
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
