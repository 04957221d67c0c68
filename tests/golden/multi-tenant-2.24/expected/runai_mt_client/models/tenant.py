from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tenant_contract_type import TenantContractType
from ..models.tenant_status import TenantStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Tenant")


@_attrs_define
class Tenant:
    """A tenant (organization) of the platform.

    Schema ``Tenant`` of the Run:ai API 2.24.

        Attributes:
            contract_type (TenantContractType):
            created_at (datetime.datetime):
            id (int): Numeric id of a tenant.
            name (str):
            smg (bool):
            status (TenantStatus):
            updated_at (datetime.datetime):
            uuid (UUID):
            display_name (str | Unset):
            eula (str | Unset):
            mimir_id (str | Unset):
    """

    contract_type: TenantContractType
    created_at: datetime.datetime
    id: int
    name: str
    smg: bool
    status: TenantStatus
    updated_at: datetime.datetime
    uuid: UUID
    display_name: str | Unset = UNSET
    eula: str | Unset = UNSET
    mimir_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract_type = self.contract_type.value

        created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        smg = self.smg

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        uuid = str(self.uuid)

        display_name = self.display_name

        eula = self.eula

        mimir_id = self.mimir_id

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["contractType"] = contract_type
        field__dict["createdAt"] = created_at
        field__dict["id"] = id
        field__dict["name"] = name
        field__dict["smg"] = smg
        field__dict["status"] = status
        field__dict["updatedAt"] = updated_at
        field__dict["uuid"] = uuid
        if display_name is not UNSET:
            field__dict["displayName"] = display_name
        if eula is not UNSET:
            field__dict["eula"] = eula
        if mimir_id is not UNSET:
            field__dict["mimirId"] = mimir_id
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        contract_type = TenantContractType(rest__dict.pop("contractType"))

        created_at = datetime.datetime.fromisoformat(rest__dict.pop("createdAt"))

        id = rest__dict.pop("id")
        name = rest__dict.pop("name")
        smg = rest__dict.pop("smg")
        status = TenantStatus(rest__dict.pop("status"))

        updated_at = datetime.datetime.fromisoformat(rest__dict.pop("updatedAt"))

        uuid = UUID(rest__dict.pop("uuid"))

        display_name = rest__dict.pop("displayName", UNSET)
        eula = rest__dict.pop("eula", UNSET)
        mimir_id = rest__dict.pop("mimirId", UNSET)
        model__instance = cls__(
            contract_type=contract_type,
            created_at=created_at,
            id=id,
            name=name,
            smg=smg,
            status=status,
            updated_at=updated_at,
            uuid=uuid,
            display_name=display_name,
            eula=eula,
            mimir_id=mimir_id,
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
