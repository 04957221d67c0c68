from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tenant_creation_request_contract_type import TenantCreationRequestContractType
from ..models.tenant_creation_request_role import TenantCreationRequestRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantCreationRequest")


@_attrs_define
class TenantCreationRequest:
    """A new tenant and its first administrator.

    Schema ``TenantCreationRequest`` of the Run:ai API 2.24.

        Attributes:
            email (str):
            name (str):
            contract_type (TenantCreationRequestContractType | Unset):
            password (str | Unset):
            role (TenantCreationRequestRole | Unset):
    """

    email: str
    name: str
    contract_type: TenantCreationRequestContractType | Unset = UNSET
    password: str | Unset = UNSET
    role: TenantCreationRequestRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        contract_type: str | Unset = UNSET
        if not isinstance(self.contract_type, Unset):
            contract_type = self.contract_type.value

        password = self.password

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["email"] = email
        field__dict["name"] = name
        if contract_type is not UNSET:
            field__dict["contractType"] = contract_type
        if password is not UNSET:
            field__dict["password"] = password
        if role is not UNSET:
            field__dict["role"] = role
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        email = rest__dict.pop("email")
        name = rest__dict.pop("name")
        _contract_type = rest__dict.pop("contractType", UNSET)
        contract_type: TenantCreationRequestContractType | Unset
        if isinstance(_contract_type, Unset):
            contract_type = UNSET
        else:
            contract_type = TenantCreationRequestContractType(_contract_type)

        password = rest__dict.pop("password", UNSET)
        _role = rest__dict.pop("role", UNSET)
        role: TenantCreationRequestRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = TenantCreationRequestRole(_role)

        model__instance = cls__(
            email=email,
            name=name,
            contract_type=contract_type,
            password=password,
            role=role,
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
